#pragma once

#include <array>
#include <model/sop.hpp>
#include <optional>
#include <render/flow_edges.hpp>
#include <render/geometry.hpp>
#include <render/table_layout.hpp>
#include <string>
#include <vector>

namespace sopctl::render {

// The flowchart symbols of an SOP AP (DOMAIN.md).
enum class ShapeKind
{
  terminator, // capsule: "Mulai" on the first step, "Selesai" on the last
  process,    // rectangle: an ordinary activity
  decision,   // diamond, with a Ya and a Tidak exit
  connector,  // pentagon with a letter, where an arrow leaves or enters a page
};

// One symbol placed on a page of the chart. A step done by several
// performers together has one in each of their columns.
struct Shape
{
  ShapeKind kind = ShapeKind::process;
  // 0 for a connector; model::procedure_end for the terminator an exit that
  // ends the procedure leads to.
  int step = 0;
  int column = -1; // performer column; -1 for a connector in a lane
  int row = 0;     // row on its page
  Box box;
  std::string label; // Mulai, Selesai, or a connector's letter
};

// The plain line joining the symbols of a step done by several performers
// together, from one symbol's side to the next one's, across the row.
struct Join
{
  int step = 0;
  Point from;
  Point to;
};

// A text beside an arrow: the word of a decision's exit ("Ya", "Tidak", or
// its own label such as "Lengkap").
struct ArrowLabel
{
  std::string text;
  Box box; // the baseline is a quarter of the type size above its bottom
};

// An orthogonal arrow on one page: a polyline whose last point is the tip of
// its arrowhead. An arrow that crosses a page break is drawn as two: one into
// a connector on the first page, one out of the matching connector on the
// other.
struct Arrow
{
  int from = 0; // step numbers of the edge it draws
  int to = 0;
  EdgeKind kind = EdgeKind::next;
  std::vector<Point> points;
  std::array<Point, 3> head; // the tip, then the two corners of its base
  std::optional<ArrowLabel> label;
  std::optional<double> lane_x; // set when it runs in a lane
};

// The chart of one page: as wide as the performer columns with their lanes,
// as tall as the page's rows.
struct ChartPage
{
  double width = 0;
  double height = 0;
  std::vector<double> row_tops; // then the page's height, as the last line
  std::vector<Shape> shapes;
  std::vector<Arrow> arrows;
  std::vector<Join> joins;
  double font_px = 0; // of the words in capsules and beside arrows

  // The symbol of step `step` on this page (its first performer's, when it
  // has several), or null.
  const Shape* shape_of(int step) const;
  // Every symbol of step `step` on this page, left to right.
  std::vector<const Shape*> shapes_of(int step) const;
};

// An SOP's procedure table and flowchart, laid out for printing.
struct Flowchart
{
  TableLayout table;
  std::vector<FlowEdge> edges;
  std::vector<ChartPage> pages; // one per table page
};

// Lays out `sop`'s table and draws its flowchart: a symbol in each of the
// step's performers' columns in the step's row (joined by a line when there
// are several; an arrow uses the one nearest the step it comes from or goes
// to), arrows between them, a terminator beside a decision for an exit that
// ends the procedure, the exits' words where they collide with nothing,
// connectors at page breaks.
Flowchart lay_out_flowchart(const model::Sop& sop, const PageSettings& settings);

// The same on the sheet page_settings_for chooses for its performers.
Flowchart lay_out_flowchart(const model::Sop& sop);

// The letter of the `index`th off-page connector: A..Z, then AA, AB, ...
std::string connector_letter(int index);

} // namespace sopctl::render
