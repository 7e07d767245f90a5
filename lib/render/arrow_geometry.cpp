#include <algorithm>
#include <cmath>
#include <map>
#include <render/arrow_geometry.hpp>

namespace sopctl::render {

namespace {

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

namespace {

// Offsets for one group of entries, sorted inner lane first:
// each inner lane's vertical must not be crossed by an outer lane's
// horizontal, so an arrival from below puts the inner lane lowest, one from
// above puts it highest. `inner` is where the innermost enters.
void spread(const std::vector<size_t>& group,
            double inner,
            double step,
            bool from_below,
            double limit,
            std::vector<double>& offsets)
{
  for (size_t k = 0; k < group.size(); ++k) {
    double dy = inner + (from_below ? -step : step) * static_cast<double>(k);
    offsets[group[k]] = std::clamp(dy, -limit, limit);
  }
}

} // namespace

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
    std::vector<size_t> below;
    std::vector<size_t> above;
    for (size_t i : list) {
      (edges[i].to < edges[i].from ? below : above).push_back(i);
    }
    if (sop.find_step(key.first)->decision) {
      // The diamond's own side exit is at its middle: arrivals from below
      // enter its lower edge, from above its upper edge.
      double quarter = settings.decision_height / 4;
      double limit = settings.decision_height / 2 - 3;
      spread(below, quarter, entry_spacing / 2, true, limit, offsets);
      spread(above, -quarter, entry_spacing / 2, false, limit, offsets);
      continue;
    }
    double limit = settings.process_height / 2 - 3;
    double half = entry_spacing / 2;
    // Centred on the middle when all come one way; else those from below
    // in the lower half, those from above in the upper.
    auto span = [&](const std::vector<size_t>& group) {
      return group.empty() ? 0.0 : entry_spacing * static_cast<double>(group.size() - 1);
    };
    double lowest = above.empty() ? span(below) / 2 : half + span(below);
    double highest = below.empty() ? -span(above) / 2 : -half - span(above);
    spread(below, lowest, entry_spacing, true, limit, offsets);
    spread(above, highest, entry_spacing, false, limit, offsets);
  }
  return offsets;
}

} // namespace sopctl::render
