#include <algorithm>
#include <render/flow_edges.hpp>

namespace sopctl::render {

std::vector<int> symbol_columns(const model::Sop& sop, const model::Step& step)
{
  std::vector<int> columns;
  for (const auto& key : step.performers) {
    const auto* performer = sop.find_performer(key);
    if (!performer) {
      continue;
    }
    int column = static_cast<int>(performer - sop.performers.data());
    if (std::find(columns.begin(), columns.end(), column) == columns.end()) {
      columns.push_back(column);
    }
  }
  return columns;
}

bool has_symbol(const model::Sop& sop, const model::Step& step)
{
  return !symbol_columns(sop, step).empty();
}

std::pair<int, int> nearest_columns(const model::Sop& sop,
                                    const model::Step& from,
                                    const model::Step& to)
{
  auto own = symbol_columns(sop, from);
  auto next = symbol_columns(sop, to);
  std::pair<int, int> best{own.front(), next.front()};
  for (int a : own) {
    for (int b : next) {
      if (std::abs(a - b) < std::abs(best.first - best.second)) {
        best = {a, b};
      }
    }
  }
  return best;
}

model::Exit exit_of(EdgeKind kind)
{
  return kind == EdgeKind::ya ? model::Exit::ya : model::Exit::tidak;
}

namespace {

bool drawable(const model::Sop& sop, int number)
{
  const auto* step = sop.find_step(number);
  return step && has_symbol(sop, *step);
}

// The decision's outermost symbol column on `side`.
int outermost(const std::vector<int>& columns, Side side)
{
  return side == Side::left ? *std::min_element(columns.begin(), columns.end())
                            : *std::max_element(columns.begin(), columns.end());
}

// Whether the chart has a performer column beyond `step`'s symbols on `side`.
bool column_beyond(const model::Sop& sop, const model::Step& step, Side side)
{
  int column = outermost(symbol_columns(sop, step), side);
  return side == Side::left ? column > 0 : column + 1 < static_cast<int>(sop.performers.size());
}

// Gives each lane edge of one side its own lane, nearest first by span.
void assign_lanes(std::vector<FlowEdge>& edges, Side side)
{
  std::vector<FlowEdge*> on_side;
  for (auto& edge : edges) {
    if (edge.in_lane && edge.side == side) {
      on_side.push_back(&edge);
    }
  }
  std::stable_sort(on_side.begin(), on_side.end(), [](const FlowEdge* a, const FlowEdge* b) {
    return std::abs(a->to - a->from) < std::abs(b->to - b->from);
  });
  for (size_t lane = 0; lane < on_side.size(); ++lane) {
    on_side[lane]->lane = static_cast<int>(lane);
  }
}

// Picks the side of each exit that ends the procedure, once the lanes are
// known: its terminator sits in the row beside the decision, so no other
// line may meet the decision on that side.
void assign_end_sides(const model::Sop& sop, std::vector<FlowEdge>& edges)
{
  for (auto& edge : edges) {
    if (!edge.ends()) {
      continue;
    }
    const auto& step = *sop.find_step(edge.from);
    auto taken = [&](Side side) {
      return std::any_of(edges.begin(), edges.end(), [&](const FlowEdge& other) {
        bool leaves = &other != &edge && other.from == edge.from &&
                      (other.in_lane || (other.ends() && &other < &edge));
        bool enters = other.in_lane && other.to == edge.from;
        return (leaves || enters) && other.side == side;
      });
    };
    Side preferred = edge.kind == EdgeKind::ya ? Side::left : Side::right;
    Side other = preferred == Side::left ? Side::right : Side::left;
    // Beside the decision in the next column if a side is free there; else
    // in the decision's own column on a free side that has no next column
    // (end_column); else, crowded on every side, where its word prefers.
    if (column_beyond(sop, step, preferred) && !taken(preferred)) {
      edge.side = preferred;
    } else if (column_beyond(sop, step, other) && !taken(other)) {
      edge.side = other;
    } else if (!taken(preferred)) {
      edge.side = preferred;
    } else if (!taken(other)) {
      edge.side = other;
    } else {
      edge.side = preferred;
    }
  }
}

} // namespace

int end_column(const model::Sop& sop, const FlowEdge& edge)
{
  const auto& step = *sop.find_step(edge.from);
  int column = outermost(symbol_columns(sop, step), edge.side);
  if (!column_beyond(sop, step, edge.side)) {
    return column;
  }
  return edge.side == Side::left ? column - 1 : column + 1;
}

std::vector<FlowEdge> flow_edges(const model::Sop& sop)
{
  std::vector<FlowEdge> edges;
  for (size_t i = 0; i < sop.steps.size(); ++i) {
    const auto& step = sop.steps[i];
    if (!has_symbol(sop, step)) {
      continue;
    }
    int following = i + 1 < sop.steps.size() ? sop.steps[i + 1].number : 0;
    if (!step.decision) {
      // Its `next`, else the row below (nothing after the last row).
      int after = step.next ? *step.next : following;
      if (after == model::procedure_end && following) {
        // `next: end` before the last step: a terminator of its own beside it.
        edges.push_back({step.number, after, EdgeKind::next, false, Side::right, 0});
      } else if (after && after != model::procedure_end && drawable(sop, after)) {
        // `next: N` past the row below runs in a lane, as a Ya exit that jumps.
        edges.push_back({step.number, after, EdgeKind::next, after != following, Side::left, 0});
      }
      continue;
    }
    const auto& decision = *step.decision;
    bool ya_jumps = decision.yes != following;
    if (decision.yes == model::procedure_end) {
      edges.push_back({step.number, decision.yes, EdgeKind::ya, false, Side::left, 0});
    } else if (decision.yes && drawable(sop, decision.yes)) {
      // A Ya exit that jumps takes the left lanes; the right ones are Tidak's.
      edges.push_back({step.number, decision.yes, EdgeKind::ya, ya_jumps, Side::left, 0});
    }
    if (decision.no == model::procedure_end) {
      edges.push_back({step.number, decision.no, EdgeKind::tidak, false, Side::right, 0});
    } else if (decision.no && drawable(sop, decision.no)) {
      edges.push_back({step.number, decision.no, EdgeKind::tidak, true, Side::right, 0});
    }
  }
  assign_lanes(edges, Side::left);
  assign_lanes(edges, Side::right);
  assign_end_sides(sop, edges);
  return edges;
}

LaneCount count_lanes(const std::vector<FlowEdge>& edges)
{
  LaneCount count;
  for (const auto& edge : edges) {
    if (edge.in_lane) {
      auto& side = edge.side == Side::left ? count.left : count.right;
      side = std::max(side, edge.lane + 1);
    }
  }
  return count;
}

} // namespace sopctl::render
