#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/validation.hpp>
#include <workflow/numbering.hpp>
#include <yaml/drafting_rules.hpp>

namespace sopctl::yaml {

std::vector<model::LetterDefinition> read_letters(const Node& node, model::Diagnostics& diagnostics)
{
  std::vector<model::LetterDefinition> letters;
  if (!node.is_defined() || node.is_null()) {
    return letters;
  }
  if (!node.is_sequence()) {
    diagnostics.add(position_of(node), tr("the letters must be a list of letters"));
    return letters;
  }
  for (const auto& item : node.items()) {
    MapReader map(
      item,
      tr("a letter"),
      {"name", "title", "step", "template", "signer", "on_behalf_of", "number", "fields"},
      diagnostics);
    if (!map.ok()) {
      continue;
    }
    model::LetterDefinition letter;
    letter.name = map.text("name", Required::yes);
    letter.title = map.text("title", Required::yes);
    letter.step = map.number("step", Required::yes).value_or(0);
    letter.template_name = map.text("template", Required::yes);
    letter.signer_role = map.text("signer", Required::yes);
    letter.on_behalf_of = map.text("on_behalf_of");
    letter.numbering = map.text("number");
    const auto& fields = map.node("fields");
    if (fields.is_defined() && fields.is_sequence()) {
      for (const auto& entry : fields.items()) {
        MapReader field(entry, tr("a field"), {"key", "label", "example", "default"}, diagnostics);
        if (field.ok()) {
          // A default's braces are text, but for {sop.…} placeholders,
          // which check holds to those sopctl fills in (a load never fails
          // on them: every command reads the procedure).
          letter.fields.push_back({field.text("key", Required::yes),
                                   field.text("label", Required::yes),
                                   field.text("example"),
                                   field.text("default"),
                                   field.where("default")});
        }
      }
    }
    letters.push_back(std::move(letter));
  }
  return letters;
}

std::vector<model::NumberingRule> read_numbering_rules(const Node& node,
                                                       model::Diagnostics& diagnostics)
{
  std::vector<model::NumberingRule> rules;
  if (!node.is_defined() || node.is_null()) {
    return rules;
  }
  if (!node.is_sequence()) {
    diagnostics.add(position_of(node), tr("\"numbering\" must be a list of {name, pattern, step}"));
    return rules;
  }
  for (const auto& item : node.items()) {
    MapReader map(item, tr("a numbering"), {"name", "pattern", "step"}, diagnostics);
    if (!map.ok()) {
      continue;
    }
    model::NumberingRule rule;
    rule.name = map.text("name", Required::yes);
    rule.pattern = map.text("pattern", Required::yes);
    rule.step = map.number("step", Required::yes).value_or(0);
    if (!rule.name.empty() && !model::is_valid_data_key(rule.name)) {
      diagnostics.add(map.where("name"),
                      trf("numbering name \"{}\" must be lower-case letters, digits, "
                          "'-' or '_' (like surat-pengantar)",
                          rule.name));
    }
    if (auto problem = workflow::check_pattern(rule.pattern);
        !rule.pattern.empty() && !problem.empty()) {
      diagnostics.add(map.where("pattern"),
                      trf("numbering pattern \"{}\": {}", rule.pattern, problem));
    }
    rules.push_back(std::move(rule));
  }
  return rules;
}

model::DraftingRules read_drafting_rules(MapReader& sop, model::Diagnostics& diagnostics)
{
  model::DraftingRules rules;
  if (const auto& node = sop.node("signing"); node.is_defined() && !node.is_null()) {
    MapReader signing(node, "signing", {"step", "paraf"}, diagnostics);
    if (signing.ok()) {
      rules.signing_step = signing.number("step", Required::yes).value_or(0);
      rules.paraf_step = signing.number("paraf", Required::no).value_or(0);
    }
  }
  rules.numbering = read_numbering_rules(sop.node("numbering"), diagnostics);
  rules.letters = read_letters(sop.node("letters"), diagnostics);
  return rules;
}

} // namespace sopctl::yaml
