#include <process/output_tail.hpp>

namespace sopctl::process {

std::string tail_of(std::string text)
{
  text.erase(text.find_last_not_of(" \n\r\t") + 1);
  if (text.empty()) {
    return "";
  }
  return "\n" + (text.size() > 600 ? "..." + text.substr(text.size() - 600) : text);
}

} // namespace sopctl::process
