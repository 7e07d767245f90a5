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

} // namespace sopctl::model
