#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <render/escape.hpp>
#include <render/flow_edges.hpp>
#include <render/mermaid.hpp>

namespace sopctl::render {

namespace {

constexpr size_t label_chars = 60;

bool is_continuation_byte(char c)
{
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The node of step `index` with id `id`: its shape and its label.
std::string node(const model::Sop& sop, size_t index, const std::string& id)
{
  const auto& step = sop.steps[index];
  auto label =
    mermaid_escape(fmt::format("{}. {}", step.number, shorten(step.activity, label_chars)));
  if (step.decision) {
    return fmt::format("{}{{\"{}\"}}", id, label);
  }
  if (index == 0) {
    return fmt::format("{}([\"Mulai<br/>{}\"])", id, label);
  }
  if (index + 1 == sop.steps.size()) {
    return fmt::format("{}([\"Selesai<br/>{}\"])", id, label);
  }
  return fmt::format("{}[\"{}\"]", id, label);
}

// Of a step's lanes, the outermost on `side`; -1 when it has none.
int outermost(const std::vector<int>& lanes, Side side)
{
  if (lanes.empty()) {
    return -1;
  }
  return side == Side::left ? *std::min_element(lanes.begin(), lanes.end())
                            : *std::max_element(lanes.begin(), lanes.end());
}

} // namespace

std::string shorten(std::string_view text, size_t max_chars)
{
  size_t chars = 0;
  size_t at = 0;
  for (; at < text.size(); ++at) {
    if (!is_continuation_byte(text[at]) && chars++ == max_chars) {
      break;
    }
  }
  if (at >= text.size()) {
    return std::string(text);
  }
  auto space = text.rfind(' ', at);
  if (space != std::string_view::npos && space > at / 2) {
    at = space;
  }
  return std::string(text.substr(0, at)) + "…";
}

std::string mermaid_flowchart(const model::Sop& sop)
{
  std::string chart = "flowchart TD\n";
  // A step done by several performers together has a node in each of their
  // lanes, joined by an undirected link, as the drawn chart has a symbol in
  // each column joined by a line. The node in its first performer's lane
  // keeps the id `s<number>`; the others are `s<number>p<lane>` (lane -1:
  // the first).
  std::vector<std::vector<int>> lanes_of;
  std::map<int, size_t> index_of; // step number -> index
  for (size_t i = 0; i < sop.steps.size(); ++i) {
    lanes_of.push_back(symbol_columns(sop, sop.steps[i]));
    index_of[sop.steps[i].number] = i;
  }
  auto id = [&](int number, int lane) {
    const auto& lanes = lanes_of[index_of.at(number)];
    return lanes.empty() || lane < 0 || lanes.front() == lane
             ? fmt::format("s{}", number)
             : fmt::format("s{}p{}", number, lane + 1);
  };
  for (size_t p = 0; p < sop.performers.size(); ++p) {
    const auto& performer = sop.performers[p];
    // Ids are generated: a performer key such as `end` would break Mermaid.
    chart += fmt::format("  subgraph p{}[\"{}\"]\n", p + 1, mermaid_escape(performer.name));
    for (size_t i = 0; i < sop.steps.size(); ++i) {
      const auto& lanes = lanes_of[i];
      if (std::find(lanes.begin(), lanes.end(), static_cast<int>(p)) != lanes.end()) {
        chart += "    " + node(sop, i, id(sop.steps[i].number, static_cast<int>(p))) + "\n";
      }
    }
    chart += "  end\n";
  }
  for (size_t i = 0; i < sop.steps.size(); ++i) {
    if (lanes_of[i].empty()) {
      chart += "  " + node(sop, i, id(sop.steps[i].number, -1)) + "\n";
    }
  }
  for (size_t i = 0; i < sop.steps.size(); ++i) {
    // Left to right, as the drawn chart's joining line runs.
    auto lanes = lanes_of[i];
    std::sort(lanes.begin(), lanes.end());
    for (size_t k = 1; k < lanes.size(); ++k) {
      chart += fmt::format(
        "  {} --- {}\n", id(sop.steps[i].number, lanes[k - 1]), id(sop.steps[i].number, lanes[k]));
    }
  }
  auto edges = flow_edges(sop);
  for (const auto& edge : edges) {
    if (edge.ends()) {
      continue;
    }
    const auto* from = sop.find_step(edge.from);
    const auto* to = sop.find_step(edge.to);
    std::string arrow = " --> ";
    if (edge.kind != EdgeKind::next) {
      arrow = " -->|" + mermaid_escape(from->decision->label(exit_of(edge.kind))) + "| ";
    }
    // At the nodes the drawn chart's arrow joins: the two nearest each
    // other, or for an arrow in a lane the outermost on its side.
    std::pair<int, int> ends{-1, -1};
    if (edge.in_lane) {
      ends = {outermost(lanes_of[index_of.at(edge.from)], edge.side),
              outermost(lanes_of[index_of.at(edge.to)], edge.side)};
    } else if (has_symbol(sop, *from) && has_symbol(sop, *to)) {
      ends = nearest_columns(sop, *from, *to);
    }
    auto [out, in] = ends;
    chart += fmt::format("  {}{}{}\n", id(edge.from, out), arrow, id(edge.to, in));
  }
  // An exit (or a step's `next`) that ends the procedure leads to a
  // terminator of its own, from the node on the side it leaves by.
  for (const auto& edge : edges) {
    if (!edge.ends()) {
      continue;
    }
    int lane = outermost(lanes_of[index_of.at(edge.from)], edge.side);
    if (edge.kind == EdgeKind::next) {
      // A step's `next: end`: no word on the arrow.
      chart += fmt::format("  {} --> e{}n([\"Selesai\"])\n", id(edge.from, lane), edge.from);
    } else {
      chart +=
        fmt::format("  {} -->|{}| e{}{}([\"Selesai\"])\n",
                    id(edge.from, lane),
                    mermaid_escape(sop.find_step(edge.from)->decision->label(exit_of(edge.kind))),
                    edge.from,
                    edge.kind == EdgeKind::ya ? "y" : "t");
    }
  }
  return chart;
}

} // namespace sopctl::render
