#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sopctl::yaml {

// Whether a one-line string must be quoted so that every YAML reader (1.1 and
// 1.2 alike) reads it back as that same string: empty text, numbers, dates,
// booleans such as `yes`, nulls, leading zeros such as `0631`, indicators.
bool needs_quotes(std::string_view text);

// A one-line string as a YAML scalar: plain when safe, else double-quoted.
std::string yaml_scalar(std::string_view text);

// Appends YAML text with a fixed, diff-friendly layout: two-space indents,
// keys in the order written, multi-line text as literal blocks (`|`).
class YamlWriter
{
public:
  // `key: value` at `indent` spaces.
  void text(int indent, std::string_view key, std::string_view value);
  // `key: 7`.
  void number(int indent, std::string_view key, int value);
  // `key:` opening a nested mapping or list.
  void open(int indent, std::string_view key);
  // `key: [a, b]`: a short list on one line (a step's performers).
  void flow_list(int indent, std::string_view key, const std::vector<std::string>& items);
  // `key: []` or a block list of one-line or multi-line strings.
  void list(int indent, std::string_view key, const std::vector<std::string>& items);
  // `- ` starting a list item at `indent`; the next key goes on the same line.
  void item(int indent);
  // Raw text, as given.
  void raw(std::string_view text) { out_ += text; }

  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

private:
  void indent_to(int indent);
  void value(int indent, std::string_view value);

  std::string out_;
  bool after_item_ = false; // the line already holds `- `
};

} // namespace sopctl::yaml
