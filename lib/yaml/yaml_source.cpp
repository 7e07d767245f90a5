#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <yaml/utf8.hpp>
#include <yaml/yaml_events.hpp>
#include <yaml/yaml_source.hpp>

namespace sopctl::yaml {

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
          why = next.substr(10);
        }
      }
      // The explanation is the merge driver's, as written in the file.
      diagnostics.add({line_number, 1},
                      why.empty()
                        ? std::string(tr("unresolved merge conflict: keep the lines of one side "
                                         "(ours above =======, theirs below), delete the "
                                         "<<<<<<<, ======= and >>>>>>> lines, then run sopctl "
                                         "check"))
                        : trf("unresolved merge conflict: {}; keep the lines of one side "
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

// True when every byte is printable ASCII, a tab or a line break, as in
// most files: such a text holds no control character and is UTF-8, and the
// checks that find the position of a bad byte need not run.
bool is_printable_ascii(std::string_view text)
{
  bool printable = true;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    printable &= (byte >= 0x20 && byte < 0x7F) || c == '\t' || c == '\n' || c == '\r';
  }
  return printable;
}

} // namespace

std::optional<Node> parse_yaml(std::string_view text, Diagnostics& diagnostics)
{
  // YAML allows no C0 control characters but tab and line breaks (YAML 1.2,
  // 5.1); yaml-cpp reads a NUL as something else entirely.
  bool printable = is_printable_ascii(text);
  if (auto bad = printable ? std::nullopt : find_control_character(text)) {
    diagnostics.add(bad->first,
                    trf("the file holds the control character U+{:04X}; remove it", bad->second));
    return std::nullopt;
  }
  if (auto bad = printable ? std::nullopt : find_invalid_utf8(text)) {
    diagnostics.add(*bad, tr("the file is not UTF-8 text; save it with UTF-8 encoding"));
    return std::nullopt;
  }
  if (report_conflict_markers(text, diagnostics)) {
    return std::nullopt;
  }
  if (is_blank(text)) {
    diagnostics.add({},
                    tr("the file is empty; an SOP file needs at least name, "
                       "performers and steps"));
    return std::nullopt;
  }
  return read_yaml_events(text, diagnostics);
}

} // namespace sopctl::yaml
