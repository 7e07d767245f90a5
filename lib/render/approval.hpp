#pragma once

#include <model/diagnostics.hpp>
#include <model/document_settings.hpp>
#include <model/person.hpp>
#include <model/sop.hpp>
#include <optional>
#include <string>
#include <workflow/replay.hpp>

namespace sopctl::render {

// The paraf koordinasi box: the secretary's initials on the draft, printed
// near the approval. The position is printed from the start, so the konsep
// can be initialled by hand; who and when once the paraf step is done.
struct Paraf
{
  std::string position; // of who gave it (roster), else of who is to give it
  std::string name;     // who gave it; empty until given
  std::string date;     // ISO; empty until given

  bool given() const { return !date.empty(); }
};

// The signed revision that superseded an SOP: its number, version and the
// day it was signed (ISO).
struct Superseded
{
  std::string number;
  int version = 0;
  std::string date;
};

// The revocation of an SOP: the decree, the day (ISO) and the reason.
struct Revoked
{
  std::string ref;
  std::string date;
  std::string reason;
};

// Whether a document is signed, and the approval and dates it shows.
struct Approval
{
  // A draft whose signing step is not done: printed with a KONSEP mark.
  bool konsep = false;
  std::string created_date;  // ISO (or as written), Tgl Pembuatan; empty when none
  std::string approved_date; // ISO, Tgl Pengesahan; empty when none
  // Without a roster: the name the signing event records (`by`), printed
  // beside Tgl Pengesahan; empty otherwise.
  std::string approved_by;
  model::Approver signer;     // Disahkan oleh
  std::optional<Paraf> paraf; // set when the drafting procedure has a paraf step
  // Tgl Revisi: as written; on a signed revision (its start `revises` an
  // SOP), the day it was signed. ISO, or empty.
  std::string revised_date;
  int version = 1; // the SOP's version (revisi ke- version - 1)
  // Set by the caller from the office's register (lifecycle::Entry) when
  // the SOP is no longer in force: printed as a DIGANTIKAN or DICABUT mark.
  std::optional<Superseded> superseded;
  std::optional<Revoked> revoked;
};

// A draft replayed against the procedure that governs it.
struct Drafted
{
  const model::Sop& procedure;
  const workflow::DraftState& state;
};

// The approval of `sop`. A plain SOP file (`drafted` null) shows its own
// dates and approver. A draft is KONSEP until `settings.signing_step` is
// done. Its Tgl Pembuatan is the day it was completed for signature (the day
// the signing step became active), "-" before; Tgl Pengesahan the day of the
// signing event. The signer: the block that event recorded (position, name,
// rank and NIP as they were at the signing, see workflow/signing.hpp);
// for an event that records none (an older draft, or signed without a
// roster), the draft's approver block (else the repository's) and
// `approved_by` the event's name, whatever the roster says today. A KONSEP shows the approver
// block. Without a signing step (0) a draft is KONSEP until it is finished, and its dates are as
// written. The paraf box is there when `settings.paraf_step` is set.
Approval approval_of(const model::Sop& sop,
                     const Drafted* drafted,
                     const model::DocumentSettings& settings);

// Adds to `diagnostics`, at the signing event, why a signed draft cannot be
// printed with its signer. An event that recorded the signer's block must
// record all of it, naming who signed (the roster today is not asked:
// verify --git checks the role was held at the signing's commit). An event
// that records none is history, not checked against today's roster: with a
// roster, `warnings` gets a line at the event saying what is printed
// instead; nothing before the signing. Approval values in any other event
// are an error at that event.
void check_signer(const Drafted& drafted,
                  const model::DocumentSettings& settings,
                  model::Diagnostics& diagnostics,
                  model::Diagnostics& warnings);

} // namespace sopctl::render
