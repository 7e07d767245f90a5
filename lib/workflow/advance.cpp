#include <fmt/format.h>
#include <model/errors.hpp>
#include <workflow/advance.hpp>

namespace sopctl::workflow {

std::string list_roles(const model::Sop& procedure)
{
  std::string roles;
  for (const auto& performer : procedure.performers) {
    roles += (roles.empty() ? "" : ", ") + performer.key;
  }
  return roles;
}

namespace {

std::string list_decisions(const model::Sop& procedure)
{
  std::string steps;
  for (const auto& step : procedure.steps) {
    if (step.decision) {
      steps += (steps.empty() ? "step " : ", ") + std::to_string(step.number);
    }
  }
  return steps.empty() ? "none in this procedure" : steps;
}

} // namespace

model::Event plan_advance(const model::Sop& procedure,
                          const DraftState& state,
                          const AdvanceRequest& request,
                          const std::string& draft_display)
{
  auto refuse = [&](const std::string& message) {
    return model::Error(draft_display + ": " + message);
  };
  if (state.phase == Phase::done) {
    throw refuse(fmt::format("the draft is finished (its last step was done on {}); "
                             "there is nothing left to advance",
                             model::format_short(state.last_event_at)));
  }
  const auto* performer = procedure.find_performer(request.role);
  if (!performer) {
    throw refuse(
      fmt::format("unknown role \"{}\"; the roles are: {}", request.role, list_roles(procedure)));
  }
  const auto& step = *procedure.find_step(state.active_step);
  if (step.performer != request.role) {
    const auto* owner = procedure.find_performer(step.performer);
    throw refuse(fmt::format("step {} ({}) is performed by {} ({}), not {}; run it as --role {}",
                             step.number,
                             step.activity,
                             step.performer,
                             owner ? owner->name : step.performer,
                             request.role,
                             step.performer));
  }
  if (request.reject && !step.decision) {
    throw refuse(fmt::format("--reject: step {} is not a decision, so it "
                             "cannot be sent back; decisions: {}",
                             step.number,
                             list_decisions(procedure)));
  }
  if (request.reject && request.note.empty()) {
    throw refuse(fmt::format("--reject needs --note \"...\" giving the reason "
                             "step {} is sent back to step {}",
                             step.number,
                             step.decision->no));
  }
  if (request.at < state.last_event_at && request.at_given) {
    throw refuse(fmt::format("--at {} is earlier than the draft's last event "
                             "({}); give a later time",
                             model::format_iso(request.at),
                             model::format_iso(state.last_event_at)));
  }
  if (request.at < state.last_event_at) {
    // Another machine's clock ran ahead of this one's (the draft came
    // through git): the history must stay in time order.
    throw refuse(fmt::format("the draft's last event ({}) is later than this "
                             "machine's clock ({}); check the clock, or give "
                             "--at with a time after the last event",
                             model::format_iso(state.last_event_at),
                             model::format_iso(request.at)));
  }
  model::Event event;
  event.kind = request.reject ? model::EventKind::rejected : model::EventKind::completed;
  event.step = step.number;
  event.role = request.role;
  event.by = request.by;
  event.at = request.at;
  event.note = request.note;
  event.set = request.set;
  return event;
}

} // namespace sopctl::workflow
