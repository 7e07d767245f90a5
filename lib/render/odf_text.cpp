#include <cmath>
#include <fmt/format.h>
#include <render/odf_text.hpp>

namespace sopctl::render {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD"; // U+FFFD

// Whether `text` at `i` starts U+FFFE or U+FFFF (EF BF BE, EF BF BF in UTF-8).
bool noncharacter_at(std::string_view text, size_t i)
{
  return i + 2 < text.size() && text[i] == '\xEF' && text[i + 1] == '\xBF' &&
         (text[i + 2] == '\xBE' || text[i + 2] == '\xBF');
}

} // namespace

std::string odf_escape(std::string_view text)
{
  std::string escaped;
  escaped.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&apos;";
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') {
          ++i; // \r\n is one line break
        }
        escaped += "<text:line-break/>";
        break;
      case '\n':
        escaped += "<text:line-break/>";
        break;
      case '\t':
        escaped += "<text:tab/>";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          escaped += replacement;
        } else if (noncharacter_at(text, i)) {
          escaped += replacement;
          i += 2;
        } else {
          escaped += c;
        }
    }
  }
  return escaped;
}

std::string odf_mm(double css_pixels)
{
  double mm = std::round(css_pixels * 25.4 / 96 * 1000) / 1000;
  if (mm == 0) {
    return "0mm"; // never "-0mm"
  }
  auto text = fmt::format("{:.3f}", mm);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.ends_with('.')) {
    text.pop_back();
  }
  return text + "mm";
}

} // namespace sopctl::render
