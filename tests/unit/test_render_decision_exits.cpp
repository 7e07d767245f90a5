// A decision's exits as real SOPs print them: the decision's own words
// (Lengkap / Tidak lengkap) beside each exit in legible type, an exit that
// ends the procedure drawn to a small Selesai capsule beside the decision,
// and a Ya exit that branches forward in a lane; no word or symbol on a
// column rule or over anything else.
#include "render_fixtures.hpp"

#include <doctest/doctest.h>
#include <render/flowchart_layout.hpp>
#include <render/mermaid.hpp>
#include <render/sop_document.hpp>
#include <store/templates.hpp>

using namespace sopctl;
using render::Point;
using render::ShapeKind;

namespace {

const render::Arrow* find_arrow(const render::ChartPage& page, int from, int to)
{
  for (const auto& arrow : page.arrows) {
    if (arrow.from == from && arrow.to == to) {
      return &arrow;
    }
  }
  return nullptr;
}

// The capsules of exits that end the procedure on a page.
std::vector<const render::Shape*> end_terminators(const render::ChartPage& page)
{
  std::vector<const render::Shape*> found;
  for (const auto& shape : page.shapes) {
    if (shape.step == model::procedure_end) {
      found.push_back(&shape);
    }
  }
  return found;
}

bool touches(Point point, const render::Box& box)
{
  return point.x >= box.left && point.x <= box.right() && point.y >= box.top &&
         point.y <= box.bottom();
}

// Every SOP the drawing is checked on: the seed, the 30-step SOP, real ones
// and the ones made for rendering.
std::vector<std::pair<std::string, model::Sop>> sample_sops()
{
  std::vector<std::pair<std::string, model::Sop>> sops{{"seed", test::seed()},
                                                       {"30 langkah", test::thirty_steps()}};
  for (const char* name : {"real/poso-akta-kelahiran.yaml",
                           "real/konawe-rs-kgb.yaml",
                           "real/medan-sei-putih-timur-surat-masuk.yaml",
                           "real/pa-bandung-penerimaan-perkara.yaml",
                           "real/uinsa-sp2d-internal.yaml",
                           "real/pa-giri-menang-kasasi-prodeo.yaml",
                           "render/poso-akta-kelahiran-bersama.yaml",
                           "render/dpmptsp-imb-12-pelaksana.yaml",
                           "render/permohonan-informasi-next.yaml"}) {
    sops.emplace_back(name, test::fixture_sop(name));
  }
  return sops;
}

} // namespace

TEST_SUITE("render::lay_out_flowchart decision exits")
{
  TEST_CASE(
    "render: an exit to the end is an arrow out of the decision to a Selesai capsule beside "
    "it, labelled with its word")
  {
    // Poso's step 2 (Kasi, column 3): Ya 3, Tidak end.
    auto sop = test::fixture_sop("real/poso-akta-kelahiran.yaml");
    auto chart = render::lay_out_flowchart(sop);
    const auto& page = chart.pages[0];
    const auto& columns = chart.table.chart;
    auto ends = end_terminators(page);
    REQUIRE(ends.size() == 1);
    const auto& capsule = *ends[0];
    CHECK(capsule.kind == ShapeKind::terminator);
    CHECK(capsule.label == "Selesai");
    // In the decision's row, in the next column (JFU), clear of its rules.
    auto diamond = page.shape_of(2)->box;
    CHECK(capsule.row == page.shape_of(2)->row);
    CHECK(capsule.column == 4);
    CHECK(capsule.box.left > columns.column_left(4));
    CHECK(capsule.box.right() < columns.column_left(5));
    CHECK(capsule.box.center().y == doctest::Approx(diamond.center().y));
    const auto* tidak = find_arrow(page, 2, model::procedure_end);
    REQUIRE(tidak);
    CHECK(tidak->kind == render::EdgeKind::tidak);
    CHECK(!tidak->lane_x);
    CHECK(tidak->points.front() == Point{diamond.right(), diamond.center().y});
    CHECK(tidak->points.back() == Point{capsule.box.left, diamond.center().y});
    CHECK(tidak->head[0] == tidak->points.back());
    REQUIRE(tidak->label);
    CHECK(tidak->label->text == "Tidak");
    // The Ya exit still goes on to step 3.
    REQUIRE(find_arrow(page, 2, 3));
    CHECK(find_arrow(page, 2, 3)->label->text == "Ya");
    CHECK(test::drawing_faults(page, columns) == "");
  }

  TEST_CASE("render: the words on the exits are the decision's own labels")
  {
    auto sop = test::fixture_sop("render/poso-akta-kelahiran-bersama.yaml");
    auto chart = render::lay_out_flowchart(sop);
    const auto& page = chart.pages[0];
    REQUIRE(find_arrow(page, 2, 3));
    REQUIRE(find_arrow(page, 2, model::procedure_end));
    CHECK(find_arrow(page, 2, 3)->label->text == "Lengkap");
    CHECK(find_arrow(page, 2, model::procedure_end)->label->text == "Tidak lengkap");
    // In a lane too, and going back.
    auto jumping = test::sop_in_columns(3, {1, 2, 1, 3, 3});
    jumping.steps[2].decision = test::decision(5, 1, "Sesuai", "Tidak sesuai");
    auto lanes = render::lay_out_flowchart(jumping);
    CHECK(find_arrow(lanes.pages[0], 3, 5)->label->text == "Sesuai");
    CHECK(find_arrow(lanes.pages[0], 3, 1)->label->text == "Tidak sesuai");
    // Each word's box is as wide as its text.
    for (const auto& arrow : page.arrows) {
      if (arrow.label) {
        CHECK(arrow.label->box.width > 4.5 * static_cast<double>(arrow.label->text.size()));
      }
    }
  }

  TEST_CASE("render: the words on the chart are at least 8 pt in the printed document")
  {
    auto chart = render::lay_out_flowchart(test::seed());
    // 1 pt is 4/3 CSS px.
    CHECK(chart.table.settings.label_font_px * 0.75 >= 8);
    CHECK(chart.pages[0].font_px == chart.table.settings.label_font_px);
    auto html = render::sop_html(
      test::seed(), {}, "", store::load_template("/nonexistent", render::sop_html_template));
    CHECK(html.find(".flowchart text { font-family: inherit; font-size: 11px; }") !=
          std::string::npos);
    // No rule sets a smaller size for the capsules' words.
    CHECK(html.find(".flowchart .terminal { text-anchor: middle; }") != std::string::npos);
  }

  TEST_CASE("render: an exit to the end turns to the other side when the decision is in the last "
            "column, and stays in its own column when the chart has only one")
  {
    auto last = test::sop_in_columns(3, {1, 3, 2});
    last.steps[1].decision = test::decision(3, model::procedure_end);
    auto chart = render::lay_out_flowchart(last);
    auto ends = end_terminators(chart.pages[0]);
    REQUIRE(ends.size() == 1);
    CHECK(ends[0]->column == 1);
    CHECK(ends[0]->box.right() < chart.pages[0].shape_of(2)->box.left);
    CHECK(test::drawing_faults(chart.pages[0], chart.table.chart) == "");

    auto single = test::sop_in_columns(1, {1, 1, 1});
    single.steps[1].decision = test::decision(3, model::procedure_end, "", "Tidak lengkap");
    auto alone = render::lay_out_flowchart(single);
    const auto& page = alone.pages[0];
    auto capsules = end_terminators(page);
    REQUIRE(capsules.size() == 1);
    CHECK(capsules[0]->column == 0);
    CHECK(capsules[0]->box.left > page.shape_of(2)->box.right());
    CHECK(capsules[0]->box.right() < alone.table.chart.column_left(1));
    CHECK(test::drawing_faults(page, alone.table.chart) == "");
  }

  TEST_CASE("render: an exit to the end avoids the side where another arrow meets the decision")
  {
    // Step 4 (column 2) is entered on the right by step 6's Tidak back; its
    // own Tidak ends the procedure, so its capsule goes left.
    auto sop = test::sop_in_columns(3, {1, 1, 1, 2, 3, 3, 1});
    sop.steps[3].decision = test::decision(5, model::procedure_end);
    sop.steps[5].decision = test::decision(7, 4);
    auto chart = render::lay_out_flowchart(sop);
    const auto& page = chart.pages[0];
    auto ends = end_terminators(page);
    REQUIRE(ends.size() == 1);
    CHECK(ends[0]->column == 0);
    CHECK(test::drawing_faults(page, chart.table.chart) == "");
  }

  TEST_CASE("render: a Ya exit that branches forward runs in a lane past the steps it skips")
  {
    auto sop = test::fixture_sop("render/dpmptsp-imb-12-pelaksana.yaml");
    auto chart = render::lay_out_flowchart(sop);
    const auto& page = chart.pages[0];
    // Step 5: Ya ("Tanpa survei") to step 8, past the survey (6, 7).
    const auto* ya = find_arrow(page, 5, 8);
    REQUIRE(ya);
    REQUIRE(ya->lane_x);
    CHECK(*ya->lane_x < chart.table.chart.column_left(0));
    CHECK(ya->points.front() ==
          Point{page.shape_of(5)->box.left, page.shape_of(5)->box.center().y});
    CHECK(ya->points.back().y < page.shape_of(8)->box.center().y); // from above: upper edge
    REQUIRE(ya->label);
    CHECK(ya->label->text == "Tanpa survei");
    REQUIRE(find_arrow(page, 5, 6)); // its Tidak goes on to the survey
    CHECK(find_arrow(page, 5, 6)->label->text == "Perlu survei");
  }

  TEST_CASE("render: the Mermaid chart leads an exit to the end to a Selesai of its own, with its "
            "word")
  {
    auto sop = test::fixture_sop("render/poso-akta-kelahiran-bersama.yaml");
    auto mermaid = render::mermaid_flowchart(sop);
    CHECK(mermaid.find("  s2 -->|Lengkap| s3\n") != std::string::npos);
    CHECK(mermaid.find("  s2 -->|Tidak lengkap| e2t([\"Selesai\"])\n") != std::string::npos);
    CHECK(mermaid.find("s-1") == std::string::npos);
  }

  TEST_CASE("render: no symbol sits on a column rule, and no word on a rule or over anything else")
  {
    for (const auto& [name, sop] : sample_sops()) {
      CAPTURE(name);
      auto chart = render::lay_out_flowchart(sop);
      for (size_t p = 0; p < chart.pages.size(); ++p) {
        CAPTURE(p);
        CHECK(test::drawing_faults(chart.pages[p], chart.table.chart) == "");
        for (const auto& shape : chart.pages[p].shapes) {
          if (shape.kind != ShapeKind::connector) {
            CHECK(shape.box.left > chart.table.chart.column_left(shape.column));
            CHECK(shape.box.right() < chart.table.chart.column_left(shape.column + 1));
          }
        }
      }
    }
  }

  TEST_CASE("render: each arrow to an end capsule ends on it")
  {
    auto sop = test::fixture_sop("render/dpmptsp-imb-12-pelaksana.yaml");
    auto chart = render::lay_out_flowchart(sop);
    const auto& page = chart.pages[0];
    const auto* tidak = find_arrow(page, 2, model::procedure_end);
    REQUIRE(tidak);
    auto ends = end_terminators(page);
    REQUIRE(ends.size() == 1);
    CHECK(touches(tidak->points.back(), ends[0]->box));
    CHECK(tidak->label->text == "Tidak lengkap");
  }
}
