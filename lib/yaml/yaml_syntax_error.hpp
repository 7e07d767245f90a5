#pragma once

#include <model/diagnostics.hpp>
#include <string>
#include <string_view>
#include <yaml/yaml_node.hpp>

namespace sopctl::yaml {

// Why and where libyaml's parser stopped on a malformed text: its problem
// and the construct it was reading (its context), both 1-based.
struct SyntaxError
{
  std::string problem;
  std::string context;
  model::Position problem_at;
  model::Position context_at;
  size_t context_offset = 0;
  // The list or mapping being read when it stopped; missing at the top.
  NodeKind inside = NodeKind::missing;
  // When libyaml's reader refused a character (it gives an offset, not a
  // line): the character's byte offset and value.
  bool in_reader = false;
  size_t reader_offset = 0;
  int reader_value = -1;
};

// Reports `error` in sopctl's words: an unclosed quote as such, the
// common structural errors in the words sopctl has always used (yaml-cpp's:
// "illegal map value", "end of map not found"), anything else in libyaml's;
// and, when a quote opened on an earlier line does not close on its line,
// points back at it.
void report_syntax_error(const SyntaxError& error,
                         std::string_view text,
                         model::Diagnostics& diagnostics);

} // namespace sopctl::yaml
