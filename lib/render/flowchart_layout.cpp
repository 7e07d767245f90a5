#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <render/arrow_geometry.hpp>
#include <render/flowchart_layout.hpp>
#include <render/label_placement.hpp>
#include <render/text_metrics.hpp>

namespace sopctl::render {

const Shape* ChartPage::shape_of(int step) const
{
  for (const auto& shape : shapes) {
    if (shape.step == step && shape.kind != ShapeKind::connector) {
      return &shape;
    }
  }
  return nullptr;
}

std::vector<const Shape*> ChartPage::shapes_of(int step) const
{
  std::vector<const Shape*> found;
  for (const auto& shape : shapes) {
    if (shape.step == step && shape.kind != ShapeKind::connector) {
      found.push_back(&shape);
    }
  }
  std::sort(found.begin(), found.end(), [](const Shape* a, const Shape* b) {
    return a->column < b->column;
  });
  return found;
}

std::string connector_letter(int index)
{
  std::string letters;
  for (int n = index + 1; n > 0; n = (n - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
  }
  return letters;
}

namespace {

// Where a step sits: its table page and its row on that page.
struct Placement
{
  size_t page = 0;
  size_t row = 0;
};

// Places symbols and routes the arrows between them, page by page.
class ChartBuilder
{
public:
  ChartBuilder(const model::Sop& sop,
               const TableLayout& table,
               const std::vector<FlowEdge>& edges,
               std::vector<ChartPage>& pages)
    : sop_(sop)
    , table_(table)
    , edges_(edges)
    , pages_(pages)
  {}

  void place_symbols();
  void place_end_terminators();
  void route(const FlowEdge& edge, double entry_dy);
  // The exits' words waiting for a place, once every line is drawn.
  const std::vector<LabelRequest>& labels() const { return labels_; }

private:
  const Shape& symbol(int step, int column) const
  {
    return pages_[placed(step).page].shapes[shape_index_.at({step, column})];
  }
  const Shape& outermost(int step, Side side) const;
  const Placement& placed(int step) const { return placements_.at(step); }
  double symbol_top(size_t page, size_t row, double height) const;
  double turn_y(const Placement& from, const Box& source) const;
  Box connector_box(size_t page, double x, bool at_top, double size) const;
  void add_connector(size_t page, Box box, const std::string& letter);
  size_t add_arrow(size_t page, const FlowEdge& edge, std::vector<Point> points);
  std::string word_of(const FlowEdge& edge) const;
  double label_width(const std::string& text) const;
  // A word's box holds its descenders: a quarter of the type size below the
  // baseline (flowchart_svg draws it there).
  double label_height() const { return table_.settings.label_font_px * 1.25; }
  void label_straight(size_t page,
                      size_t arrow,
                      const FlowEdge& edge,
                      Point start,
                      bool leftwards,
                      std::optional<Point> jog_to);
  void label_sideways(size_t page,
                      size_t arrow,
                      const FlowEdge& edge,
                      Point exit,
                      double end_x,
                      const Box* terminator);
  void route_straight(const FlowEdge& edge);
  void route_in_lane(const FlowEdge& edge, double entry_dy);
  void route_to_end(const FlowEdge& edge);

  const model::Sop& sop_;
  const TableLayout& table_;
  const std::vector<FlowEdge>& edges_;
  std::vector<ChartPage>& pages_;
  std::map<int, Placement> placements_;
  std::map<int, std::vector<int>> columns_;             // step -> its symbol columns
  std::map<std::pair<int, int>, size_t> shape_index_;   // (step, column) -> index on its page
  std::map<std::pair<int, int>, size_t> terminator_of_; // (step, exit kind) -> index
  std::vector<LabelRequest> labels_;
  int letters_ = 0;
};

const Shape& ChartBuilder::outermost(int step, Side side) const
{
  const auto& columns = columns_.at(step);
  int column = side == Side::left ? *std::min_element(columns.begin(), columns.end())
                                  : *std::max_element(columns.begin(), columns.end());
  return symbol(step, column);
}

// The top of a symbol `height` tall in `row`: in the middle of the row
// (without a connector's room), unless that leaves less than turn_gap below
// it; then turn_gap above the row's bottom, but never nearer its top than
// symbol_gap.
double ChartBuilder::symbol_top(size_t page, size_t row, double height) const
{
  const auto& s = table_.settings;
  const auto& rows = table_.pages[page];
  double top = rows.row_top(row) + (row == 0 ? rows.extra_top : 0);
  double bottom = rows.row_top(row) + rows.row_heights[row] -
                  (row + 1 == rows.row_heights.size() ? rows.extra_bottom : 0);
  double centred = (top + bottom - height) / 2;
  return std::max(top + s.symbol_gap, std::min(centred, bottom - s.turn_gap - height));
}

// Where an arrow from `source` down to the next row turns sideways: midway
// between the symbol and the rule under its row (symbol_top leaves at least
// turn_gap there), so that the turn never runs along the rule and reads as
// a second one, and the word of a decision's exit can sit by it in the
// decision's row. The rule is the last pixel of the row (flowchart_svg).
double ChartBuilder::turn_y(const Placement& from, const Box& source) const
{
  double rule = pages_[from.page].row_tops[from.row + 1] - 1;
  return (source.bottom() + rule) / 2;
}

void ChartBuilder::place_symbols()
{
  const auto& s = table_.settings;
  const auto& chart = table_.chart;
  for (size_t p = 0; p < table_.pages.size(); ++p) {
    auto& page = pages_[p];
    const auto& rows = table_.pages[p];
    page.width = chart.width();
    page.height = rows.height();
    page.font_px = s.label_font_px;
    for (size_t row = 0; row < rows.row_heights.size(); ++row) {
      page.row_tops.push_back(rows.row_top(row));
    }
    page.row_tops.push_back(page.height);
    for (size_t row = 0; row < rows.row_heights.size(); ++row) {
      size_t index = rows.first + row;
      const auto& step = sop_.steps[index];
      placements_[step.number] = {p, row};
      auto columns = symbol_columns(sop_, step);
      if (columns.empty()) {
        continue;
      }
      columns_[step.number] = columns;
      std::vector<Box> boxes;
      for (int column : columns) {
        Shape shape;
        shape.step = step.number;
        shape.row = static_cast<int>(row);
        shape.column = column;
        double width =
          std::min(s.max_process_width, chart.column_width(column) - 2 * s.process_margin);
        double height = s.process_height;
        if (step.decision) {
          shape.kind = ShapeKind::decision;
          width = s.decision_width;
          height = s.decision_height;
        } else if (index == 0 || index + 1 == sop_.steps.size()) {
          shape.kind = ShapeKind::terminator;
          shape.label = index == 0 ? "Mulai" : "Selesai";
          width =
            std::max(width, exact_width(shape.label, s.label_font_px) + 2 * s.terminal_padding);
          height = s.terminator_height;
        }
        double middle_x = chart.column_center(column);
        shape.box = {middle_x - width / 2, symbol_top(p, row, height), width, height};
        shape_index_[{step.number, column}] = page.shapes.size();
        page.shapes.push_back(shape);
        boxes.push_back(shape.box);
      }
      // Done together: a line through the row from each symbol to the next.
      std::sort(
        boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.left < b.left; });
      for (size_t i = 1; i < boxes.size(); ++i) {
        double middle_y = boxes[i].center().y; // every symbol of a step is one kind
        page.joins.push_back(
          {step.number, {boxes[i - 1].right(), middle_y}, {boxes[i].left, middle_y}});
      }
    }
  }
}

// A capsule "Selesai" in the decision's row for each exit that ends the
// procedure: in the column beside the decision, leaving room between the
// column's rule and the capsule for the exit's word; in the decision's own
// column, at its far side, when the chart has no column there.
void ChartBuilder::place_end_terminators()
{
  const auto& s = table_.settings;
  const auto& chart = table_.chart;
  double width = exact_width("Selesai", s.label_font_px) + 2 * s.terminal_padding;
  for (const auto& edge : edges_) {
    if (!edge.ends()) {
      continue;
    }
    const auto& source = outermost(edge.from, edge.side);
    int column = end_column(sop_, edge);
    double left_edge = chart.column_left(column) + s.symbol_margin;
    double right_edge = chart.column_left(column) + chart.column_width(column) - s.symbol_margin;
    double left = 0;
    if (column == source.column) {
      left = edge.side == Side::right ? right_edge - width : left_edge;
    } else {
      // Past the rule: the word, a gap, the arrowhead, then the capsule.
      auto text = word_of(edge);
      double word = (text.empty() ? 0 : label_width(text)) + 3 + arrowhead_length;
      left = edge.side == Side::right
               ? std::min(chart.column_left(column) + 1 + word, right_edge - width)
               : std::max(chart.column_left(column + 1) - 2 - word - width, left_edge);
    }
    const auto& at = placed(edge.from);
    Shape shape;
    shape.kind = ShapeKind::terminator;
    shape.step = model::procedure_end;
    shape.column = column;
    shape.row = static_cast<int>(at.row);
    shape.box = {left, source.box.center().y - s.end_height / 2, width, s.end_height};
    shape.label = "Selesai";
    terminator_of_[{edge.from, static_cast<int>(edge.kind)}] = pages_[at.page].shapes.size();
    pages_[at.page].shapes.push_back(shape);
  }
}

Box ChartBuilder::connector_box(size_t page, double x, bool at_top, double size) const
{
  const auto& rows = table_.pages[page];
  double space = at_top ? rows.extra_top : rows.extra_bottom;
  double top = at_top ? (space - size) / 2 : rows.height() - space + (space - size) / 2;
  return {x - size / 2, top, size, size};
}

void ChartBuilder::add_connector(size_t page, Box box, const std::string& letter)
{
  pages_[page].shapes.push_back({ShapeKind::connector, 0, -1, 0, box, letter});
}

size_t ChartBuilder::add_arrow(size_t page, const FlowEdge& edge, std::vector<Point> points)
{
  Arrow arrow;
  arrow.from = edge.from;
  arrow.to = edge.to;
  arrow.kind = edge.kind;
  arrow.head = arrowhead(points[points.size() - 2], points.back());
  arrow.points = std::move(points);
  if (edge.in_lane) {
    arrow.lane_x = table_.chart.lane_x(edge.side, edge.lane);
  }
  pages_[page].arrows.push_back(std::move(arrow));
  return pages_[page].arrows.size() - 1;
}

// The word on a decision's exit: its own label, else Ya or Tidak; none on
// the way out of a step that is not a decision (its `next`).
std::string ChartBuilder::word_of(const FlowEdge& edge) const
{
  if (edge.kind == EdgeKind::next) {
    return {};
  }
  return sop_.find_step(edge.from)->decision->label(exit_of(edge.kind));
}

double ChartBuilder::label_width(const std::string& text) const
{
  return text_width(text, table_.settings.label_font_px) + 2;
}

// The word of an exit straight down out of a diamond's bottom corner:
// beside the line, on the side the jog does not take (`leftwards` when the
// next symbol is further right), as high as clears the diamond; else on the
// other side; else above or below the jog (which ends at `jog_to`), just
// beyond the line or past a rule the jog crosses.
void ChartBuilder::label_straight(size_t page,
                                  size_t arrow,
                                  const FlowEdge& edge,
                                  Point start,
                                  bool leftwards,
                                  std::optional<Point> jog_to)
{
  const auto& chart = table_.chart;
  auto text = word_of(edge);
  double width = label_width(text);
  double height = label_height();
  LabelRequest label{page, arrow, placed(edge.from).row, text, {}};
  for (bool left : {leftwards, !leftwards}) {
    label.candidates.push_back(
      {left ? start.x - 4 - width : start.x + 4, start.y - 3, width, height});
  }
  if (jog_to) {
    bool rightwards = jog_to->x > start.x;
    std::vector<double> lefts{rightwards ? start.x + 3 : start.x - 3 - width};
    for (double rule : chart.rule_edges()) {
      if (rule > std::min(start.x, jog_to->x) && rule < std::max(start.x, jog_to->x)) {
        lefts.push_back(rightwards ? rule + 1 : rule - 2 - width);
      }
    }
    std::sort(lefts.begin() + 1, lefts.end(), [&](double a, double b) {
      return std::abs(a - start.x) < std::abs(b - start.x);
    });
    for (double top : {jog_to->y - 2 - height, jog_to->y + 2}) {
      for (double left : lefts) {
        label.candidates.push_back({left, top, width, height});
      }
    }
  }
  labels_.push_back(std::move(label));
}

// The word of an exit out of a diamond's side along a line to `end_x`:
// below or above the line (above first for an exit to a terminator), just
// beyond the exit or just past a column rule it crosses; else further off,
// clear of the terminator or of arrows entering the decision.
void ChartBuilder::label_sideways(size_t page,
                                  size_t arrow,
                                  const FlowEdge& edge,
                                  Point exit,
                                  double end_x,
                                  const Box* terminator)
{
  const auto& chart = table_.chart;
  auto text = word_of(edge);
  double width = label_width(text);
  double height = label_height();
  bool rightwards = end_x > exit.x;
  std::vector<double> lefts{rightwards ? exit.x + 2 : exit.x - 2 - width};
  for (double rule : chart.rule_edges()) {
    if (rightwards && rule > exit.x && rule < end_x) {
      lefts.push_back(rule + 1);
    } else if (!rightwards && rule < exit.x && rule > end_x) {
      lefts.push_back(rule - 2 - width);
    }
  }
  if (!rightwards) {
    // Nearest the exit first.
    std::sort(lefts.begin() + 1, lefts.end(), std::greater<>());
  } else {
    std::sort(lefts.begin() + 1, lefts.end());
  }
  double below = exit.y + 2;
  double above = exit.y - 2 - height;
  // Further off: clear of a terminator, or of arrows entering the decision
  // a quarter of its height off its middle (arrow_geometry's entries).
  double off = terminator ? terminator->height / 2 + 1 : table_.settings.decision_height / 4 + 2;
  LabelRequest label{page, arrow, placed(edge.from).row, text, {}};
  auto add_row = [&](double top) {
    for (double left : lefts) {
      label.candidates.push_back({left, top, width, height});
    }
  };
  auto beside_line = [&](double left) {
    for (double top : terminator ? std::array{above, below} : std::array{below, above}) {
      label.candidates.push_back({left, top, width, height});
    }
  };
  beside_line(lefts.front());
  // When the word is wider than the room beyond the exit: pulled back over
  // the diamond's slope to stay in its column, just off the line or further.
  const auto& source = outermost(edge.from, edge.side);
  double column_start = chart.column_left(source.column) + 1;
  double column_end = chart.column_left(source.column + 1) - 2;
  double middle = source.box.center().x;
  for (double gap : {2.0, off}) {
    double slope = source.box.width / 2 * std::max(0.0, 1 - gap / (source.box.height / 2));
    double left =
      rightwards ? std::max(middle + slope + 1, std::min(exit.x + 2, column_end - width))
                 : std::min(middle - slope - 1, std::max(exit.x - 2, column_start + width)) - width;
    for (double top : {exit.y + gap, exit.y - gap - height}) {
      label.candidates.push_back({left, top, width, height});
    }
  }
  for (size_t i = 1; i < lefts.size(); ++i) {
    beside_line(lefts[i]);
  }
  // As far off as the row allows, when that is less (a short row).
  const auto& tops = pages_[page].row_tops;
  size_t row = placed(edge.from).row;
  add_row(std::max(exit.y - off - height, tops[row]));
  add_row(std::min(exit.y + off, tops[row + 1] - 1 - height));
  labels_.push_back(std::move(label));
}

// From the bottom of one symbol down to the top of the next, with one jog
// sideways just under the first when they sit in different columns.
void ChartBuilder::route_straight(const FlowEdge& edge)
{
  const auto& from = placed(edge.from);
  const auto& to = placed(edge.to);
  auto [from_column, to_column] =
    nearest_columns(sop_, *sop_.find_step(edge.from), *sop_.find_step(edge.to));
  auto source = symbol(edge.from, from_column).box;
  auto target = symbol(edge.to, to_column).box;
  Point start{source.center().x, source.bottom()};
  Point end{target.center().x, target.top};
  size_t leaving = 0;
  std::optional<Point> jog_to;
  if (from.page == to.page) {
    if (start.x == end.x) {
      leaving = add_arrow(from.page, edge, {start, end});
    } else {
      jog_to = Point{end.x, turn_y(from, source)};
      leaving = add_arrow(from.page, edge, {start, {start.x, jog_to->y}, *jog_to, end});
    }
  } else {
    auto letter = connector_letter(letters_++);
    double size = table_.settings.connector_size;
    auto out = connector_box(from.page, start.x, false, size);
    auto in = connector_box(to.page, end.x, true, size);
    add_connector(from.page, out, letter);
    leaving = add_arrow(from.page, edge, {start, {start.x, out.top}});
    add_connector(to.page, in, letter);
    add_arrow(to.page, edge, {{end.x, in.bottom()}, end});
  }
  if (edge.kind == EdgeKind::ya) {
    label_straight(from.page, leaving, edge, start, end.x > start.x, jog_to);
  }
}

// Out of the decision's side to the edge's lane, along the lane, and into
// the target's side; through connectors when the two are on different pages.
// A step done together leaves and is entered by its outermost symbol on
// that side, so the line crosses none of its others.
void ChartBuilder::route_in_lane(const FlowEdge& edge, double entry_dy)
{
  const auto& from = placed(edge.from);
  const auto& to = placed(edge.to);
  const auto& source = outermost(edge.from, edge.side);
  const auto& target = outermost(edge.to, edge.side);
  double lane = table_.chart.lane_x(edge.side, edge.lane);
  Point exit{edge.side == Side::left ? source.box.left : source.box.right(), source.box.center().y};
  double entry_y = target.box.center().y + entry_dy;
  Point entry{side_entry_x(target, edge.side, entry_dy), entry_y};
  size_t leaving = 0;
  if (from.page == to.page) {
    leaving = add_arrow(from.page, edge, {exit, {lane, exit.y}, {lane, entry.y}, entry});
  } else {
    bool upwards = to.page < from.page;
    auto letter = connector_letter(letters_++);
    // Narrower than the lane, so that one in the lane beside it, or the rule
    // beyond the lane column's margin (a table border takes its last pixel
    // on one side), stays at least 2.5 px away.
    double size = std::min(table_.settings.connector_size, table_.chart.lane_width - 3);
    auto out = connector_box(from.page, lane, upwards, size);
    auto in = connector_box(to.page, lane, !upwards, size);
    add_connector(from.page, out, letter);
    leaving =
      add_arrow(from.page, edge, {exit, {lane, exit.y}, {lane, upwards ? out.bottom() : out.top}});
    add_connector(to.page, in, letter);
    add_arrow(to.page, edge, {{lane, upwards ? in.top : in.bottom()}, {lane, entry.y}, entry});
  }
  if (edge.kind != EdgeKind::next) {
    label_sideways(from.page, leaving, edge, exit, lane, nullptr);
  }
}

// Out of the decision's side, straight across to its terminator.
void ChartBuilder::route_to_end(const FlowEdge& edge)
{
  const auto& at = placed(edge.from);
  const auto& source = outermost(edge.from, edge.side);
  const auto& terminator =
    pages_[at.page].shapes[terminator_of_.at({edge.from, static_cast<int>(edge.kind)})];
  auto box = terminator.box;
  bool rightwards = box.center().x > source.box.center().x;
  Point exit{rightwards ? source.box.right() : source.box.left, source.box.center().y};
  Point end{rightwards ? box.left : box.right(), exit.y};
  size_t arrow = add_arrow(at.page, edge, {exit, end});
  if (edge.kind != EdgeKind::next) {
    label_sideways(at.page, arrow, edge, exit, end.x, &box);
  }
}

void ChartBuilder::route(const FlowEdge& edge, double entry_dy)
{
  if (edge.ends()) {
    route_to_end(edge);
  } else if (edge.in_lane) {
    route_in_lane(edge, entry_dy);
  } else {
    route_straight(edge);
  }
}

} // namespace

Flowchart lay_out_flowchart(const model::Sop& sop, const PageSettings& settings)
{
  Flowchart chart;
  chart.edges = flow_edges(sop);
  chart.table = lay_out_table(sop, chart.edges, settings);
  chart.pages.resize(chart.table.pages.size());
  ChartBuilder builder(sop, chart.table, chart.edges, chart.pages);
  builder.place_symbols();
  builder.place_end_terminators();
  auto offsets = entry_offsets(sop, chart.edges, chart.table.settings);
  for (size_t i = 0; i < chart.edges.size(); ++i) {
    builder.route(chart.edges[i], offsets[i]);
  }
  place_labels(chart.pages, chart.table.chart, builder.labels());
  return chart;
}

Flowchart lay_out_flowchart(const model::Sop& sop)
{
  return lay_out_flowchart(sop, page_settings_for(sop.performers.size()));
}

} // namespace sopctl::render
