// A long SOP across pages (issue 4, section 2): rows per A4 landscape page,
// one table per page, and the arrows that cross a break ending and resuming
// in lettered off-page connectors.
#include "render_fixtures.hpp"

#include <doctest/doctest.h>
#include <map>
#include <render/flowchart_layout.hpp>

using namespace sopctl;
using render::ChartPage;
using render::ShapeKind;

namespace {

// The connectors of a page: letter -> its box.
std::map<std::string, render::Box> connectors(const ChartPage& page)
{
  std::map<std::string, render::Box> found;
  for (const auto& shape : page.shapes) {
    if (shape.kind == ShapeKind::connector) {
      found[shape.label] = shape.box;
    }
  }
  return found;
}

const render::Arrow* arrow_on(const ChartPage& page, int from, int to)
{
  for (const auto& arrow : page.arrows) {
    if (arrow.from == from && arrow.to == to) {
      return &arrow;
    }
  }
  return nullptr;
}

bool touches(render::Point point, const render::Box& box)
{
  return point.x >= box.left && point.x <= box.right() && point.y >= box.top &&
         point.y <= box.bottom();
}

} // namespace

TEST_SUITE("render::lay_out_flowchart pagination")
{
  TEST_CASE(
    "render: the 30-step SOP takes three pages of ten rows, each within an A4 landscape page")
  {
    auto chart = render::lay_out_flowchart(test::thirty_steps());
    const auto& table = chart.table;
    REQUIRE(table.pages.size() == 3);
    CHECK(table.pages[0].first == 0);
    CHECK(table.pages[1].first == 10);
    CHECK(table.pages[2].first == 20);
    for (const auto& page : table.pages) {
      CHECK(page.row_heights.size() == 10);
      CHECK(table.caption_height + table.header_height + page.height() <= table.settings.height);
    }
    // Room for connectors where the table breaks, and only there.
    CHECK(table.pages[0].extra_top == 0);
    CHECK(table.pages[0].extra_bottom > 0);
    CHECK(table.pages[1].extra_top > 0);
    CHECK(table.pages[1].extra_bottom > 0);
    CHECK(table.pages[2].extra_top > 0);
    CHECK(table.pages[2].extra_bottom == 0);
  }

  TEST_CASE("render: the seed fits on one page, without connectors")
  {
    auto chart = render::lay_out_flowchart(test::seed());
    REQUIRE(chart.pages.size() == 1);
    CHECK(connectors(chart.pages[0]).empty());
  }

  TEST_CASE("render: an arrow across a page break ends in a lettered connector and resumes from "
            "the same letter")
  {
    auto chart = render::lay_out_flowchart(test::thirty_steps());
    const auto& pages = chart.pages;
    // Step 10 (page 1) to 11 (page 2), and 20 (page 2) to 21 (page 3).
    struct Crossing
    {
      size_t from_page;
      int from;
      int to;
      std::string letter;
    };
    for (const auto& crossing : {Crossing{0, 10, 11, "A"}, Crossing{1, 20, 21, "B"}}) {
      CAPTURE(crossing.from);
      const auto& before = pages[crossing.from_page];
      const auto& after = pages[crossing.from_page + 1];
      REQUIRE(connectors(before).contains(crossing.letter));
      REQUIRE(connectors(after).contains(crossing.letter));
      auto out = connectors(before).at(crossing.letter);
      auto in = connectors(after).at(crossing.letter);
      const auto* leaving = arrow_on(before, crossing.from, crossing.to);
      const auto* arriving = arrow_on(after, crossing.from, crossing.to);
      REQUIRE(leaving);
      REQUIRE(arriving);
      // Down from the step into the connector under it, in the same column.
      auto source = before.shape_of(crossing.from)->box;
      CHECK(leaving->points.front().y == source.bottom());
      CHECK(touches(leaving->points.back(), out));
      CHECK(out.center().x == doctest::Approx(source.center().x));
      CHECK(out.top > source.bottom());
      // Out of the connector above the next step, into its top.
      auto target = after.shape_of(crossing.to)->box;
      CHECK(touches(arriving->points.front(), in));
      CHECK(arriving->points.back().y == target.top);
      CHECK(in.center().x == doctest::Approx(target.center().x));
      CHECK(in.bottom() < target.top);
    }
  }

  TEST_CASE("render: a Tidak exit back across a page break runs up its lane to a connector")
  {
    auto chart = render::lay_out_flowchart(test::thirty_steps());
    const auto& pages = chart.pages;
    // Step 21 (page 3) goes back to step 10 (page 1).
    const auto* up = arrow_on(pages[2], 21, 10);
    const auto* down = arrow_on(pages[0], 21, 10);
    REQUIRE(up);
    REQUIRE(down);
    REQUIRE(up->lane_x);
    REQUIRE(down->lane_x);
    CHECK(*up->lane_x == *down->lane_x);
    REQUIRE(up->label);
    CHECK(up->label->text == "Tidak");
    CHECK(!down->label);
    auto letter_up = connectors(pages[2]);
    auto letter_down = connectors(pages[0]);
    REQUIRE(letter_up.contains("C"));
    REQUIRE(letter_down.contains("C"));
    CHECK(touches(up->points.back(), letter_up.at("C")));
    CHECK(touches(down->points.front(), letter_down.at("C")));
    // The connector sits on the lane, at the top of page 3 and the bottom of page 1.
    CHECK(letter_up.at("C").center().x == *up->lane_x);
    CHECK(letter_up.at("C").top < pages[2].row_tops[1]);
    CHECK(letter_down.at("C").bottom() > pages[0].row_tops[9]);
    auto target = pages[0].shape_of(10)->box;
    CHECK(down->points.back().x == doctest::Approx(target.right()));
    CHECK(down->points.back().y == doctest::Approx(target.center().y));
  }

  TEST_CASE("render: the two Tidak exits have lanes of their own, the shorter one inside")
  {
    auto chart = render::lay_out_flowchart(test::thirty_steps());
    const render::Arrow* short_loop = arrow_on(chart.pages[0], 5, 2);
    const render::Arrow* long_loop = arrow_on(chart.pages[2], 21, 10);
    REQUIRE(short_loop);
    REQUIRE(long_loop);
    CHECK(*short_loop->lane_x < *long_loop->lane_x);
    CHECK(chart.table.chart.lanes.right == 2);
    CHECK(chart.table.chart.lanes.left == 0);
  }

  TEST_CASE(
    "render: no arrow on any page passes through a symbol it does not join or another's label")
  {
    auto chart = render::lay_out_flowchart(test::thirty_steps());
    for (size_t p = 0; p < chart.pages.size(); ++p) {
      const auto& page = chart.pages[p];
      for (const auto& arrow : page.arrows) {
        CAPTURE(p);
        CAPTURE(arrow.from);
        CAPTURE(arrow.to);
        for (size_t i = 1; i < arrow.points.size(); ++i) {
          for (const auto& shape : page.shapes) {
            bool own = shape.kind != ShapeKind::connector &&
                       (shape.step == arrow.from || shape.step == arrow.to);
            CHECK(
              (own || !render::segment_enters(arrow.points[i - 1], arrow.points[i], shape.box)));
          }
          for (const auto& other : page.arrows) {
            if (&other != &arrow && other.label) {
              CHECK(
                !render::segment_enters(arrow.points[i - 1], arrow.points[i], other.label->box));
            }
          }
        }
      }
    }
  }

  TEST_CASE("render: connector letters run A to Z, then AA")
  {
    CHECK(render::connector_letter(0) == "A");
    CHECK(render::connector_letter(25) == "Z");
    CHECK(render::connector_letter(26) == "AA");
    CHECK(render::connector_letter(27) == "AB");
  }
}
