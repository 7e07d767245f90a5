#include <model/text.hpp>
#include <ops/assignments.hpp>
#include <serve/form_fields.hpp>
#include <sstream>
#include <vector>

namespace sopctl::serve {

std::string form_text(const std::optional<std::string>& value)
{
  std::string text;
  for (char c : value.value_or("")) {
    if (c != '\r') {
      text += c;
    }
  }
  return text;
}

std::map<std::string, std::string> form_assignments(const std::optional<std::string>& set)
{
  auto text = form_text(set);
  model::refuse_control_characters(text, "set");
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!model::trim(line).empty()) {
      lines.push_back(model::trim(line));
    }
  }
  return ops::parse_assignments(lines);
}

} // namespace sopctl::serve
