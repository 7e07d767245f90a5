#pragma once

#include <array>
#include <model/sop.hpp>
#include <render/flowchart_layout.hpp>
#include <vector>

namespace sopctl::render {

// How far an arrowhead reaches back from its tip, in CSS pixels.
inline constexpr double arrowhead_length = 7;

// The triangle of an arrowhead whose last segment runs from `from` to `tip`:
// the tip, then the two corners of its base.
std::array<Point, 3> arrowhead(Point from, Point tip);

// The x where a horizontal line `dy` below the middle of `shape` meets its
// outline on `side` (a diamond's and a capsule's sides slope and curve).
double side_entry_x(const Shape& shape, Side side, double dy);

// How far below the middle of its target's side each lane edge of `edges`
// enters (0 for edges not in a lane), so that two never share an entry and
// an outer lane's last stretch never crosses an inner lane: arrivals from
// below enter below those from above, the inner lane nearest the way it
// came. A decision is entered off its middle, where its own exit leaves.
std::vector<double> entry_offsets(const model::Sop& sop,
                                  const std::vector<FlowEdge>& edges,
                                  const PageSettings& settings);

} // namespace sopctl::render
