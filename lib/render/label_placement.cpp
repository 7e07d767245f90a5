#include <algorithm>
#include <cmath>
#include <render/label_placement.hpp>

namespace sopctl::render {

namespace {

bool overlaps(const Box& one, const Box& other)
{
  return one.left < other.right() && one.right() > other.left && one.top < other.bottom() &&
         one.bottom() > other.top;
}

// Whether `box` and the inside of `shape` overlap (touching does not count).
// A diamond is the set |dx| / half width + |dy| / half height < 1; its
// nearest point to a box is found for each axis on its own.
bool overlaps(const Box& box, const Shape& shape)
{
  const auto& other = shape.box;
  if (!overlaps(box, other) || shape.kind != ShapeKind::decision) {
    return overlaps(box, other);
  }
  auto middle = other.center();
  double dx = middle.x - std::clamp(middle.x, box.left, box.right());
  double dy = middle.y - std::clamp(middle.y, box.top, box.bottom());
  return std::abs(dx) / (other.width / 2) + std::abs(dy) / (other.height / 2) < 1;
}

// The box around an arrowhead.
Box head_box(const std::array<Point, 3>& head)
{
  double left = std::min({head[0].x, head[1].x, head[2].x});
  double top = std::min({head[0].y, head[1].y, head[2].y});
  double right = std::max({head[0].x, head[1].x, head[2].x});
  double bottom = std::max({head[0].y, head[1].y, head[2].y});
  return {left, top, right - left, bottom - top};
}

// Whether `box` crosses a rule between performer columns: a 1 px line just
// left of each column's left edge (flowchart_svg's grid).
bool on_rule(const Box& box, const ChartColumns& columns)
{
  for (double edge : columns.rule_edges()) {
    double rule = edge - 0.5;
    if (box.left < rule + 0.5 && box.right() > rule - 0.5) {
      return true;
    }
  }
  return false;
}

// How badly a word at `box` would sit: 0 clear of everything; 1 on a
// column rule only; 2 crossed by a line; 3 outside its row or the chart, or
// over a symbol or another word.
int trouble(const ChartPage& page,
            const ChartColumns& columns,
            const LabelRequest& request,
            const Box& box)
{
  if (box.left < 0 || box.right() > page.width - 1 || box.top < page.row_tops[request.row] ||
      box.bottom() > page.row_tops[request.row + 1] - 1) {
    return 3;
  }
  for (const auto& shape : page.shapes) {
    if (overlaps(box, shape)) {
      return 3;
    }
  }
  int worst = on_rule(box, columns) ? 1 : 0;
  for (const auto& arrow : page.arrows) {
    if (arrow.label && overlaps(box, arrow.label->box)) {
      return 3;
    }
    if (overlaps(box, head_box(arrow.head))) {
      worst = 2;
    }
    for (size_t i = 1; i < arrow.points.size(); ++i) {
      if (segment_enters(arrow.points[i - 1], arrow.points[i], box)) {
        worst = 2;
      }
    }
  }
  for (const auto& join : page.joins) {
    if (segment_enters(join.from, join.to, box)) {
      worst = 2;
    }
  }
  return worst;
}

} // namespace

void place_labels(std::vector<ChartPage>& pages,
                  const ChartColumns& columns,
                  const std::vector<LabelRequest>& requests)
{
  for (const auto& request : requests) {
    auto& page = pages[request.page];
    const Box* chosen = &request.candidates.front();
    int least = 4;
    for (const auto& box : request.candidates) {
      int found = trouble(page, columns, request, box);
      if (found < least) {
        least = found;
        chosen = &box;
      }
    }
    page.arrows[request.arrow].label = ArrowLabel{request.text, *chosen};
  }
}

} // namespace sopctl::render
