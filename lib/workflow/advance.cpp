#include <fmt/format.h>
#include <model/errors.hpp>
#include <model/text.hpp>
#include <workflow/advance.hpp>
#include <workflow/signing.hpp>

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

// `kabid (Kabid PIAK)`, or `pemohon (Pemohon) or cs (Petugas CS)`.
std::string describe_performers(const model::Sop& procedure, const model::Step& step)
{
  std::string text;
  for (const auto& key : step.performers) {
    const auto* performer = procedure.find_performer(key);
    text += (text.empty() ? "" : " or ") + key + " (" + (performer ? performer->name : key) + ")";
  }
  return text;
}

// `--role kabid`, or `--role pemohon or --role cs`.
std::string role_options(const model::Step& step)
{
  std::string text;
  for (const auto& key : step.performers) {
    text += (text.empty() ? "--role " : " or --role ") + key;
  }
  return text;
}

} // namespace

std::string describe_exit(const model::Step& step, model::Exit exit)
{
  int target = exit_target(step, exit);
  if (target == 0) {
    return "the procedure ends";
  }
  return fmt::format("{} step {}", goes_back(step, target) ? "back to" : "on to", target);
}

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
    // A usage error, as an unknown --role is in every command.
    throw model::UsageError(
      draft_display + ": " +
      fmt::format("unknown role \"{}\"; the roles are: {}", request.role, list_roles(procedure)));
  }
  const auto& step = *procedure.find_step(state.active_step);
  if (!step.performed_by(request.role)) {
    throw refuse(fmt::format("step {} ({}) is performed by {}, not {}; run it as {}",
                             step.number,
                             model::one_line(step.activity),
                             describe_performers(procedure, step),
                             request.role,
                             role_options(step)));
  }
  if (request.exit && !step.decision) {
    throw refuse(
      fmt::format("{}: step {} is not a decision, so it {}; decisions: {}",
                  request.exit_option,
                  step.number,
                  *request.exit == model::Exit::ya ? "has no Ya exit" : "cannot be sent back",
                  list_decisions(procedure)));
  }
  if (step.decision && !request.exit) {
    throw refuse(fmt::format("step {} is a decision: say which way it goes, with --yes ({}: {}) "
                             "or --no ({}: {})",
                             step.number,
                             step.decision->label(model::Exit::ya),
                             describe_exit(step, model::Exit::ya),
                             step.decision->label(model::Exit::tidak),
                             describe_exit(step, model::Exit::tidak)));
  }
  bool back = step.decision && goes_back(step, exit_target(step, *request.exit));
  if (back && request.note.empty()) {
    throw refuse(fmt::format("{} needs --note \"...\" giving the reason "
                             "step {} is sent back to step {}",
                             request.exit_option,
                             step.number,
                             exit_target(step, *request.exit)));
  }
  for (const auto& [key, value] : request.set) {
    if (is_approval_key(key)) {
      // Else anyone could print a block the roster never gave.
      throw refuse(fmt::format("--set {}: approval values are sopctl's own: the event that "
                               "completes the signing step records the signer's position, name, "
                               "rank and NIP from sopctl.yaml's people; give them there, not "
                               "with --set",
                               key));
    }
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
  bool tidak = step.decision && *request.exit == model::Exit::tidak;
  event.kind = back && tidak ? model::EventKind::rejected : model::EventKind::completed;
  if (tidak && !back) {
    event.exit = "tidak"; // forward or to the end: not a rejection
  }
  event.step = step.number;
  event.role = request.role;
  event.by = request.by;
  event.at = request.at;
  event.note = request.note;
  event.set = request.set;
  return event;
}

} // namespace sopctl::workflow
