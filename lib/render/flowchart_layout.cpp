#include <algorithm>
#include <map>
#include <render/arrow_geometry.hpp>
#include <render/flowchart_layout.hpp>
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
  void route(const FlowEdge& edge, double entry_dy);

private:
  Shape& symbol(int step) { return pages_[placed(step).page].shapes[shape_index_.at(step)]; }
  const Placement& placed(int step) const { return placements_.at(step); }
  double band_middle(size_t page, size_t row) const;
  Box connector_box(size_t page, double x, bool at_top, double size) const;
  void add_connector(size_t page, Box box, const std::string& letter);
  void add_arrow(size_t page, const FlowEdge& edge, std::vector<Point> points);
  void label_arrow(size_t page, std::string text, Point anchor, bool leftwards, double below);
  void route_straight(const FlowEdge& edge);
  void route_in_lane(const FlowEdge& edge, double entry_dy);
  Point label_anchor(const Shape& source, Side side, Point exit, const std::string& text) const;

  const model::Sop& sop_;
  const TableLayout& table_;
  const std::vector<FlowEdge>& edges_;
  std::vector<ChartPage>& pages_;
  std::map<int, Placement> placements_;
  std::map<int, size_t> shape_index_;
  int letters_ = 0;
};

double ChartBuilder::band_middle(size_t page, size_t row) const
{
  const auto& rows = table_.pages[page];
  double top = rows.row_top(row) + (row == 0 ? rows.extra_top : 0);
  double bottom = rows.row_top(row) + rows.row_heights[row] -
                  (row + 1 == rows.row_heights.size() ? rows.extra_bottom : 0);
  return (top + bottom) / 2;
}

void ChartBuilder::place_symbols()
{
  const auto& s = table_.settings;
  const auto& chart = table_.chart;
  double process_width = std::min(s.max_process_width, chart.performer_width - 20);
  for (size_t p = 0; p < table_.pages.size(); ++p) {
    auto& page = pages_[p];
    const auto& rows = table_.pages[p];
    page.width = chart.width();
    page.height = rows.height();
    for (size_t row = 0; row < rows.row_heights.size(); ++row) {
      page.row_tops.push_back(rows.row_top(row));
    }
    page.row_tops.push_back(page.height);
    for (size_t row = 0; row < rows.row_heights.size(); ++row) {
      size_t index = rows.first + row;
      const auto& step = sop_.steps[index];
      placements_[step.number] = {p, row};
      if (!has_symbol(sop_, step)) {
        continue;
      }
      Shape shape;
      shape.step = step.number;
      shape.row = static_cast<int>(row);
      shape.column =
        static_cast<int>(sop_.find_performer(step.performers.front()) - sop_.performers.data());
      double width = process_width;
      double height = s.process_height;
      if (step.decision) {
        shape.kind = ShapeKind::decision;
        width = s.decision_width;
        height = s.decision_height;
      } else if (index == 0 || index + 1 == sop_.steps.size()) {
        shape.kind = ShapeKind::terminator;
        shape.label = index == 0 ? "Mulai" : "Selesai";
        height = s.terminator_height;
      }
      Point middle{chart.column_center(shape.column), band_middle(p, row)};
      shape.box = {middle.x - width / 2, middle.y - height / 2, width, height};
      shape_index_[step.number] = page.shapes.size();
      page.shapes.push_back(shape);
    }
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

void ChartBuilder::add_arrow(size_t page, const FlowEdge& edge, std::vector<Point> points)
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
}

// Labels the page's last arrow with `text`, beside `anchor`: to its left or
// right, `below` pixels under it.
void ChartBuilder::label_arrow(size_t page,
                               std::string text,
                               Point anchor,
                               bool leftwards,
                               double below)
{
  const auto& s = table_.settings;
  double width = text_width(text, s.label_font_px) + 2;
  double height = s.label_font_px + 1;
  double left = leftwards ? anchor.x - 2 - width : anchor.x + 2;
  pages_[page].arrows.back().label =
    ArrowLabel{std::move(text), {left, anchor.y + below, width, height}};
}

// From the bottom of one symbol down to the top of the next, with one jog
// sideways just under the first when they sit in different columns.
void ChartBuilder::route_straight(const FlowEdge& edge)
{
  const auto& from = placed(edge.from);
  const auto& to = placed(edge.to);
  auto source = symbol(edge.from).box;
  auto target = symbol(edge.to).box;
  Point start{source.center().x, source.bottom()};
  Point end{target.center().x, target.top};
  // The Ya label goes on the side the jog does not take.
  bool label_left = end.x > start.x;
  if (from.page == to.page) {
    if (start.x == end.x) {
      add_arrow(from.page, edge, {start, end});
    } else {
      double row_bottom = pages_[from.page].row_tops[from.row + 1];
      double jog = (source.bottom() + row_bottom) / 2;
      add_arrow(from.page, edge, {start, {start.x, jog}, {end.x, jog}, end});
    }
  } else {
    auto letter = connector_letter(letters_++);
    double size = table_.settings.connector_size;
    auto out = connector_box(from.page, start.x, false, size);
    auto in = connector_box(to.page, end.x, true, size);
    add_connector(from.page, out, letter);
    add_arrow(from.page, edge, {start, {start.x, out.top}});
    if (edge.kind == EdgeKind::ya) {
      label_arrow(from.page, "Ya", start, label_left, 1);
    }
    add_connector(to.page, in, letter);
    add_arrow(to.page, edge, {{end.x, in.bottom()}, end});
    return;
  }
  if (edge.kind == EdgeKind::ya) {
    label_arrow(from.page, "Ya", start, label_left, 1);
  }
}

// Out of the decision's side to the edge's lane, along the lane, and into
// the target's side; through connectors when the two are on different pages.
void ChartBuilder::route_in_lane(const FlowEdge& edge, double entry_dy)
{
  const auto& from = placed(edge.from);
  const auto& to = placed(edge.to);
  const auto& source = symbol(edge.from);
  const auto& target = symbol(edge.to);
  double lane = table_.chart.lane_x(edge.side, edge.lane);
  Point exit{edge.side == Side::left ? source.box.left : source.box.right(), source.box.center().y};
  double entry_y = target.box.center().y + entry_dy;
  Point entry{side_entry_x(target, edge.side, entry_dy), entry_y};
  auto text = edge.kind == EdgeKind::ya ? "Ya" : "Tidak";
  if (from.page == to.page) {
    add_arrow(from.page, edge, {exit, {lane, exit.y}, {lane, entry.y}, entry});
  } else {
    bool upwards = to.page < from.page;
    auto letter = connector_letter(letters_++);
    double size = std::min(table_.settings.connector_size, table_.chart.lane_width - 2);
    auto out = connector_box(from.page, lane, upwards, size);
    auto in = connector_box(to.page, lane, !upwards, size);
    add_connector(from.page, out, letter);
    add_arrow(from.page, edge, {exit, {lane, exit.y}, {lane, upwards ? out.bottom() : out.top}});
    add_connector(to.page, in, letter);
    add_arrow(to.page, edge, {{lane, upwards ? in.top : in.bottom()}, {lane, entry.y}, entry});
  }
  // Under the line, unless arrows come up into the diamond's lower edge on
  // this side; on the source page's last arrow, the one leaving the decision.
  bool entered_below = std::any_of(edges_.begin(), edges_.end(), [&](const FlowEdge& other) {
    return other.in_lane && other.to == edge.from && other.side == edge.side &&
           other.to < other.from;
  });
  double below = entered_below ? -(table_.settings.label_font_px + 3) : 2;
  label_arrow(
    from.page, text, label_anchor(source, edge.side, exit, text), edge.side == Side::left, below);
}

// Where a lane exit's label goes: just beyond the exit; when the column
// leaves too little room there, just past the column's edge,
// where the row is empty but for this line.
Point ChartBuilder::label_anchor(const Shape& source,
                                 Side side,
                                 Point exit,
                                 const std::string& text) const
{
  const auto& chart = table_.chart;
  double width = text_width(text, table_.settings.label_font_px) + 2;
  double left = chart.column_left(source.column);
  double right = left + chart.performer_width;
  if (side == Side::right && exit.x + 2 + width > right - 1 &&
      source.column + 1 < chart.performers) {
    return {right + 1, exit.y};
  }
  if (side == Side::left && exit.x - 2 - width < left + 1 && source.column > 0) {
    return {left - 1, exit.y};
  }
  return exit;
}

void ChartBuilder::route(const FlowEdge& edge, double entry_dy)
{
  if (edge.in_lane) {
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
  chart.table = lay_out_table(sop, count_lanes(chart.edges), settings);
  chart.pages.resize(chart.table.pages.size());
  ChartBuilder builder(sop, chart.table, chart.edges, chart.pages);
  builder.place_symbols();
  auto offsets = entry_offsets(sop, chart.edges, settings);
  for (size_t i = 0; i < chart.edges.size(); ++i) {
    builder.route(chart.edges[i], offsets[i]);
  }
  return chart;
}

} // namespace sopctl::render
