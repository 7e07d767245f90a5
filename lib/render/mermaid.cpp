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
  for (size_t p = 0; p < sop.performers.size(); ++p) {
    const auto& performer = sop.performers[p];
    // Ids are generated: a performer key such as `end` would break Mermaid.
    chart += fmt::format("  subgraph p{}[\"{}\"]\n", p + 1, mermaid_escape(performer.name));
    for (size_t i = 0; i < sop.steps.size(); ++i) {
      const auto& step = sop.steps[i];
      if (!step.performers.empty() && step.performers.front() == performer.key) {
        chart += "    " + node(sop, i) + "\n";
      }
    }
    chart += "  end\n";
  }
  for (size_t i = 0; i < sop.steps.size(); ++i) {
    if (!has_symbol(sop, sop.steps[i])) {
      chart += "  " + node(sop, i) + "\n";
    }
  }
  for (const auto& edge : flow_edges(sop)) {
    const auto* from = sop.find_step(edge.from);
    std::string arrow = " --> ";
    if (edge.kind != EdgeKind::next) {
      auto exit = edge.kind == EdgeKind::ya ? model::Exit::ya : model::Exit::tidak;
      arrow = " -->|" + mermaid_escape(from->decision->label(exit)) + "| ";
    }
    chart += fmt::format("  s{}{}s{}\n", edge.from, arrow, edge.to);
  }
  // An exit that ends the procedure leads to a terminator of its own.
  for (const auto& step : sop.steps) {
    if (!step.decision || !has_symbol(sop, step)) {
      continue;
    }
    for (auto exit : {model::Exit::ya, model::Exit::tidak}) {
      if (step.decision->target(exit) == model::procedure_end) {
        chart += fmt::format("  s{} -->|{}| e{}{}([\"Selesai\"])\n",
                             step.number,
                             mermaid_escape(step.decision->label(exit)),
                             step.number,
                             exit == model::Exit::ya ? "y" : "t");
      }
    }
  }
  return chart;
}

} // namespace sopctl::render
