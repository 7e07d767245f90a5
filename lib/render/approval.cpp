#include <array>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <render/approval.hpp>
#include <render/dates.hpp>
#include <workflow/signing.hpp>

namespace sopctl::render {

namespace {

bool is_blank(const model::Approver& approver)
{
  return approver.position.empty() && approver.name.empty() && approver.rank.empty() &&
         approver.nip.empty();
}

// The latest activation of `step`, or null when it was never active.
const workflow::Activation* latest(const workflow::DraftState& state, int step)
{
  for (auto it = state.activations.rbegin(); it != state.activations.rend(); ++it) {
    if (it->step == step) {
      return &*it;
    }
  }
  return nullptr;
}

// The latest activation of `step`, if it was completed (not reopened since,
// and not closed by a Tidak exit).
const workflow::Activation* completed(const workflow::DraftState& state, int step)
{
  const auto* activation = latest(state, step);
  return activation && activation->until && !activation->rejected ? activation : nullptr;
}

// The position printed in the paraf box before the paraf is given: that of
// the one roster person holding the step's role, else the step's column
// heading (Sekretaris).
std::string expected_position(const model::Sop& procedure,
                              const std::vector<model::Person>& people,
                              int step_number)
{
  const auto* step = procedure.find_step(step_number);
  if (!step) {
    return "";
  }
  const model::Person* holder = nullptr;
  int holders = 0;
  for (const auto& person : people) {
    for (const auto& role : step->performers) {
      if (person.holds(role)) {
        holder = &person;
        ++holders;
        break;
      }
    }
  }
  if (holders == 1 && !holder->position.empty()) {
    return holder->position;
  }
  return procedure.names_of(*step);
}

Paraf paraf_of(const Drafted& drafted, const model::DocumentSettings& settings)
{
  Paraf paraf;
  const auto* given = completed(drafted.state, settings.paraf_step);
  if (!given) {
    paraf.position = expected_position(drafted.procedure, settings.people, settings.paraf_step);
    return paraf;
  }
  const auto* person = model::find_person(settings.people, given->by);
  paraf.name = person ? person->name : given->by;
  paraf.date = local_date(*given->until);
  if (person && !person->position.empty()) {
    paraf.position = person->position;
  } else if (const auto* performer = drafted.procedure.find_performer(given->role)) {
    paraf.position = performer->name;
  }
  return paraf;
}

std::string signing_words(int signing_step)
{
  return trf("step {} (the signing of the SOP)", signing_step);
}

// Approval values in an event that did not complete the signing step: only
// `sopctl advance` writes them, and only there.
void check_misplaced_records(const Drafted& drafted,
                             const model::DocumentSettings& settings,
                             model::Diagnostics& diagnostics)
{
  for (const auto& activation : drafted.state.activations) {
    bool signing = activation.step == settings.signing_step && !activation.rejected;
    if (!activation.until || signing || !workflow::recorded_approval(activation.set)) {
      continue;
    }
    diagnostics.add(activation.where,
                    trf("the event of step {} records approval values, which sopctl "
                        "writes only in the event that completes {}; this event was not "
                        "written by sopctl advance",
                        activation.step,
                        settings.signing_step == 0
                          ? std::string(tr("a signing step (the procedure declares none)"))
                          : signing_words(settings.signing_step)));
  }
}

// The block the signing event recorded must be whole and name who signed.
void check_recorded(const model::Approver& recorded,
                    const workflow::Activation& signing,
                    const model::DocumentSettings& settings,
                    model::Diagnostics& diagnostics)
{
  // In the order of approval_keys.
  const std::array values = {&recorded.position, &recorded.name, &recorded.rank, &recorded.nip};
  std::string missing;
  for (size_t i = 0; i < values.size(); ++i) {
    if (values[i]->empty()) {
      missing += (missing.empty() ? "" : ", ") + std::string(workflow::approval_keys[i]);
    }
  }
  if (!missing.empty()) {
    diagnostics.add(signing.where,
                    trf("{} records the signer without {}, so the SOP has no whole "
                        "signer to print; sopctl advance records all four, so this event "
                        "was not written by it",
                        signing_words(settings.signing_step),
                        missing));
  } else if (recorded.name != signing.by) {
    diagnostics.add(signing.where,
                    trf("{} was done by {} but records approval.name \"{}\"; sopctl "
                        "advance records who signed, so this event was not written by it",
                        signing_words(settings.signing_step),
                        signing.by,
                        recorded.name));
  }
}

} // namespace

Approval approval_of(const model::Sop& sop,
                     const Drafted* drafted,
                     const model::DocumentSettings& settings)
{
  Approval approval;
  approval.created_date = sop.dates.created;
  approval.approved_date = sop.dates.approved;
  approval.revised_date = sop.dates.revised;
  approval.version = sop.version;
  approval.signer = is_blank(sop.approver) ? settings.approver : sop.approver;
  if (!sop.drafting || !drafted) {
    return approval;
  }
  const auto& state = drafted->state;
  if (settings.paraf_step != 0) {
    approval.paraf = paraf_of(*drafted, settings);
  }
  if (settings.signing_step == 0) {
    // A procedure that declares no signing step: the draft is a konsep until
    // it is finished, then carries the dates and approval written in it.
    approval.konsep = state.phase != workflow::Phase::done;
    if (approval.konsep) {
      approval.approved_date.clear();
    }
    return approval;
  }
  // Made (Tgl Pembuatan) the day it went to the signer: the day `start` ran
  // is only when the work began.
  const auto* to_sign = latest(state, settings.signing_step);
  approval.created_date = to_sign ? local_date(to_sign->since) : "";
  const auto* signing = completed(state, settings.signing_step);
  if (!signing) {
    approval.konsep = true;
    approval.approved_date.clear();
    return approval;
  }
  approval.approved_date = local_date(*signing->until);
  if (!sop.drafting->events.empty() && !sop.drafting->events.front().revises.empty()) {
    approval.revised_date = approval.approved_date; // a revision is revised when signed
  }
  if (auto recorded = workflow::recorded_approval(signing->set)) {
    // As it was signed: the roster may have changed since (a promotion, a
    // successor), the signed document does not.
    approval.signer = *recorded;
    return approval;
  }
  // Signed before sopctl recorded the signer (or with no roster then): the
  // roster today may name a successor, or spell the name otherwise, and
  // does not say who signed. The approver written in the draft is printed,
  // and the name the event records beside its date.
  approval.approved_by = signing->by;
  return approval;
}

void check_signer(const Drafted& drafted,
                  const model::DocumentSettings& settings,
                  model::Diagnostics& diagnostics,
                  model::Diagnostics& warnings)
{
  check_misplaced_records(drafted, settings, diagnostics);
  const auto* signing = completed(drafted.state, settings.signing_step);
  if (settings.signing_step == 0 || !signing) {
    return;
  }
  if (auto recorded = workflow::recorded_approval(signing->set)) {
    // Signed with the roster of the day: what it says now does not matter
    // (verify --git checks the role was held at the signing's commit).
    check_recorded(*recorded, *signing, settings, diagnostics);
    return;
  }
  if (settings.people.empty()) {
    return; // printed as it always was without a roster
  }
  // History is not checked against today's roster: it is printed as
  // approval_of says, and said so.
  warnings.add(signing->where,
               trf("warning: {} was done by {} and records no signer block (it was "
                   "signed before sopctl recorded one, or without a roster); the SOP "
                   "prints the approver block of the draft (else sopctl.yaml's "
                   "approver:) and \"(oleh {})\" beside Tgl Pengesahan, not the "
                   "roster's entry",
                   signing_words(settings.signing_step),
                   signing->by,
                   signing->by));
}

} // namespace sopctl::render
