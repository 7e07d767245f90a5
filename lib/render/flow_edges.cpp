#include <algorithm>
#include <render/flow_edges.hpp>

namespace sopctl::render {

bool has_symbol(const model::Sop& sop, const model::Step& step)
{
  return !step.performers.empty() && sop.find_performer(step.performers.front()) != nullptr;
}

namespace {

bool drawable(const model::Sop& sop, int number)
{
  const auto* step = sop.find_step(number);
  return step && has_symbol(sop, *step);
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

} // namespace

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
      if (following && drawable(sop, following)) {
        edges.push_back({step.number, following, EdgeKind::next, false, Side::right, 0});
      }
      continue;
    }
    const auto& decision = *step.decision;
    bool ya_jumps = decision.yes != following;
    if (decision.yes && drawable(sop, decision.yes)) {
      // A Ya exit that jumps takes the left lanes; the right ones are Tidak's.
      edges.push_back({step.number, decision.yes, EdgeKind::ya, ya_jumps, Side::left, 0});
    }
    if (decision.no && drawable(sop, decision.no)) {
      edges.push_back({step.number, decision.no, EdgeKind::tidak, true, Side::right, 0});
    }
  }
  assign_lanes(edges, Side::left);
  assign_lanes(edges, Side::right);
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
