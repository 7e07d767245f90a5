#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/text.hpp>

namespace sopctl::model {

std::string one_line(std::string_view text)
{
  std::string line;
  line.reserve(text.size());
  bool gap = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      gap = !line.empty();
      continue;
    }
    if (gap && c != ' ' && line.back() != ' ') {
      line += ' ';
    }
    gap = false;
    line += c;
  }
  return line;
}

std::optional<unsigned> control_character(std::string_view text)
{
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) {
      return c;
    }
    // C1 controls U+0080..U+009F are C2 80..C2 9F in UTF-8.
    if (c == 0xc2 && i + 1 < text.size()) {
      auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9f) {
        return next;
      }
    }
  }
  return std::nullopt;
}

void refuse_control_characters(std::string_view text, std::string_view what)
{
  if (auto c = control_character(text)) {
    throw UsageError(trf("{} holds the control character U+{:04X}; remove it (only "
                         "tabs and line breaks are kept)",
                         what,
                         *c));
  }
}

std::string trim(std::string_view text)
{
  constexpr std::string_view blanks = " \t\r\n";
  auto first = text.find_first_not_of(blanks);
  if (first == std::string_view::npos) {
    return {};
  }
  return std::string(text.substr(first, text.find_last_not_of(blanks) - first + 1));
}

} // namespace sopctl::model
