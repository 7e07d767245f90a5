#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sopctl::yaml {

// Reading the simple line-per-key YAML that sopctl writes, without a YAML
// parser: what yaml::scan_draft is built on. Anything outside the subset
// is reported as such, for the caller to hand to the full loader.

// One line of the subset.
struct Line
{
  int indent = 0;
  bool item = false;    // starts with "- "
  std::string_view key; // empty for a blank or comment line; "-" for `- value`
  std::string_view raw_value;
  int number = 0; // 1-based line number
};

// Splits `text` at `pos` into the next line; false at the end.
bool next_line(std::string_view text, size_t& pos, std::string_view& line);

// Parses `[spaces][- ]key:[ value]` or `[spaces]- value`; false for any
// other shape.
bool parse_line(std::string_view text, Line& line);

// The value of a one-line scalar as YAML reads it, or nullopt
// when it is not one the subset is sure about.
std::optional<std::string> scalar(std::string_view raw);

// Whether a value opens a literal block (`|`, `|-`, `|+`).
bool is_block_indicator(std::string_view raw);

} // namespace sopctl::yaml
