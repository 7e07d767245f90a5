#include <fmt/format.h>
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

std::string node(const model::Sop& sop, size_t index)
{
  const auto& step = sop.steps[index];
  auto label =
    mermaid_escape(fmt::format("{}. {}", step.number, shorten(step.activity, label_chars)));
  auto id = fmt::format("s{}", step.number);
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
  // A step done by several performers together is drawn once, in its first
  // performer's lane; the table says who does it.
  std::vector<int> lane_of;
  for (const auto& step : sop.steps) {
    auto columns = symbol_columns(sop, step);
    lane_of.push_back(columns.empty() ? -1 : columns.front());
  }
  for (size_t p = 0; p < sop.performers.size(); ++p) {
    const auto& performer = sop.performers[p];
    // Ids are generated: a performer key such as `end` would break Mermaid.
    chart += fmt::format("  subgraph p{}[\"{}\"]\n", p + 1, mermaid_escape(performer.name));
    for (size_t i = 0; i < sop.steps.size(); ++i) {
      if (lane_of[i] == static_cast<int>(p)) {
        chart += "    " + node(sop, i) + "\n";
      }
    }
    chart += "  end\n";
  }
  for (size_t i = 0; i < sop.steps.size(); ++i) {
    if (lane_of[i] < 0) {
      chart += "  " + node(sop, i) + "\n";
    }
  }
  auto edges = flow_edges(sop);
  for (const auto& edge : edges) {
    if (edge.ends()) {
      continue;
    }
    const auto* from = sop.find_step(edge.from);
    std::string arrow = " --> ";
    if (edge.kind != EdgeKind::next) {
      arrow = " -->|" + mermaid_escape(from->decision->label(exit_of(edge.kind))) + "| ";
    }
    chart += fmt::format("  s{}{}s{}\n", edge.from, arrow, edge.to);
  }
  // An exit (or a step's `next`) that ends the procedure leads to a
  // terminator of its own.
  for (const auto& edge : edges) {
    if (edge.ends() && edge.kind == EdgeKind::next) {
      // A step's `next: end`: no word on the arrow.
      chart += fmt::format("  s{} --> e{}n([\"Selesai\"])\n", edge.from, edge.from);
    } else if (edge.ends()) {
      chart +=
        fmt::format("  s{} -->|{}| e{}{}([\"Selesai\"])\n",
                    edge.from,
                    mermaid_escape(sop.find_step(edge.from)->decision->label(exit_of(edge.kind))),
                    edge.from,
                    edge.kind == EdgeKind::ya ? "y" : "t");
    }
  }
  return chart;
}

} // namespace sopctl::render
