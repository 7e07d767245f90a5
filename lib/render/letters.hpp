#pragma once

#include <map>
#include <model/document_settings.hpp>
#include <model/letter.hpp>
#include <model/sop.hpp>
#include <string>
#include <string_view>
#include <vector>
#include <workflow/replay.hpp>

namespace sopctl::render {

// The values a draft gives its letters: those set with its events, oldest
// first, then those written under `data:` in the draft, which win. A blank
// value (spaces only) is no value, and hides one given before it.
std::map<std::string, std::string> letter_values(const model::Sop& draft);

// The SOP's number in effect: written by hand in the draft (`number:`),
// else the one handed out when it was signed (`number.sop`); empty if none.
std::string sop_number(const model::Sop& draft);

// What is missing to write `letter` for `draft` by `procedure`, one line
// each saying how to give it, a whole signature block included (see
// letter_signer.hpp); empty when the letter can be written. A built-in
// template's fields the letter does not declare (a procedure of an earlier
// version) count with the built-in defaults (letter.subject "Undangan Rapat
// Pembahasan SOP {sop.name}", letter.remarks), and surat-pengantar's needs
// the SOP's number. A date field (`date`, `*.date`) not written YYYY-MM-DD
// is missing, saying the form.
std::vector<std::string> missing_for_letter(const model::LetterDefinition& letter,
                                            const model::Sop& procedure,
                                            const model::Sop& draft,
                                            const workflow::DraftState& state,
                                            const std::string& draft_id,
                                            const model::DocumentSettings& settings);

// The letter as HTML through `template_text` (every value escaped), with
// its kop made by `kop_template` (kop.html.mustache) with `logo` (a data:
// URI, or empty for none) in it. Call it only when missing_for_letter finds
// nothing missing.
std::string letter_html(const model::LetterDefinition& letter,
                        const model::Sop& procedure,
                        const model::Sop& draft,
                        const workflow::DraftState& state,
                        const model::DocumentSettings& settings,
                        const std::string& logo,
                        std::string_view template_text,
                        std::string_view kop_template);

// A city as a letter's place and date write it: "SIBOLGA" and "KOTA
// SIBOLGA" in title case ("Sibolga", "Kota Sibolga"); a name already in
// mixed case ("Tanjungpinang", "Padang Sidempuan") as written.
std::string place_name(std::string_view city);

// The {sop.…} placeholders in a field's default other than {sop.name}
// (which sopctl would print as written), as written; other braces are text.
std::vector<std::string> unknown_placeholders(std::string_view value);

// A field's default with {sop.name} replaced by `sop_name`.
std::string expand_default(std::string_view value, std::string_view sop_name);

} // namespace sopctl::render
