#include <array>
#include <cstdio>
#include <yaml/yaml_writer.hpp>

namespace sopctl::yaml {

namespace {

bool equals_ignoring_case(std::string_view a, std::string_view b)
{
  if (a.size() != b.size()) {
    return false;
  }
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? a[i] - 'A' + 'a' : a[i];
    if (x != b[i]) {
      return false;
    }
  }
  return true;
}

// Words YAML 1.1 resolves to booleans or null (1.2 keeps only some of them);
// `y` and `n` included, as PyYAML's resolver documents them.
bool is_special_word(std::string_view text)
{
  static constexpr std::array words = {"y",
                                       "n",
                                       "yes",
                                       "no",
                                       "true",
                                       "false",
                                       "on",
                                       "off",
                                       "null",
                                       "~",
                                       ".inf",
                                       "-.inf",
                                       "+.inf",
                                       ".nan",
                                       "=",
                                       "<<"};
  for (auto word : words) {
    if (equals_ignoring_case(text, word)) {
      return true;
    }
  }
  return false;
}

// Text made only of what numbers, times and dates are made of (`0631`,
// `1_000`, `1:30`, `2020-09-01`, `2026-11-24T09:00:00+07:00`, `1e3`, `0x1F`)
// could be read as one of them by some reader: quote it.
bool looks_numeric(std::string_view text)
{
  char first = text[0];
  bool starts_like_number =
    (first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.';
  if (!starts_like_number) {
    return false;
  }
  for (char c : text) {
    bool numeric_char = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
                        (c >= 'A' && c <= 'F') || c == 'x' || c == 'X' || c == 'o' || c == 'O' ||
                        c == 't' || c == 'T' || c == 'z' || c == 'Z' || c == '.' || c == '_' ||
                        c == ':' || c == '+' || c == '-' || c == ' ';
    if (!numeric_char) {
      return false;
    }
  }
  return true;
}

bool is_control(char c)
{
  auto u = static_cast<unsigned char>(c);
  return u < 0x20 || u == 0x7F;
}

bool is_multiline_block_safe(std::string_view text)
{
  // A literal block keeps every character but control characters other than
  // newlines; a leading space on the first line would need an indentation
  // indicator, and lines of only spaces would be ambiguous.
  if (text.empty() || text[0] == ' ' || text[0] == '\n') {
    return false;
  }
  size_t line_start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      auto line = text.substr(line_start, i - line_start);
      if (!line.empty() && line.find_first_not_of(' ') == std::string_view::npos) {
        return false;
      }
      line_start = i + 1;
    } else if (is_control(text[i]) && text[i] != '\t') {
      return false;
    }
  }
  return true;
}

std::string double_quoted(std::string_view text)
{
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (is_control(c)) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\x%02X", c & 0xFF);
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

} // namespace

bool needs_quotes(std::string_view text)
{
  if (text.empty() || text.front() == ' ' || text.back() == ' ' || text.front() == '\t' ||
      text.back() == '\t') {
    return true;
  }
  static constexpr std::string_view indicators = "-?:,[]{}#&*!|>'\"%@`";
  if (indicators.find(text.front()) != std::string_view::npos) {
    return true;
  }
  if (text.find(": ") != std::string_view::npos || text.find(" #") != std::string_view::npos ||
      text.back() == ':' || text.find('\t') != std::string_view::npos) {
    return true;
  }
  for (char c : text) {
    if (is_control(c)) {
      return true;
    }
  }
  return is_special_word(text) || looks_numeric(text);
}

std::string yaml_scalar(std::string_view text)
{
  return needs_quotes(text) ? double_quoted(text) : std::string(text);
}

void YamlWriter::indent_to(int indent)
{
  if (after_item_) {
    after_item_ = false;
    return;
  }
  out_.append(indent, ' ');
}

void YamlWriter::value(int indent, std::string_view text)
{
  bool multiline = text.find('\n') != std::string_view::npos;
  if (!multiline || !is_multiline_block_safe(text)) {
    out_ += ' ';
    out_ += yaml_scalar(text);
    out_ += '\n';
    return;
  }
  // Chomping: `|` keeps one final newline, `|-` none, `|+` all of them.
  size_t trailing = text.size() - text.find_last_not_of('\n') - 1;
  out_ += trailing == 0 ? " |-\n" : trailing == 1 ? " |\n" : " |+\n";
  auto body = text.substr(0, text.size() - trailing);
  size_t line_start = 0;
  for (size_t i = 0; i <= body.size(); ++i) {
    if (i == body.size() || body[i] == '\n') {
      auto line = body.substr(line_start, i - line_start);
      if (!line.empty()) {
        out_.append(indent + 2, ' ');
        out_ += line;
      }
      out_ += '\n';
      line_start = i + 1;
    }
  }
  for (size_t i = 1; i < trailing; ++i) {
    out_ += '\n';
  }
}

void YamlWriter::text(int indent, std::string_view key, std::string_view text)
{
  indent_to(indent);
  out_ += key;
  out_ += ':';
  value(indent, text);
}

void YamlWriter::number(int indent, std::string_view key, int number)
{
  indent_to(indent);
  out_ += key;
  out_ += ": ";
  out_ += std::to_string(number);
  out_ += '\n';
}

void YamlWriter::open(int indent, std::string_view key)
{
  indent_to(indent);
  out_ += key;
  out_ += ":\n";
}

void YamlWriter::list(int indent, std::string_view key, const std::vector<std::string>& items)
{
  indent_to(indent);
  out_ += key;
  if (items.empty()) {
    out_ += ": []\n";
    return;
  }
  out_ += ":\n";
  for (const auto& entry : items) {
    out_.append(indent + 2, ' ');
    out_ += '-';
    value(indent + 2, entry);
  }
}

void YamlWriter::flow_list(int indent, std::string_view key, const std::vector<std::string>& items)
{
  indent_to(indent);
  out_ += key;
  out_ += ": [";
  for (size_t i = 0; i < items.size(); ++i) {
    out_ += i ? ", " : "";
    // Inside [...] a comma or bracket would end the item: quote those too.
    bool flow_safe = items[i].find_first_of(",[]{}") == std::string::npos;
    out_ += flow_safe && !needs_quotes(items[i]) ? items[i] : double_quoted(items[i]);
  }
  out_ += "]\n";
}

void YamlWriter::item(int indent)
{
  indent_to(indent);
  out_ += "- ";
  after_item_ = true;
}

} // namespace sopctl::yaml
