#pragma once

#include <model/diagnostics.hpp>
#include <model/sop.hpp>
#include <vector>
#include <yaml/map_reader.hpp>

namespace sopctl::yaml {

// A list of letters (`letters:` of a procedure, or templates/outputs.yaml):
// each {name, title, step, template, signer, number, fields}.
std::vector<model::LetterDefinition> read_letters(const Node& node,
                                                  model::Diagnostics& diagnostics);

// A list of numbering rules (`numbering:` of a procedure or of
// sopctl.yaml): each {name, pattern, step}.
std::vector<model::NumberingRule> read_numbering_rules(const Node& node,
                                                       model::Diagnostics& diagnostics);

// A procedure's `signing:`, `numbering:` and `letters:` keys.
model::DraftingRules read_drafting_rules(MapReader& sop, model::Diagnostics& diagnostics);

} // namespace sopctl::yaml
