// A step that is not a decision saying where it goes, as the flowchart and
// the table print it: `next: 5` an arrow in a lane on the left past the step
// it skips (as a Ya exit that jumps), `next: end` an arrow out of the step's
// side to a Selesai capsule of its own; no word on either; the table's next
// column says the step or Selesai. The SOP is
// tests/fixtures/render/permohonan-informasi-next.yaml.
#include "render_fixtures.hpp"

#include <doctest/doctest.h>
#include <render/flow_edges.hpp>
#include <render/flowchart_layout.hpp>
#include <render/mermaid.hpp>
#include <render/sop_fields.hpp>

using namespace sopctl;
using render::EdgeKind;
using render::Point;
using render::ShapeKind;

namespace {

const model::Sop& information()
{
  static const auto sop = test::fixture_sop("render/permohonan-informasi-next.yaml");
  return sop;
}

const render::Arrow* find_arrow(const render::ChartPage& page, int from, int to)
{
  for (const auto& arrow : page.arrows) {
    if (arrow.from == from && arrow.to == to) {
      return &arrow;
    }
  }
  return nullptr;
}

// The edges of the chart as "from>to:kind:lane|end", one each.
std::string edges_in_words(const std::vector<render::FlowEdge>& edges)
{
  std::string words;
  for (const auto& edge : edges) {
    auto kind = edge.kind == EdgeKind::next ? "next" : edge.kind == EdgeKind::ya ? "ya" : "tidak";
    auto to = edge.ends() ? std::string("end") : std::to_string(edge.to);
    auto where = edge.ends()    ? (edge.side == render::Side::left ? "beside-left" : "beside-right")
                 : edge.in_lane ? (edge.side == render::Side::left ? "left-lane" : "right-lane")
                                : "down";
    words += std::to_string(edge.from) + ">" + to + ":" + kind + ":" + where + " ";
  }
  return words;
}

} // namespace

TEST_SUITE("render next")
{
  TEST_CASE("render: next: N is an edge in a left lane and next: end one to a capsule beside the "
            "step, with no edge to the row below")
  {
    CHECK(edges_in_words(render::flow_edges(information())) ==
          "1>2:next:down 2>3:ya:down 2>4:tidak:right-lane 3>5:next:left-lane "
          "4>end:next:beside-left 5>6:ya:down 5>8:tidak:right-lane 6>7:next:down "
          "7>end:next:beside-right ");
  }

  TEST_CASE("render: a file without next draws as before: each step on to the row below")
  {
    auto sop = information();
    for (auto& step : sop.steps) {
      step.next.reset();
    }
    CHECK(edges_in_words(render::flow_edges(sop)) ==
          "1>2:next:down 2>3:ya:down 2>4:tidak:right-lane 3>4:next:down 4>5:next:down "
          "5>6:ya:down 5>8:tidak:right-lane 6>7:next:down 7>8:next:down ");
  }

  TEST_CASE("render: next: 5 runs in a lane from the step's side past step 4, with no word")
  {
    auto chart = render::lay_out_flowchart(information());
    const auto& page = chart.pages[0];
    const auto* jump = find_arrow(page, 3, 5);
    REQUIRE(jump);
    CHECK(jump->kind == EdgeKind::next);
    REQUIRE(jump->lane_x);
    CHECK(*jump->lane_x < chart.table.chart.column_left(0));
    auto box = page.shape_of(3)->box;
    CHECK(jump->points.front() == Point{box.left, box.center().y});
    CHECK(!jump->label);
    CHECK_FALSE(find_arrow(page, 3, 4));
    CHECK(test::drawing_faults(page, chart.table.chart) == "");
  }

  TEST_CASE("render: next: end is an arrow from the step's side to a Selesai capsule beside it")
  {
    // Step 4's capsule is on its left: the Tidak lane from step 2 enters
    // it on the right.
    auto chart = render::lay_out_flowchart(information());
    const auto& page = chart.pages[0];
    for (int step : {4, 7}) {
      CAPTURE(step);
      const auto* end = find_arrow(page, step, model::procedure_end);
      REQUIRE(end);
      CHECK(end->kind == EdgeKind::next);
      CHECK(!end->lane_x);
      CHECK(!end->label);
      const render::Shape* capsule = nullptr;
      for (const auto& shape : page.shapes) {
        if (shape.step == model::procedure_end && shape.row == page.shape_of(step)->row) {
          capsule = &shape;
        }
      }
      REQUIRE(capsule);
      CHECK(capsule->kind == ShapeKind::terminator);
      CHECK(capsule->label == "Selesai");
      auto tip = end->points.back();
      CHECK((tip.x == doctest::Approx(capsule->box.left) ||
             tip.x == doctest::Approx(capsule->box.right())));
      CHECK(end->points.front().y == doctest::Approx(capsule->box.center().y));
      CHECK_FALSE(find_arrow(page, step, step + 1));
    }
    // Step 4 is a process box, not the chart's closing capsule.
    CHECK(page.shape_of(4)->kind == ShapeKind::process);
  }

  TEST_CASE("render: the Mermaid chart and the table's next column follow next")
  {
    auto mermaid = render::mermaid_flowchart(information());
    CHECK(mermaid.find("  s3 --> s5\n") != std::string::npos);
    CHECK(mermaid.find("  s3 --> s4\n") == std::string::npos);
    CHECK(mermaid.find("  s4 --> e4n([\"Selesai\"])\n") != std::string::npos);
    CHECK(mermaid.find("  s7 --> e7n([\"Selesai\"])\n") != std::string::npos);
    CHECK(render::next_in_words(information(), 2) == "5");
    CHECK(render::next_in_words(information(), 3) == "Selesai");
    CHECK(render::next_in_words(information(), 5) == "7");
    CHECK(render::next_in_words(information(), 6) == "Selesai");
    CHECK(render::next_in_words(information(), 7) == "Selesai");
  }
}
