#include <yaml/letter_definitions.hpp>
#include <yaml/map_reader.hpp>

namespace sopctl::yaml {

std::vector<model::LetterDefinition> read_letter_definitions(std::string_view text,
                                                             const std::string& display)
{
  model::Diagnostics diagnostics(display);
  std::vector<model::LetterDefinition> letters;
  auto root = yaml::parse_yaml(text, diagnostics);
  if (root && !root->IsSequence()) {
    diagnostics.add(yaml::position_of(*root), "the outputs must be a list of letters");
  }
  if (root && root->IsSequence()) {
    for (const auto& item : *root) {
      yaml::MapReader map(item,
                          "a letter",
                          {"name", "title", "step", "template", "signer", "number", "fields"},
                          diagnostics);
      if (!map.ok()) {
        continue;
      }
      model::LetterDefinition letter;
      letter.name = map.text("name", yaml::Required::yes);
      letter.title = map.text("title", yaml::Required::yes);
      letter.step = map.number("step", yaml::Required::yes).value_or(0);
      letter.template_name = map.text("template", yaml::Required::yes);
      letter.signer_role = map.text("signer", yaml::Required::yes);
      letter.numbering = map.text("number");
      auto fields = map.node("fields");
      if (fields.IsDefined() && fields.IsSequence()) {
        for (const auto& entry : fields) {
          yaml::MapReader field(
            entry, "a field", {"key", "label", "example", "default"}, diagnostics);
          if (field.ok()) {
            letter.fields.push_back({field.text("key", yaml::Required::yes),
                                     field.text("label", yaml::Required::yes),
                                     field.text("example"),
                                     field.text("default")});
          }
        }
      }
      letters.push_back(std::move(letter));
    }
  }
  diagnostics.throw_if_any();
  return letters;
}

} // namespace sopctl::yaml
