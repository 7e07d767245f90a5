#include <fmt/format.h>
#include <map>
#include <model/errors.hpp>
#include <yaml/utf8.hpp>
#include <yaml/yaml_events.hpp>
#include <yaml/yaml_source.hpp>

namespace sopctl::yaml {

model::Position position_of(const YAML::Node& node)
{
  auto mark = node.Mark();
  if (mark.is_null()) {
    return {};
  }
  return {mark.line + 1, mark.column + 1};
}

namespace {

// The first C0 control character (or DEL) other than tab, CR and LF.
std::optional<std::pair<model::Position, unsigned>> find_control_character(std::string_view text)
{
  int line = 1;
  int column = 1;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\t' && c != '\n' && c != '\r') || byte == 0x7F) {
      return std::pair{model::Position{line, column}, unsigned{byte}};
    }
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((byte & 0xC0) != 0x80) {
      ++column;
    }
  }
  return std::nullopt;
}

// Reports each `<<<<<<<` a merge left in the file, with the explanation
// sopctl's merge driver wrote under it (`# sopctl: ...`); true if any.
bool report_conflict_markers(std::string_view text, Diagnostics& diagnostics)
{
  bool found = false;
  int line_number = 1;
  size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    auto line = text.substr(start, end == std::string_view::npos ? end : end - start);
    if (line.starts_with("<<<<<<<")) {
      found = true;
      std::string why;
      if (end != std::string_view::npos) {
        auto next_end = text.find('\n', end + 1);
        auto next =
          text.substr(end + 1, next_end == std::string_view::npos ? next_end : next_end - end - 1);
        if (next.starts_with("# sopctl: ")) {
          why = std::string(next.substr(10)) + "; ";
        }
      }
      diagnostics.add({line_number, 1},
                      fmt::format("unresolved merge conflict: {}keep the lines of one side "
                                  "(ours above =======, theirs below), delete the <<<<<<<, "
                                  "======= and >>>>>>> lines, then run sopctl check",
                                  why));
    }
    if (end == std::string_view::npos) {
      break;
    }
    start = end + 1;
    ++line_number;
  }
  return found;
}

bool is_blank(std::string_view text)
{
  bool in_comment = false;
  for (char c : text) {
    if (c == '\n') {
      in_comment = false;
    } else if (c == '#') {
      in_comment = true;
    } else if (!in_comment && c != ' ' && c != '\t' && c != '\r') {
      return false;
    }
  }
  return true;
}

// yaml-cpp reads `"abc` up to the end of the file as a string (0.7.0), so a
// forgotten closing quote would swallow the rest of the file silently. Scan
// from the opening quote for its partner.
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

void check_scalar(const YAML::Node& node, std::string_view text, Diagnostics& diagnostics)
{
  auto mark = node.Mark();
  if (mark.is_null() || mark.pos < 0 || static_cast<size_t>(mark.pos) >= text.size()) {
    return;
  }
  // The node starts at its anchor or tag when it has one (`&a "x`, `!!str
  // "x`): the quote comes after them.
  size_t pos = static_cast<size_t>(mark.pos);
  while (pos < text.size() && (text[pos] == '&' || text[pos] == '!')) {
    pos = text.find_first_of(" \t\n", pos);
    pos = pos == std::string_view::npos ? text.size() : text.find_first_not_of(" \t", pos);
    if (pos == std::string_view::npos) {
      return;
    }
  }
  if (pos >= text.size()) {
    return;
  }
  char first = text[pos];
  if ((first == '"' || first == '\'') && !quote_is_closed(text, pos)) {
    diagnostics.add(position_of(node),
                    fmt::format("unclosed quote: this string has no closing "
                                "{0}; add a {0} where the text ends",
                                first));
  }
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
      return model::Position{line, static_cast<int>(open) + 1};
    }
    if (end == std::string_view::npos) {
      break;
    }
    start = end + 1;
    ++line;
  }
  return std::nullopt;
}

std::string key_text(const YAML::Node& key)
{
  return key.IsScalar() ? key.Scalar() : std::string("<complex key>");
}

void check_node(const YAML::Node& node, std::string_view text, Diagnostics& diagnostics)
{
  if (node.IsScalar()) {
    check_scalar(node, text, diagnostics);
  } else if (node.IsSequence()) {
    for (const auto& item : node) {
      check_node(item, text, diagnostics);
    }
  } else if (node.IsMap()) {
    std::map<std::string, model::Position> seen;
    for (const auto& entry : node) {
      check_node(entry.first, text, diagnostics);
      auto key = key_text(entry.first);
      auto where = position_of(entry.first);
      auto [first, inserted] = seen.emplace(key, where);
      if (!inserted) {
        diagnostics.add(where,
                        fmt::format("duplicate key \"{}\" (first at line "
                                    "{}:{}); keep only one of them",
                                    key,
                                    first->second.line,
                                    first->second.column));
      }
      check_node(entry.second, text, diagnostics);
    }
  }
}

} // namespace

std::optional<YAML::Node> parse_yaml(std::string_view text, Diagnostics& diagnostics)
{
  // YAML allows no C0 control characters but tab and line breaks (YAML 1.2,
  // 5.1); yaml-cpp reads a NUL as something else entirely.
  if (auto bad = find_control_character(text)) {
    diagnostics.add(
      bad->first,
      fmt::format("the file holds the control character U+{:04X}; remove it", bad->second));
    return std::nullopt;
  }
  if (auto bad = find_invalid_utf8(text)) {
    diagnostics.add(*bad, "the file is not UTF-8 text; save it with UTF-8 encoding");
    return std::nullopt;
  }
  if (report_conflict_markers(text, diagnostics)) {
    return std::nullopt;
  }
  if (is_blank(text)) {
    diagnostics.add({},
                    "the file is empty; an SOP file needs at least name, "
                    "performers and steps");
    return std::nullopt;
  }
  model::Diagnostic syntax_error;
  auto checked = check_yaml_events(text, diagnostics, syntax_error);
  if (checked == EventCheck::refused) {
    return std::nullopt;
  }
  std::vector<YAML::Node> documents;
  try {
    if (checked == EventCheck::malformed) {
      // Only a well-formed text reaches LoadAll (it never ends on some
      // malformed ones). Load, which reads one document, ends on every
      // text and words its errors as sopctl always has; should it accept
      // what libyaml refused, libyaml's account is given.
      auto node = YAML::Load(std::string(text));
      size_t found = diagnostics.list().size();
      check_node(node, text, diagnostics); // names an unclosed quote, say
      if (diagnostics.list().size() == found) {
        diagnostics.add(syntax_error.where, syntax_error.message);
      }
      return std::nullopt;
    }
    documents = YAML::LoadAll(std::string(text));
  } catch (const YAML::Exception& e) {
    auto message = fmt::format("invalid YAML: {}", e.msg);
    // yaml-cpp reports a forgotten closing quote where the confusion shows,
    // often lines later; point back at the quote too.
    if (auto quote = open_quote_before(text, e.mark.line + 1)) {
      message += fmt::format(" (if the quote opened at line {}:{} should end on its line, "
                             "its closing quote is missing)",
                             quote->line,
                             quote->column);
    }
    diagnostics.add({e.mark.line + 1, e.mark.column + 1}, message);
    return std::nullopt;
  }
  if (documents.size() != 1) {
    diagnostics.add(documents.size() > 1 ? position_of(documents[1]) : model::Position{},
                    "the file holds more than one YAML document (---); keep "
                    "one SOP per file");
    return std::nullopt;
  }
  size_t before = diagnostics.list().size();
  check_node(documents[0], text, diagnostics);
  if (diagnostics.list().size() != before) {
    return std::nullopt;
  }
  return documents[0];
}

} // namespace sopctl::yaml
