#include <i18n/tr.hpp>
#include <yaml/drafting_rules.hpp>
#include <yaml/letter_definitions.hpp>
#include <yaml/map_reader.hpp>

namespace sopctl::yaml {

std::vector<model::LetterDefinition> read_letter_definitions(std::string_view text,
                                                             const std::string& display)
{
  model::Diagnostics diagnostics(display);
  std::vector<model::LetterDefinition> letters;
  auto root = yaml::parse_yaml(text, diagnostics);
  if (root && !root->is_sequence()) {
    diagnostics.add(yaml::position_of(*root), tr("the outputs must be a list of letters"));
  }
  if (root && root->is_sequence()) {
    letters = read_letters(*root, diagnostics);
  }
  diagnostics.throw_if_any();
  return letters;
}

} // namespace sopctl::yaml
