#include <render/approval.hpp>
#include <render/dates.hpp>

namespace sopctl::render {

namespace {

bool is_blank(const model::Approver& approver)
{
  return approver.position.empty() && approver.name.empty() && approver.rank.empty() &&
         approver.nip.empty();
}

// The latest activation of `step`, if it was completed (not reopened since,
// and not closed by a Tidak exit).
const workflow::Activation* completed(const workflow::DraftState& state, int step)
{
  for (auto it = state.activations.rbegin(); it != state.activations.rend(); ++it) {
    if (it->step == step) {
      return it->until && !it->rejected ? &*it : nullptr;
    }
  }
  return nullptr;
}

} // namespace

Approval approval_of(const model::Sop& sop,
                     const workflow::DraftState* state,
                     const model::DocumentSettings& settings)
{
  Approval approval;
  approval.approved_date = sop.dates.approved;
  approval.signer = is_blank(sop.approver) ? settings.approver : sop.approver;
  if (!sop.drafting || !state) {
    return approval;
  }
  if (const auto* paraf = completed(*state, settings.paraf_step)) {
    const auto* person = model::find_person(settings.people, paraf->by);
    approval.paraf = Paraf{
      person ? person->name : paraf->by, person ? person->position : "", local_date(*paraf->until)};
  }
  if (settings.signing_step == 0) {
    // A procedure that declares no signing step: the draft is a konsep until
    // it is finished, then carries the approval written in it, if any.
    approval.konsep = state->phase != workflow::Phase::done;
    if (approval.konsep) {
      approval.approved_date.clear();
    }
    return approval;
  }
  const auto* signing = completed(*state, settings.signing_step);
  if (!signing) {
    approval.konsep = true;
    approval.approved_date.clear();
    return approval;
  }
  approval.approved_date = local_date(*signing->until);
  if (const auto* person = model::find_person(settings.people, signing->by)) {
    auto take = [](std::string& field, const std::string& value) {
      if (!value.empty()) {
        field = value;
      }
    };
    take(approval.signer.position, person->position);
    take(approval.signer.name, person->name);
    take(approval.signer.rank, person->rank);
    take(approval.signer.nip, person->nip);
  }
  return approval;
}

} // namespace sopctl::render
