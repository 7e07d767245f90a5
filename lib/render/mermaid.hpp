#pragma once

#include <model/sop.hpp>
#include <string>
#include <string_view>

namespace sopctl::render {

// `sop`'s flowchart as a Mermaid `flowchart TD`: one subgraph (lane) per
// performer holding its steps, the first and last step as stadiums with
// Mulai and Selesai, decisions as diamonds, edges labelled Ya and Tidak. A
// step done by several performers has a node in each one's lane, joined by
// undirected links; its arrows attach where lay_out_flowchart's do.
// Every label is escaped with mermaid_escape.
std::string mermaid_flowchart(const model::Sop& sop);

// The first `max_chars` characters of `text`, cut at a space where one is
// near, with "…" when anything was left out.
std::string shorten(std::string_view text, size_t max_chars);

} // namespace sopctl::render
