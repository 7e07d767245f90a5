#pragma once

#include <map>
#include <model/sop.hpp>
#include <store/config.hpp>
#include <string>
#include <string_view>
#include <vector>
#include <workflow/replay.hpp>

namespace sopctl::render {

// A value a letter needs, and how to ask for it.
struct LetterField
{
  std::string key;   // meeting.date
  std::string label; // tanggal rapat
  std::string example;
  std::string default_value; // used when no event or data gives one
};

// A letter one step of the drafting procedure produces (templates/outputs.yaml).
struct LetterDefinition
{
  std::string name;  // undangan-rapat
  std::string title; // Undangan Rapat
  int step = 0;
  std::string template_name;
  std::string signer_role;
  std::string numbering; // the numbering rule giving number.<numbering>
  std::vector<LetterField> fields;
};

// The name of the letters' definition file, embedded and overridable.
inline constexpr std::string_view outputs_file = "outputs.yaml";

// Reads the letters' definitions; throws model::InvalidFile naming
// `display` for a malformed file.
std::vector<LetterDefinition> read_letter_definitions(std::string_view text,
                                                      const std::string& display);

// The values a draft gives its letters: those set with its events, oldest
// first, then those written under `data:` in the draft, which win.
std::map<std::string, std::string> letter_values(const model::Sop& draft);

// The SOP's number in effect: written by hand in the draft (`number:`),
// else the one handed out when it was signed (`number.sop`); empty if none.
std::string sop_number(const model::Sop& draft);

// What is missing to write `letter` for `draft`, one line each saying how
// to give it; empty when the letter can be written.
std::vector<std::string> missing_for_letter(const LetterDefinition& letter,
                                            const model::Sop& draft,
                                            const workflow::DraftState& state,
                                            const std::string& draft_id,
                                            const store::Config& config);

// The letter as HTML through `template_text` (every value escaped); the
// drafting `procedure` names the signer's position when no roster does.
std::string letter_html(const LetterDefinition& letter,
                        const model::Sop& procedure,
                        const model::Sop& draft,
                        const workflow::DraftState& state,
                        const store::Config& config,
                        std::string_view template_text);

} // namespace sopctl::render
