#pragma once

#include <model/sop.hpp>
#include <vector>

namespace sopctl::render {

// Why one step leads to another.
enum class EdgeKind
{
  next,  // an ordinary step, on to the following one
  ya,    // a decision's Ya exit
  tidak, // a decision's Tidak exit
};

// The side of the performer area whose lanes an edge runs in.
enum class Side
{
  left,
  right,
};

// One arrow of the flowchart, before it is given a route. An edge that
// does not go straight on to the following step (every Tidak exit, and a Ya
// exit that jumps) runs in a vertical lane of its own along one side of the
// performer area, so it can never cross a shape.
struct FlowEdge
{
  int from = 0; // step numbers
  int to = 0;
  EdgeKind kind = EdgeKind::next;
  bool in_lane = false;
  Side side = Side::right;
  int lane = 0; // 0 is the lane nearest the performer columns
};

// How many lanes each side of the performer area needs.
struct LaneCount
{
  int left = 0;
  int right = 0;
};

// Whether step `step` gets a symbol: it names a declared performer (a draft
// may still have steps without one).
bool has_symbol(const model::Sop& sop, const model::Step& step);

// The arrows of `sop`'s flowchart: each step to the next, a decision's Ya
// and Tidak exits, with lanes given out on each side, the shortest edge
// nearest the columns so that nested loops do not cross. Edges from or to a
// step without a symbol are left out.
std::vector<FlowEdge> flow_edges(const model::Sop& sop);

// The lanes `edges` use on each side.
LaneCount count_lanes(const std::vector<FlowEdge>& edges);

} // namespace sopctl::render
