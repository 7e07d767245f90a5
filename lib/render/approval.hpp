#pragma once

#include <model/document_settings.hpp>
#include <model/person.hpp>
#include <model/sop.hpp>
#include <optional>
#include <string>
#include <workflow/replay.hpp>

namespace sopctl::render {

// The secretary's initials on the draft (paraf koordinasi): who and when.
struct Paraf
{
  std::string name;
  std::string position; // from the roster; empty when not on it
  std::string date;     // ISO
};

// Whether a document is signed, and the approval it shows.
struct Approval
{
  // A draft whose signing step is not done: printed with a KONSEP mark.
  bool konsep = false;
  std::string approved_date; // ISO, Tgl Pengesahan; empty when none
  model::Approver signer;    // Disahkan oleh
  std::optional<Paraf> paraf;
};

// The approval of `sop`. A plain SOP file (no drafting record) shows its own
// date and approver. A draft is KONSEP until `settings.signing_step` is done
// (`state` replayed from its events); once it is, Tgl Pengesahan is the day
// of that event and the signer is the roster person its `by` names, else the
// draft's approver block (else the repository's). Without a signing step
// (0) a draft is KONSEP until it is finished. The paraf is the last
// completion of `settings.paraf_step`, when there is one.
Approval approval_of(const model::Sop& sop,
                     const workflow::DraftState* state,
                     const model::DocumentSettings& settings);

} // namespace sopctl::render
