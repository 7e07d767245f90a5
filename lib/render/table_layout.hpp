#pragma once

#include <model/sop.hpp>
#include <render/flow_edges.hpp>
#include <string>
#include <vector>

namespace sopctl::render {

// The sizes the procedure table is laid out for: by default A4 landscape
// with 10 mm margins (277 x 190 mm) at CSS's 96 pixels per inch, and the
// type and symbol sizes the HTML template is given, so the browser lays rows
// out as they were estimated here.
struct PageSettings
{
  std::string paper = "A4"; // the sheet, printed landscape: A4 or A3
  double paper_width_mm = 297;
  double paper_height_mm = 210;
  double width = 1047; // 277 mm
  double height = 718; // 190 mm
  double font_px = 11; // table text
  double line_px = 14; // its line height
  double caption_font_px = 12;
  double caption_line_px = 16;
  double padding_x = 4; // inside every cell, each side
  double padding_y = 3;
  double border = 1;
  // Text is assumed this much wider than estimated, so a row is never
  // shorter than the browser needs.
  double width_safety = 1.08;
  // Room kept free at the bottom of each page for the estimate's errors
  // (the browser test measures that rows are as tall as estimated and that
  // each table page fits its printed page).
  double page_safety = 8;
  // Column widths; the activity column takes what is left.
  double number_width = 28;
  double requirements_width = 100;
  double time_width = 56;
  double output_width = 100;
  double remarks_width = 80;
  double min_activity_width = 200;
  double max_performer_width = 110;
  // How narrow the text columns may be squeezed when the performer columns
  // need more room than is left (each also holds its heading's longest word).
  double least_activity_width = 120;
  double least_requirements_width = 72;
  double least_time_width = 44;
  double least_output_width = 56;
  double least_remarks_width = 64;
  double lane_width = 16; // between the lines of two lanes
  // Between the outermost lines of a side's lanes and the rules that bound
  // them, so that a connector in a lane stays clear of both rules.
  double lane_margin = 2;
  // Symbols and the free space around them.
  double process_height = 26;
  double terminator_height = 24;
  double decision_width = 44;
  double decision_height = 36;
  double max_process_width = 72;
  double min_process_width = 24;
  double process_margin = 10; // between a process box and the rules, each side
  // Above a symbol, at least: room for the arrowhead coming in.
  double symbol_gap = 8;
  // Below a symbol, at least: an arrow that turns between two rows runs
  // midway between the symbol and the row rule, 8 px from each, so that it
  // never reads as a second rule. A symbol sits in the middle of its row
  // when that leaves this much below it, else higher.
  double turn_gap = 17;
  double symbol_margin = 4;    // between a symbol and a column rule, at least
  double terminal_padding = 6; // between a capsule's word and its ends
  double end_height = 20;      // the capsule of an exit that ends the procedure
  double connector_size = 16;  // an off-page connector's width and height
  double connector_space = 24; // room for one above or below a row
  // Exit labels and the words in capsules: 11 px is 8.25 pt, legible in
  // print (the browser test holds every fixture to at least 8 pt). Only a
  // table scaled down for very many performers sets them smaller, with
  // all its other text.
  double label_font_px = 11;
  // How much every size above was shrunk so that the table fits the sheet
  // (1: not at all); only an SOP with very many performers needs it.
  double scale = 1;

  // These settings with every size in the table (not the sheet) times `factor`.
  PageSettings scaled(double factor) const;
};

// The most performer columns printed on A4; more go on A3.
inline constexpr size_t a4_max_performers = 10;

// The settings for an SOP with `performers` performer columns: A4 landscape
// up to a4_max_performers, A3 landscape beyond.
PageSettings page_settings_for(size_t performers);

// How the performer columns and the lanes beside them are laid out, in
// chart coordinates (0 at the left edge of the chart). The lanes of each
// side are a column of their own, left of the first performer column or
// right of the last, so the performers' symbols stay centred under their
// names and no lane runs on a rule; the outer performer's heading spans it
// and no rule parts them, so it reads as that performer's margin.
struct ChartColumns
{
  int performers = 0;
  // Each performer column's width, without lanes; one column even when the
  // SOP has no performers yet.
  std::vector<double> widths;
  LaneCount lanes;
  double lane_width = 0;
  double lane_margin = 0;

  // The width of the lane column on `side`: 0 when it has no lanes.
  double lane_area(Side side) const;
  // The width of the whole performer area, lanes included.
  double width() const;
  // The width of performer column `column` (0-based).
  double column_width(int column) const;
  // The left edge of performer column `column` (0-based); for the column
  // after the last, the right edge of the last.
  double column_left(int column) const;
  // The middle of performer column `column`, where its symbols sit.
  double column_center(int column) const;
  // The x of lane `lane` (0 nearest the columns) on `side`.
  double lane_x(Side side, int lane) const;
  // The left edge of every performer column but the first: the rules drawn
  // across the chart are 1 px lines just left of these. A side's lanes lie
  // within its outer performer's rules (the heading spans them too).
  std::vector<double> rule_edges() const;
};

// The procedure table's column widths, left to right.
struct ColumnWidths
{
  double number = 0;
  double activity = 0;
  std::vector<double> performers; // without the lanes
  double requirements = 0;
  double time = 0;
  double output = 0;
  double remarks = 0;
  double lanes_left = 0; // the lane columns; 0 when a side has none
  double lanes_right = 0;
};

// One printed page of the procedure table: which steps it holds and how tall
// each row is. A row may carry extra room at its top (the first row of a
// page that continues one) or bottom (the last row of a page that is
// continued) for off-page connectors.
struct TablePage
{
  size_t first = 0; // index into Sop::steps
  std::vector<double> row_heights;
  double extra_top = 0;    // in the first row
  double extra_bottom = 0; // in the last row

  // The height of all its rows.
  double height() const;
  // The top of row `row` (0-based on this page).
  double row_top(size_t row) const;
};

// The whole table: columns, header height, and the steps cut into pages.
struct TableLayout
{
  PageSettings settings;
  ChartColumns chart;
  ColumnWidths columns;
  double caption_height = 0;
  double header_height = 0;
  std::vector<TablePage> pages; // at least one, possibly without rows
};

// Lays out `sop`'s procedure table for the lanes and end terminators of
// `edges`, filling each page with as many rows as fit below its caption and
// header. Each performer column is at least as wide as its heading's longest
// word and its symbols need; when they need more than the sheet leaves, the
// activity and Mutu Baku columns give up room first, then every size is
// scaled down (TableLayout::settings holds the sizes used).
TableLayout lay_out_table(const model::Sop& sop,
                          const std::vector<FlowEdge>& edges,
                          const PageSettings& settings);

// The height a step's row needs: its tallest wrapped text, or its symbol
// with room around it, whichever is more.
double row_height(const model::Step& step,
                  const ColumnWidths& columns,
                  const PageSettings& settings);

} // namespace sopctl::render
