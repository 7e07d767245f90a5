// The flowchart's geometry (issue 4, sections 1 and 2): which column and row
// each symbol sits in, where each arrow runs, the Tidak exit in a lane of its
// own that crosses no symbol and no label, and the page breaks with their
// off-page connectors.
#include "render_fixtures.hpp"

#include <doctest/doctest.h>
#include <map>
#include <render/flowchart_layout.hpp>
#include <set>

using namespace sopctl;
using render::Arrow;
using render::ChartPage;
using render::EdgeKind;
using render::Point;
using render::ShapeKind;

namespace {

const Arrow* find_arrow(const ChartPage& page, int from, int to)
{
  for (const auto& arrow : page.arrows) {
    if (arrow.from == from && arrow.to == to) {
      return &arrow;
    }
  }
  return nullptr;
}

// Every segment of every arrow runs straight across or straight down.
bool orthogonal(const Arrow& arrow)
{
  for (size_t i = 1; i < arrow.points.size(); ++i) {
    const auto& a = arrow.points[i - 1];
    const auto& b = arrow.points[i];
    if (a.x != b.x && a.y != b.y) {
      return false;
    }
  }
  return true;
}

// What any segment of `arrow` passes through: symbols other than its own
// ends, and labels of other arrows; one line each, empty when nothing.
std::string collisions(const ChartPage& page, const Arrow& arrow)
{
  std::string found;
  for (size_t i = 1; i < arrow.points.size(); ++i) {
    auto a = arrow.points[i - 1];
    auto b = arrow.points[i];
    for (const auto& shape : page.shapes) {
      bool own_end =
        shape.kind != ShapeKind::connector && (shape.step == arrow.from || shape.step == arrow.to);
      if (!own_end && render::segment_enters(a, b, shape.box)) {
        found += "symbol of step " + std::to_string(shape.step) + " " + shape.label + "\n";
      }
    }
    for (const auto& other : page.arrows) {
      if (&other != &arrow && other.label && render::segment_enters(a, b, other.label->box)) {
        found += "label " + other.label->text + "\n";
      }
    }
  }
  return found;
}

} // namespace

TEST_SUITE("render::lay_out_flowchart")
{
  TEST_CASE("render: each step of the seed sits in its performer's column and its own row")
  {
    auto sop = test::seed();
    auto chart = render::lay_out_flowchart(sop);
    REQUIRE(chart.pages.size() == 1);
    const auto& page = chart.pages[0];
    // Kadis 0, Sekretaris 1, Kabid PIAK 2, Kasi 3, Staf Adm Umum 4.
    std::map<int, int> expected{
      {1, 1}, {2, 4}, {3, 1}, {4, 3}, {5, 3}, {6, 2}, {7, 1}, {8, 0}, {9, 4}, {10, 4}};
    for (auto [step, column] : expected) {
      CAPTURE(step);
      const auto* shape = page.shape_of(step);
      REQUIRE(shape);
      CHECK(shape->column == column);
      CHECK(shape->row == step - 1);
      CHECK(shape->box.center().x == doctest::Approx(chart.table.chart.column_center(column)));
      // Inside its column and its row.
      CHECK(shape->box.left > chart.table.chart.column_left(column));
      CHECK(shape->box.right() < chart.table.chart.column_left(column + 1));
      CHECK(shape->box.top > page.row_tops[step - 1]);
      CHECK(shape->box.bottom() < page.row_tops[step]);
    }
  }

  TEST_CASE("render: the first step is the Mulai capsule, the last Selesai, the decision a diamond")
  {
    auto chart = render::lay_out_flowchart(test::seed());
    const auto& page = chart.pages[0];
    CHECK(page.shape_of(1)->kind == ShapeKind::terminator);
    CHECK(page.shape_of(1)->label == "Mulai");
    CHECK(page.shape_of(10)->kind == ShapeKind::terminator);
    CHECK(page.shape_of(10)->label == "Selesai");
    CHECK(page.shape_of(6)->kind == ShapeKind::decision);
    for (int step : {2, 3, 4, 5, 7, 8, 9}) {
      CHECK(page.shape_of(step)->kind == ShapeKind::process);
      CHECK(page.shape_of(step)->label == "");
    }
  }

  TEST_CASE("render: an arrow runs from the bottom of each step to the top of the next")
  {
    auto chart = render::lay_out_flowchart(test::seed());
    const auto& page = chart.pages[0];
    for (int step = 1; step < 10; ++step) {
      CAPTURE(step);
      const auto* arrow = find_arrow(page, step, step + 1);
      REQUIRE(arrow);
      CHECK(arrow->kind == (step == 6 ? EdgeKind::ya : EdgeKind::next));
      auto from = page.shape_of(step)->box;
      auto to = page.shape_of(step + 1)->box;
      CHECK(arrow->points.front() == Point{from.center().x, from.bottom()});
      CHECK(arrow->points.back() == Point{to.center().x, to.top});
      CHECK(arrow->head[0] == arrow->points.back());
      CHECK(orthogonal(*arrow));
      CHECK(collisions(page, *arrow) == "");
    }
    // Steps 4 and 5 share a column: one straight line down.
    CHECK(find_arrow(page, 4, 5)->points.size() == 2);
    // Step 3 to 4 changes column: down, across, down.
    CHECK(find_arrow(page, 3, 4)->points.size() == 4);
  }

  TEST_CASE("render: the decision's exits are labelled Ya and Tidak")
  {
    auto chart = render::lay_out_flowchart(test::seed());
    const auto& page = chart.pages[0];
    REQUIRE(find_arrow(page, 6, 7)->label);
    CHECK(find_arrow(page, 6, 7)->label->text == "Ya");
    REQUIRE(find_arrow(page, 6, 5)->label);
    CHECK(find_arrow(page, 6, 5)->label->text == "Tidak");
    CHECK(!find_arrow(page, 5, 6)->label);
  }

  TEST_CASE(
    "render: the Tidak arrow goes back in a lane of its own beside the columns, crossing nothing")
  {
    auto chart = render::lay_out_flowchart(test::seed());
    const auto& page = chart.pages[0];
    const auto& columns = chart.table.chart;
    const auto* tidak = find_arrow(page, 6, 5);
    REQUIRE(tidak);
    CHECK(tidak->kind == EdgeKind::tidak);
    REQUIRE(tidak->lane_x);
    // Right of the last performer column, inside the chart.
    CHECK(*tidak->lane_x > columns.column_left(columns.performers));
    CHECK(*tidak->lane_x < page.width);
    // Out of the diamond's right corner, along the lane, into step 5's right side.
    auto diamond = page.shape_of(6)->box;
    auto target = page.shape_of(5)->box;
    REQUIRE(tidak->points.size() == 4);
    CHECK(tidak->points[0] == Point{diamond.right(), diamond.center().y});
    CHECK(tidak->points[1].x == *tidak->lane_x);
    CHECK(tidak->points[2].x == *tidak->lane_x);
    CHECK(tidak->points[3] == Point{target.right(), target.center().y});
    CHECK(orthogonal(*tidak));
    CHECK(collisions(page, *tidak) == "");
    // No other arrow runs at the lane's x.
    for (const auto& arrow : page.arrows) {
      if (&arrow == tidak) {
        continue;
      }
      for (const auto& point : arrow.points) {
        CHECK(point.x != *tidak->lane_x);
      }
    }
  }

  TEST_CASE("render: rows grow with their wrapped text")
  {
    auto sop = test::sop_in_columns(2, {1, 2, 1});
    sop.steps[1].activity.clear();
    for (int i = 0; i < 150; ++i) {
      sop.steps[1].activity += "kata" + std::to_string(i) + " ";
    }
    auto chart = render::lay_out_flowchart(sop);
    const auto& rows = chart.table.pages[0].row_heights;
    REQUIRE(rows.size() == 3);
    CHECK(rows[1] > 2 * rows[0]);
    // Whole lines of 14 px, with the cell's padding (3 + 3) and border (1).
    CHECK(static_cast<int>(rows[1] - 7) % 14 == 0);
    CHECK(rows[0] == rows[2]);
    // The symbol stays in the middle of its taller row.
    const auto& page = chart.pages[0];
    CHECK(page.shape_of(2)->box.center().y == doctest::Approx(rows[0] + rows[1] / 2));
  }

  TEST_CASE("render: a step without a performer gets no symbol and no arrows")
  {
    auto sop = test::sop_in_columns(2, {1, 0, 2});
    auto chart = render::lay_out_flowchart(sop);
    const auto& page = chart.pages[0];
    CHECK(page.shape_of(1));
    CHECK(!page.shape_of(2));
    CHECK(page.shape_of(3));
    CHECK(page.arrows.empty());
  }

  TEST_CASE("render: an SOP without steps has one page without rows")
  {
    auto sop = test::sop_in_columns(3, {});
    auto chart = render::lay_out_flowchart(sop);
    REQUIRE(chart.pages.size() == 1);
    CHECK(chart.table.pages[0].row_heights.empty());
    CHECK(chart.pages[0].shapes.empty());
  }
}
