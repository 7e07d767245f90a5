#include <yaml/yaml_lines.hpp>

namespace sopctl::yaml {

namespace {

bool is_key_char(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
}

} // namespace

// Splits `text` at `pos` into the next line; false at the end.
bool next_line(std::string_view text, size_t& pos, std::string_view& line)
{
  if (pos >= text.size()) {
    return false;
  }
  auto end = text.find('\n', pos);
  if (end == std::string_view::npos) {
    end = text.size();
  }
  line = text.substr(pos, end - pos);
  pos = end + 1;
  return true;
}

// Parses `[spaces][- ]key:[ value]` or `[spaces]- value`; false for any
// other shape.
bool parse_line(std::string_view text, Line& line)
{
  size_t pos = 0;
  while (pos < text.size() && text[pos] == ' ') {
    ++pos;
  }
  line.key = {};
  line.raw_value = {};
  if (pos == text.size() || text[pos] == '#') {
    return true; // blank or comment
  }
  line.indent = static_cast<int>(pos);
  line.item = false;
  if (text.substr(pos).starts_with("- ") || text.substr(pos) == "-") {
    line.item = true;
    pos = std::min(pos + 2, text.size());
  }
  size_t key_start = pos;
  while (pos < text.size() && is_key_char(text[pos])) {
    ++pos;
  }
  bool has_key = pos > key_start && pos < text.size() && text[pos] == ':' &&
                 (pos + 1 == text.size() || text[pos + 1] == ' ');
  if (!has_key) {
    if (!line.item) {
      return false;
    }
    line.key = "-"; // a list item holding a scalar
    line.raw_value = text.substr(key_start);
    auto first = line.raw_value.find_first_not_of(' ');
    line.raw_value =
      first == std::string_view::npos ? std::string_view{} : line.raw_value.substr(first);
    return true;
  }
  line.key = text.substr(key_start, pos - key_start);
  // Spaces after the colon are not part of the value, as in YAML.
  auto value = pos + 1 < text.size() ? text.substr(pos + 2) : std::string_view{};
  auto first = value.find_first_not_of(' ');
  line.raw_value = first == std::string_view::npos ? std::string_view{} : value.substr(first);
  return true;
}

// The value of a one-line scalar as YAML reads it, or nullopt
// when it is not one the scan is sure about.
std::optional<std::string> scalar(std::string_view raw)
{
  if (raw.empty()) {
    return std::string();
  }
  if (raw.front() == '"') {
    std::string out;
    for (size_t i = 1; i < raw.size(); ++i) {
      char c = raw[i];
      if (c == '"') {
        // Only a comment may follow the closing quote; keep it simple.
        return i + 1 == raw.size() ? std::optional(out) : std::nullopt;
      }
      if (c != '\\') {
        out += c;
        continue;
      }
      if (++i == raw.size()) {
        return std::nullopt;
      }
      switch (raw[i]) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        default:
          return std::nullopt;
      }
    }
    return std::nullopt; // unclosed
  }
  static constexpr std::string_view unsure_starts = "'|>[]{}&*!%@`#?,-";
  if (unsure_starts.find(raw.front()) != std::string_view::npos ||
      raw.find(" #") != std::string_view::npos || raw.back() == ' ' ||
      raw.find('\t') != std::string_view::npos || raw.find(": ") != std::string_view::npos) {
    return std::nullopt;
  }
  if (raw == "~" || raw == "null" || raw == "Null" || raw == "NULL") {
    return std::string();
  }
  return std::string(raw);
}

bool is_block_indicator(std::string_view raw)
{
  return raw == "|" || raw == "|-" || raw == "|+";
}

} // namespace sopctl::yaml
