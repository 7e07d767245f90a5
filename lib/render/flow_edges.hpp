#pragma once

#include <model/sop.hpp>
#include <utility>
#include <vector>

namespace sopctl::render {

// Why one step leads to another.
enum class EdgeKind
{
  next,  // an ordinary step, on to the following one or to its `next`
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
// exit or a step's `next` that jumps) runs in a vertical lane of its own
// along one side of the performer area, so it can never cross a shape. An
// exit that ends the procedure (`to` is model::procedure_end; a decision's
// `end`, or `next: end` before the last step) leaves the step on `side` for
// a terminator of its own beside it (end_column), in no lane.
struct FlowEdge
{
  int from = 0; // step numbers
  int to = 0;
  EdgeKind kind = EdgeKind::next;
  bool in_lane = false;
  Side side = Side::right;
  int lane = 0; // 0 is the lane nearest the performer columns

  // Whether this exit ends the procedure.
  bool ends() const { return to == model::procedure_end; }
};

// How many lanes each side of the performer area needs.
struct LaneCount
{
  int left = 0;
  int right = 0;
};

// The performer columns (0-based) step `step` is drawn in: each of its
// performers that the SOP declares, in the order listed, once each. Empty
// when it names none (a draft may still have steps without one).
std::vector<int> symbol_columns(const model::Sop& sop, const model::Step& step);

// Whether step `step` gets a symbol: it names a declared performer.
bool has_symbol(const model::Sop& sop, const model::Step& step);

// The symbol columns an arrow straight from step `from` down to step `to`
// joins: of each step's columns, the two nearest each other; on a tie, the
// ones listed first. Both steps must have a symbol.
std::pair<int, int> nearest_columns(const model::Sop& sop,
                                    const model::Step& from,
                                    const model::Step& to);

// The decision exit an edge draws: Ya for `ya`, Tidak for `tidak`.
model::Exit exit_of(EdgeKind kind);

// The performer column that holds the terminator of an exit that ends the
// procedure: the one beside the decision's outermost symbol on the edge's
// side, or, when the chart has no column there, that symbol's own.
int end_column(const model::Sop& sop, const FlowEdge& edge);

// The arrows of `sop`'s flowchart: each step to the next (its `next` when it
// has one: in a left lane like a Ya that jumps, or to a terminator of its
// own for `next: end`), a decision's Ya and Tidak exits, with lanes given
// out on each side, the shortest edge
// nearest the columns so that nested loops do not cross. An exit that ends
// the procedure takes the side its word prefers (Tidak and a step's `next:
// end` right, Ya left) unless the chart has no column there or another
// arrow meets the step on that side. Edges from or to a step without a symbol are left out.
std::vector<FlowEdge> flow_edges(const model::Sop& sop);

// The lanes `edges` use on each side.
LaneCount count_lanes(const std::vector<FlowEdge>& edges);

} // namespace sopctl::render
