#include <algorithm>
#include <cmath>
#include <map>
#include <render/arrow_geometry.hpp>

namespace sopctl::render {

namespace {

constexpr double arrowhead_length = 7;
constexpr double arrowhead_half_width = 3.5;
constexpr double entry_spacing = 8; // between arrows entering one side of a symbol

} // namespace

std::array<Point, 3> arrowhead(Point from, Point tip)
{
  double dx = tip.x - from.x;
  double dy = tip.y - from.y;
  double length = std::hypot(dx, dy);
  if (length == 0) {
    return {tip, tip, tip};
  }
  dx /= length;
  dy /= length;
  Point base{tip.x - dx * arrowhead_length, tip.y - dy * arrowhead_length};
  return {tip,
          Point{base.x - dy * arrowhead_half_width, base.y + dx * arrowhead_half_width},
          Point{base.x + dy * arrowhead_half_width, base.y - dx * arrowhead_half_width}};
}

double side_entry_x(const Shape& shape, Side side, double dy)
{
  double half_width = shape.box.width / 2;
  double half_height = shape.box.height / 2;
  double inset = 0;
  if (shape.kind == ShapeKind::decision) {
    inset = half_width * std::min(1.0, std::abs(dy) / half_height);
  } else if (shape.kind == ShapeKind::terminator) {
    double radius = half_height;
    inset = radius - std::sqrt(std::max(0.0, radius * radius - dy * dy));
  }
  double middle = shape.box.center().x;
  return side == Side::left ? middle - half_width + inset : middle + half_width - inset;
}

std::vector<double> entry_offsets(const model::Sop& sop,
                                  const std::vector<FlowEdge>& edges,
                                  const PageSettings& settings)
{
  std::vector<double> offsets(edges.size(), 0.0);
  std::map<std::pair<int, Side>, std::vector<size_t>> by_target;
  for (size_t i = 0; i < edges.size(); ++i) {
    if (edges[i].in_lane) {
      by_target[{edges[i].to, edges[i].side}].push_back(i);
    }
  }
  for (auto& [key, list] : by_target) {
    std::sort(
      list.begin(), list.end(), [&](size_t a, size_t b) { return edges[a].lane < edges[b].lane; });
    bool decision = sop.find_step(key.first)->decision.has_value();
    double base = decision ? -settings.decision_height / 4 : 0;
    for (size_t k = 0; k < list.size(); ++k) {
      const auto& edge = edges[list[k]];
      double direction = edge.to < edge.from ? -1 : 1;
      offsets[list[k]] = base + direction * entry_spacing * static_cast<double>(k);
    }
  }
  return offsets;
}

} // namespace sopctl::render
