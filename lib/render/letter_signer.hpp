#pragma once

#include <model/document_settings.hpp>
#include <model/letter.hpp>
#include <model/sop.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <workflow/replay.hpp>

namespace sopctl::render {

// A letter's signature block, as Permendagri 1/2023 sets it out: the
// signer's jabatan, name, pangkat and NIP, and, when the signer signs on
// behalf of the head, the head's jabatan after "a.n." above them.
struct LetterSigner
{
  model::Approver block;
  std::string on_behalf_of; // "Kepala Dinas ...", or empty
};

// The signer of a letter, or what is missing for a whole block, one line
// each saying how to give it (and then no signer).
struct SignerLookup
{
  std::optional<LetterSigner> signer;
  std::vector<std::string> missing;
};

// The role whose holder signs the office's SOPs: the performer of the
// procedure's signing step (the head, kadis in the seed); empty when the
// procedure declares no signing step.
std::string head_role(const model::Sop& procedure, const model::DocumentSettings& settings);

// The Disahkan oleh block the draft's signing event recorded (who signed
// the SOP, as they were then); nullopt before the signing, or for an event
// that records none.
std::optional<model::Approver> recorded_signer(const workflow::DraftState& state,
                                               const model::DocumentSettings& settings);

// Who signs `letter`: for the head's role, once the SOP is signed with a
// recorded block (`signed_sop`), who signed it; else the first person of
// the roster holding its signer role; with none, for the head's role only, sopctl.yaml's approver.
// The block needs all four of jabatan, name, pangkat and NIP. The "a.n." line is the jabatan of the
// holder of `on_behalf_of` (else, for the head's role, the approver's), without "Plt."/"Plh."/"Pj."
// (a.n. names the office, not who holds it).
SignerLookup letter_signer(const model::LetterDefinition& letter,
                           const model::Sop& procedure,
                           const model::DocumentSettings& settings,
                           const std::optional<model::Approver>& signed_sop = std::nullopt);

// A jabatan without the "Plt. ", "Plh. ", "Pj. " or "Pjs. " in front of it.
std::string office_of(std::string_view position);

} // namespace sopctl::render
