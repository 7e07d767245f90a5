#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <optional>
#include <yaml/yaml_syntax_error.hpp>

namespace sopctl::yaml {

namespace {

// Whether the quote at `open` has its partner later in `text`.
bool quote_is_closed(std::string_view text, size_t open)
{
  char quote = text[open];
  for (size_t pos = open + 1; pos < text.size(); ++pos) {
    if (quote == '"' && text[pos] == '\\') {
      ++pos;
    } else if (text[pos] == quote) {
      if (quote == '\'' && pos + 1 < text.size() && text[pos + 1] == '\'') {
        ++pos; // '' is an escaped single quote
        continue;
      }
      return true;
    }
  }
  return false;
}

// The first value on lines 1..`last_line` that opens a double quote without
// closing it on the same line (`key: "text` or `- "text`), if any.
std::optional<model::Position> open_quote_before(std::string_view text, int last_line)
{
  int line = 1;
  size_t start = 0;
  while (start < text.size() && line <= last_line) {
    auto end = text.find('\n', start);
    auto content = text.substr(start, end == std::string_view::npos ? end : end - start);
    size_t open = std::string_view::npos;
    if (auto colon = content.find(": \""); colon != std::string_view::npos) {
      open = colon + 2;
    } else if (auto dash = content.find_first_not_of(' ');
               dash != std::string_view::npos && content.substr(dash).starts_with("- \"")) {
      open = dash + 2;
    }
    if (open != std::string_view::npos && !quote_is_closed(content, open)) {
      // Columns count characters, as every other position does, not bytes.
      int column = 1;
      for (size_t i = 0; i < open; ++i) {
        column += (static_cast<unsigned char>(content[i]) & 0xC0) != 0x80;
      }
      return model::Position{line, column};
    }
    if (end == std::string_view::npos) {
      break;
    }
    start = end + 1;
    ++line;
  }
  return std::nullopt;
}

// libyaml's account of the structural errors in the words sopctl has given
// since it read files with yaml-cpp (tests and users' scripts know them);
// empty for the others.
// (In the user's language: tr() of these ids.)
std::string_view established_words(const SyntaxError& error)
{
  if (error.problem == "mapping values are not allowed in this context") {
    return tr("illegal map value");
  }
  if (error.context == "while parsing a block mapping") {
    return tr("end of map not found");
  }
  if (error.context == "while parsing a block collection") {
    return tr("end of sequence not found");
  }
  // `[a,` ending the file: libyaml was reading the node after the comma.
  bool in_flow_node = error.context == "while parsing a flow node";
  if (error.context == "while parsing a flow sequence" ||
      (in_flow_node && error.inside == NodeKind::sequence)) {
    return tr("end of sequence flow not found");
  }
  if (error.context == "while parsing a flow mapping" ||
      (in_flow_node && error.inside == NodeKind::map)) {
    return tr("end of map flow not found");
  }
  return {};
}

// The 1-based line and column of byte `offset` of `text`.
model::Position position_at(std::string_view text, size_t offset)
{
  model::Position where{1, 1};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++where.line;
      where.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

} // namespace

void report_syntax_error(const SyntaxError& error,
                         std::string_view text,
                         model::Diagnostics& diagnostics)
{
  if (error.in_reader) {
    // Characters YAML does not allow beyond the C0 controls parse_yaml
    // refuses itself, such as the C1 controls U+0080 to U+009F.
    auto where = position_at(text, error.reader_offset);
    if (error.problem == "control characters are not allowed" && error.reader_value >= 0) {
      diagnostics.add(
        where, trf("the file holds the control character U+{:04X}; remove it", error.reader_value));
    } else {
      diagnostics.add(where, trf("invalid YAML: {}", error.problem));
    }
    return;
  }
  if (error.context == "while scanning a quoted scalar" &&
      error.problem == "found unexpected end of stream" && error.context_offset < text.size()) {
    char quote = text[error.context_offset];
    diagnostics.add(error.context_at,
                    trf("unclosed quote: this string has no closing "
                        "{0}; add a {0} where the text ends",
                        quote));
    return;
  }
  // libyaml's own words (context: problem) stay as libyaml wrote them.
  auto words = std::string(established_words(error));
  if (words.empty()) {
    words =
      error.context.empty() ? error.problem : fmt::format("{}: {}", error.context, error.problem);
  }
  // A forgotten closing quote shows where the confusion does, often lines
  // later; point back at the quote too.
  auto quote = open_quote_before(text, error.problem_at.line);
  diagnostics.add(error.problem_at,
                  quote ? trf("invalid YAML: {} (if the quote opened at line {}:{} should end "
                              "on its line, its closing quote is missing)",
                              words,
                              quote->line,
                              quote->column)
                        : trf("invalid YAML: {}", words));
}

} // namespace sopctl::yaml
