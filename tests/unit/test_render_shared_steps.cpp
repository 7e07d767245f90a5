// Steps done by several performers together (`performer: [pemohon, cs]`):
// a symbol in each listed performer's column, joined by a line across the
// row, arrows in and out at the symbol nearest the other step; in Markdown
// a node in each performer's lane joined by an undirected link, and the
// table names everyone who does it.
#include "render_fixtures.hpp"

#include <doctest/doctest.h>
#include <map>
#include <render/escape.hpp>
#include <render/flowchart_layout.hpp>
#include <render/mermaid.hpp>
#include <render/sop_document.hpp>
#include <sstream>
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

// The subgraph (lane) each Mermaid node is declared in: node id -> "p<N>".
std::map<std::string, std::string> node_lanes(const std::string& mermaid)
{
  std::map<std::string, std::string> lanes;
  std::istringstream lines(mermaid);
  std::string line;
  std::string lane;
  while (std::getline(lines, line)) {
    if (line.rfind("  subgraph ", 0) == 0) {
      lane = line.substr(11, line.find('[') - 11);
    } else if (line == "  end") {
      lane.clear();
    } else if (!lane.empty() && line.rfind("    ", 0) == 0) {
      auto id = line.substr(4, line.find_first_of("[({", 4) - 4);
      CHECK_MESSAGE(lanes.count(id) == 0, id, " is declared twice");
      lanes[id] = lane;
    }
  }
  return lanes;
}

std::vector<int> columns_of(const render::ChartPage& page, int step)
{
  std::vector<int> columns;
  for (const auto* shape : page.shapes_of(step)) {
    columns.push_back(shape->column);
  }
  return columns;
}

} // namespace

TEST_SUITE("render::lay_out_flowchart steps done together")
{
  TEST_CASE(
    "render: a step done together has a symbol in each listed performer's column, in its row")
  {
    // Konawe's step 3: Kasubbag, Kabag TU and Direktur (columns 1, 2, 3).
    auto sop = test::fixture_sop("real/konawe-rs-kgb.yaml");
    auto chart = render::lay_out_flowchart(sop);
    const auto& page = chart.pages[0];
    const auto& columns = chart.table.chart;
    CHECK(columns_of(page, 3) == std::vector<int>{1, 2, 3});
    for (const auto* shape : page.shapes_of(3)) {
      CAPTURE(shape->column);
      CHECK(shape->kind == ShapeKind::process);
      CHECK(shape->row == 2);
      CHECK(shape->box.center().x == doctest::Approx(columns.column_center(shape->column)));
      CHECK(shape->box.top > page.row_tops[2]);
      CHECK(shape->box.bottom() < page.row_tops[3]);
      CHECK(!test::crosses_rule(shape->box, columns));
    }
    // The first listed performer's symbol stands for the step.
    CHECK(page.shape_of(3)->column == 1);
    // The other steps keep one symbol.
    CHECK(columns_of(page, 2) == std::vector<int>{0});
  }

  TEST_CASE("render: a line joins a shared step's symbols across the row, from first to last")
  {
    // Step 2 by columns 1 and 4 (far apart), step 3 by 2 and 3 (side by side).
    auto sop = test::sop_in_column_lists(4, {{1}, {4, 1}, {2, 3}, {2}});
    auto chart = render::lay_out_flowchart(sop);
    const auto& page = chart.pages[0];
    std::vector<render::Join> joins2;
    std::vector<render::Join> joins3;
    for (const auto& join : page.joins) {
      (join.step == 2 ? joins2 : joins3).push_back(join);
    }
    REQUIRE(joins2.size() == 1);
    REQUIRE(joins3.size() == 1);
    auto left = page.shapes_of(2).front()->box;
    auto right = page.shapes_of(2).back()->box;
    CHECK(page.shapes_of(2).front()->column == 0);
    CHECK(page.shapes_of(2).back()->column == 3);
    // Horizontal, at the symbols' middle, from the left one's side to the right one's.
    CHECK(joins2[0].from == Point{left.right(), left.center().y});
    CHECK(joins2[0].to == Point{right.left, right.center().y});
    auto inner_left = page.shapes_of(3).front()->box;
    auto inner_right = page.shapes_of(3).back()->box;
    CHECK(joins3[0].from == Point{inner_left.right(), inner_left.center().y});
    CHECK(joins3[0].to == Point{inner_right.left, inner_right.center().y});
    CHECK(test::drawing_faults(page, chart.table.chart) == "");
  }

  TEST_CASE("render: arrows into and out of a shared step use its symbol nearest the other step")
  {
    // 1 in column 1; 2 by columns 4 and 2; 3 in column 4.
    auto sop = test::sop_in_column_lists(4, {{1}, {4, 2}, {4}});
    auto chart = render::lay_out_flowchart(sop);
    const auto& page = chart.pages[0];
    const auto* in = find_arrow(page, 1, 2);
    const auto* out = find_arrow(page, 2, 3);
    REQUIRE(in);
    REQUIRE(out);
    auto near_1 = page.shapes_of(2).front()->box; // column 2 (index 1)
    auto near_3 = page.shapes_of(2).back()->box;  // column 4 (index 3)
    CHECK(in->points.back() == Point{near_1.center().x, near_1.top});
    CHECK(out->points.front() == Point{near_3.center().x, near_3.bottom()});
    // Straight down from column 4 to column 4: no jog.
    CHECK(out->points.size() == 2);
    CHECK(test::drawing_faults(page, chart.table.chart) == "");
  }

  TEST_CASE("render: a shared decision's side exits leave from its outermost symbol on that side")
  {
    // Step 3 decided by columns 1 and 2; its Tidak goes back to step 1 in the
    // right lane and its Ya jumps to step 5 in the left lane.
    auto sop = test::sop_in_column_lists(3, {{1}, {2}, {1, 2}, {3}, {1}});
    sop.steps[2].decision = test::decision(5, 1);
    auto chart = render::lay_out_flowchart(sop);
    const auto& page = chart.pages[0];
    auto left = page.shapes_of(3).front()->box;
    auto right = page.shapes_of(3).back()->box;
    const auto* tidak = find_arrow(page, 3, 1);
    const auto* ya = find_arrow(page, 3, 5);
    REQUIRE(tidak);
    REQUIRE(ya);
    CHECK(tidak->points.front() == Point{right.right(), right.center().y});
    CHECK(ya->points.front() == Point{left.left, left.center().y});
    CHECK(test::drawing_faults(page, chart.table.chart) == "");
  }

  TEST_CASE("render: a step's performers that the SOP does not declare get no symbol")
  {
    auto sop = test::sop_in_column_lists(2, {{1}, {2, 0}, {1}});
    sop.steps[1].performers = {"nobody", "p2"};
    auto chart = render::lay_out_flowchart(sop);
    CHECK(columns_of(chart.pages[0], 2) == std::vector<int>{1});
    CHECK(chart.pages[0].joins.empty());
  }

  TEST_CASE("render: the Markdown draws a shared step in each listed performer's lane, joined by "
            "an undirected link, and the table names everyone who does it")
  {
    auto sop = test::fixture_sop("render/poso-akta-kelahiran-bersama.yaml");
    auto mermaid = render::mermaid_flowchart(sop);
    auto lanes = node_lanes(mermaid);
    // Step 1 by [pemohon, jfu]: in Pemohon's lane (p1) and JFU's.
    CHECK(lanes["s1"] == "p1");
    CHECK(mermaid.find("  subgraph p1[\"Pemohon\"]\n    s1([\"Mulai<br/>1. Pemohon") !=
          std::string::npos);
    // JFU is the sixth performer.
    CHECK(lanes["s1p6"] == "p6");
    CHECK(mermaid.find("  s1 --- s1p6\n") != std::string::npos);
    // Step 9 by [kasi, pemohon]: its first node in Kasi's lane (p5), the
    // other in Pemohon's, joined left to right.
    CHECK(lanes["s9"] == "p5");
    CHECK(lanes["s9p1"] == "p1");
    CHECK(mermaid.find("  s9p1 --- s9\n") != std::string::npos);
    auto md = render::sop_markdown(
      sop, {}, store::load_template("/nonexistent", render::sop_markdown_template));
    CHECK(md.find(" | Pemohon + JFU | Berkas permohonan |") != std::string::npos);
    CHECK(md.find("| 9 | Menerima dan mendistribusikan kepada pemohon. | Kasi + Pemohon |") !=
          std::string::npos);
  }

  TEST_CASE(
    "render: the Markdown's arrows into and out of a shared step use the node the drawing's "
    "arrows use")
  {
    // As the HTML: 1 in column 1; 2 by columns 4 and 2; 3 in column 4. The
    // arrow in comes to column 2's node, the arrow out leaves column 4's.
    auto straight = render::mermaid_flowchart(test::sop_in_column_lists(4, {{1}, {4, 2}, {4}}));
    auto lanes = node_lanes(straight);
    CHECK(lanes["s2"] == "p4");
    CHECK(lanes["s2p2"] == "p2");
    CHECK(straight.find("  s2p2 --- s2\n") != std::string::npos);
    CHECK(straight.find("  s1 --> s2p2\n") != std::string::npos);
    CHECK(straight.find("  s2 --> s3\n") != std::string::npos);
    // A shared decision's lane exits leave from its outermost node on their
    // lane's side: Tidak (right lanes) from column 2, Ya (left) from column 1.
    auto sop = test::sop_in_column_lists(3, {{1}, {2}, {1, 2}, {3}, {1}});
    sop.steps[2].decision = test::decision(5, 1);
    auto decided = render::mermaid_flowchart(sop);
    CHECK(decided.find("  s3p2 -->|Tidak| s1\n") != std::string::npos);
    CHECK(decided.find("  s3 -->|Ya| s5\n") != std::string::npos);
    // An exit that ends the procedure leaves from the node on its side.
    sop.steps[2].decision = test::decision(4, model::procedure_end);
    auto ending = render::mermaid_flowchart(sop);
    CHECK(ending.find("  s3p2 -->|Tidak| e3t([\"Selesai\"])\n") != std::string::npos);
  }

  TEST_CASE("render: the HTML draws each symbol of a shared step and the line joining them")
  {
    auto sop = test::fixture_sop("real/konawe-rs-kgb.yaml");
    auto html = render::sop_html(
      sop, {}, "", store::load_template("/nonexistent", render::sop_html_template));
    size_t joins = 0;
    for (auto at = html.find("<line class=\"join\""); at != std::string::npos;
         at = html.find("<line class=\"join\"", at + 1)) {
      ++joins;
    }
    CHECK(joins == 2); // three symbols, two lines between them
    CHECK(html.find(".flowchart .join { stroke: #000;") != std::string::npos);
  }
}
