// Lanes (issue 4, section 2): a Ya exit that jumps and Tidak exits that come
// back into a decision each keep a lane of their own, enter their targets
// apart, and cross no symbol, no label and no other arrow.
#include "render_fixtures.hpp"

#include <doctest/doctest.h>
#include <render/flowchart_layout.hpp>
#include <render/flowchart_svg.hpp>
#include <render/sop_document.hpp>
#include <render/templates.hpp>
#include <store/templates.hpp>

using namespace sopctl;
using render::Arrow;
using render::ChartPage;
using render::Point;

namespace {

// Steps 1..8 in columns A B A C C B A C; step 3 decides Ya 5 (a jump past 4)
// or Tidak 1, step 6 decides Ya 7 or Tidak 3 (back into the other decision).
model::Sop jumping()
{
  auto sop = test::sop_in_columns(3, {1, 2, 1, 3, 3, 2, 1, 3});
  sop.steps[2].decision = test::decision(5, 1);
  sop.steps[5].decision = test::decision(7, 3);
  return sop;
}

const Arrow& arrow(const ChartPage& page, int from, int to)
{
  for (const auto& candidate : page.arrows) {
    if (candidate.from == from && candidate.to == to) {
      return candidate;
    }
  }
  FAIL("no arrow from ", from, " to ", to);
  throw;
}

// Whether a horizontal segment a-b and a vertical one c-d cross at a point
// inside both (meeting at an end does not count).
bool cross(Point a, Point b, Point c, Point d)
{
  if (a.y != b.y || c.x != d.x) {
    return false;
  }
  double x = c.x;
  double y = a.y;
  return x > std::min(a.x, b.x) && x < std::max(a.x, b.x) && y > std::min(c.y, d.y) &&
         y < std::max(c.y, d.y);
}

// Every pair of arrows on a page that cross, one line each.
std::string crossings(const ChartPage& page)
{
  std::string found;
  for (const auto& one : page.arrows) {
    for (const auto& other : page.arrows) {
      for (size_t i = 1; i < one.points.size(); ++i) {
        for (size_t j = 1; j < other.points.size(); ++j) {
          if (cross(one.points[i - 1], one.points[i], other.points[j - 1], other.points[j])) {
            found += std::to_string(one.from) + "->" + std::to_string(one.to) + " crosses " +
                     std::to_string(other.from) + "->" + std::to_string(other.to) + "\n";
          }
        }
      }
    }
  }
  return found;
}

} // namespace

TEST_SUITE("render::lay_out_flowchart lanes")
{
  TEST_CASE("render: a Ya exit that jumps runs in a lane on the left, Tidak ones on the right")
  {
    auto chart = render::lay_out_flowchart(jumping());
    const auto& page = chart.pages[0];
    const auto& columns = chart.table.chart;
    CHECK(columns.lanes.left == 1);
    CHECK(columns.lanes.right == 2);
    const auto& ya = arrow(page, 3, 5);
    REQUIRE(ya.lane_x);
    CHECK(*ya.lane_x < columns.column_left(0));
    CHECK(ya.points.front() == Point{page.shape_of(3)->box.left, page.shape_of(3)->box.center().y});
    CHECK(ya.points.back().x == page.shape_of(5)->box.left);
    REQUIRE(ya.label);
    CHECK(ya.label->text == "Ya");
    // No arrow from 3 to 4: a decision goes on only by its exits.
    for (const auto& other : page.arrows) {
      CHECK(!(other.from == 3 && other.to == 4));
    }
  }

  TEST_CASE("render: two Tidak exits have their own lanes, the shorter inside")
  {
    auto chart = render::lay_out_flowchart(jumping());
    const auto& page = chart.pages[0];
    const auto& inner = arrow(page, 3, 1);
    const auto& outer = arrow(page, 6, 3);
    REQUIRE(inner.lane_x);
    REQUIRE(outer.lane_x);
    CHECK(*inner.lane_x < *outer.lane_x);
    CHECK(*inner.lane_x > chart.table.chart.column_left(3));
  }

  TEST_CASE(
    "render: an arrow back into a decision enters its lower edge, its own Tidak label above")
  {
    auto chart = render::lay_out_flowchart(jumping());
    const auto& page = chart.pages[0];
    auto diamond = page.shape_of(3)->box;
    const auto& back = arrow(page, 6, 3);
    auto entry = back.points.back();
    CHECK(entry.y > diamond.center().y);
    CHECK(entry.y < diamond.bottom());
    // On the diamond's lower right edge.
    double half_width = diamond.width / 2;
    double expected_x =
      diamond.center().x + half_width * (1 - (entry.y - diamond.center().y) / (diamond.height / 2));
    CHECK(entry.x == doctest::Approx(expected_x));
    const auto& tidak = arrow(page, 3, 1);
    REQUIRE(tidak.label);
    CHECK(tidak.label->box.bottom() < diamond.center().y);
  }

  TEST_CASE("render: no arrow crosses another, a symbol or a label")
  {
    for (const auto& sop : {jumping(), test::seed(), test::thirty_steps()}) {
      auto chart = render::lay_out_flowchart(sop);
      for (const auto& page : chart.pages) {
        CHECK(crossings(page) == "");
        for (const auto& one : page.arrows) {
          for (size_t i = 1; i < one.points.size(); ++i) {
            for (const auto& shape : page.shapes) {
              bool own = shape.kind != render::ShapeKind::connector &&
                         (shape.step == one.from || shape.step == one.to);
              CHECK((own || !render::segment_enters(one.points[i - 1], one.points[i], shape.box)));
            }
            for (const auto& other : page.arrows) {
              if (&other != &one && other.label) {
                CHECK(!render::segment_enters(one.points[i - 1], one.points[i], other.label->box));
              }
            }
          }
        }
      }
    }
  }

  TEST_CASE("render: a side's lanes lie within its outer performer's rules, as offices draw them")
  {
    // A lane column is the outer performer's margin, not a column of its
    // own: the chart draws rules between performers only (issue 9: an
    // empty-looking column under Mutu Baku).
    auto chart = render::lay_out_flowchart(jumping());
    const auto& columns = chart.table.chart;
    REQUIRE(columns.lanes.left == 1);
    REQUIRE(columns.lanes.right == 2);
    CHECK(columns.rule_edges() ==
          std::vector<double>{columns.column_left(1), columns.column_left(2)});
    // Every lane still runs clear of the rules and of the symbols: left of
    // the first performer's symbols, right of the last one's.
    const auto& page = chart.pages[0];
    for (const auto& arrow : page.arrows) {
      if (!arrow.lane_x) {
        continue;
      }
      bool left = *arrow.lane_x < columns.column_left(0);
      bool right = *arrow.lane_x > columns.column_left(3);
      CHECK_MESSAGE(left != right, arrow.from, "->", arrow.to, " runs at ", *arrow.lane_x);
      for (const auto& shape : page.shapes) {
        if (shape.kind != render::ShapeKind::connector) {
          CHECK((*arrow.lane_x < shape.box.left || *arrow.lane_x > shape.box.right()));
        }
      }
    }
  }

  TEST_CASE(
    "render: the outer performers' headings span their side's lane column, names over the symbols")
  {
    auto sop = jumping();
    auto chart = render::lay_out_flowchart(sop);
    const auto& s = chart.table.settings;
    const auto& columns = chart.table.columns;
    auto html = render::sop_html(
      sop, {}, "", store::load_template("/nonexistent", render::sop_html_template));
    auto start = html.find("<thead>");
    REQUIRE(start != std::string::npos);
    auto header = html.substr(start, html.find("</thead>", start) - start);
    auto px = [](double value) { return render::svg_number(value); };
    // Pelaksana spans the three performers and both lane columns.
    CHECK(header.find(R"(<th colspan="5">Pelaksana</th>)") != std::string::npos);
    CHECK(header.find(R"(<th class="lanes" colspan="2" style="padding-left: )" +
                      px(s.padding_x + columns.lanes_left) +
                      R"(px;">Pelaksana 1</th><th>Pelaksana 2</th><th class="lanes" colspan="2" )"
                      R"(style="padding-right: )" +
                      px(s.padding_x + columns.lanes_right) + R"(px;">Pelaksana 3</th>)") !=
          std::string::npos);
    // No heading of its own over a lane column.
    CHECK(header.find("<th class=\"lanes\"></th>") == std::string::npos);
  }
}
