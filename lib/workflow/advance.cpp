#include <fmt/format.h>
#include <i18n/tr.hpp>
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
  std::string numbers;
  for (const auto& step : procedure.steps) {
    if (step.decision) {
      numbers += (numbers.empty() ? "" : ", ") + std::to_string(step.number);
    }
  }
  return numbers.empty() ? std::string(tr("none in this procedure")) : trf("step {}", numbers);
}

// `kabid (Kabid PIAK)`, or `pemohon (Pemohon) or cs (Petugas CS)`.
std::string describe_performers(const model::Sop& procedure, const model::Step& step)
{
  std::string text;
  for (const auto& key : step.performers) {
    const auto* performer = procedure.find_performer(key);
    auto one = fmt::format("{} ({})", key, performer ? performer->name : key);
    text = text.empty() ? one : trf("{} or {}", text, one);
  }
  return text;
}

// `--role kabid`, or `--role pemohon or --role cs`.
std::string role_options(const model::Step& step)
{
  std::string text;
  for (const auto& key : step.performers) {
    auto one = "--role " + key;
    text = text.empty() ? one : trf("{} or {}", text, one);
  }
  return text;
}

} // namespace

std::string describe_exit(const model::Step& step, model::Exit exit)
{
  int target = exit_target(step, exit);
  if (target == 0) {
    return tr("the procedure ends");
  }
  return goes_back(step, target) ? trf("back to step {}", target) : trf("on to step {}", target);
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
    throw refuse(trf("the draft is finished (its last step was done on {}); "
                     "there is nothing left to advance",
                     model::format_short(state.last_event_at)));
  }
  const auto* performer = procedure.find_performer(request.role);
  if (!performer) {
    // A usage error, as an unknown --role is in every command.
    throw model::UsageError(
      draft_display + ": " +
      trf("unknown role \"{}\"; the roles are: {}", request.role, list_roles(procedure)));
  }
  const auto& step = *procedure.find_step(state.active_step);
  if (!step.performed_by(request.role)) {
    throw refuse(trf("step {} ({}) is performed by {}, not {}; run it as {}",
                     step.number,
                     model::one_line(step.activity),
                     describe_performers(procedure, step),
                     request.role,
                     role_options(step)));
  }
  if (request.exit && !step.decision) {
    throw refuse(*request.exit == model::Exit::ya
                   ? trf("{}: step {} is not a decision, so it has no Ya exit; decisions: {}",
                         request.exit_option,
                         step.number,
                         list_decisions(procedure))
                   : trf("{}: step {} is not a decision, so it cannot be sent back; decisions: {}",
                         request.exit_option,
                         step.number,
                         list_decisions(procedure)));
  }
  if (step.decision && !request.exit) {
    throw refuse(trf("step {} is a decision: say which way it goes, with --yes ({}: {}) "
                     "or --no ({}: {})",
                     step.number,
                     step.decision->label(model::Exit::ya),
                     describe_exit(step, model::Exit::ya),
                     step.decision->label(model::Exit::tidak),
                     describe_exit(step, model::Exit::tidak)));
  }
  bool back = step.decision && goes_back(step, exit_target(step, *request.exit));
  if (back && request.note.empty()) {
    throw refuse(trf("{} needs --note \"...\" giving the reason "
                     "step {} is sent back to step {}",
                     request.exit_option,
                     step.number,
                     exit_target(step, *request.exit)));
  }
  for (const auto& [key, value] : request.set) {
    if (is_approval_key(key)) {
      // Else anyone could print a block the roster never gave.
      throw refuse(trf("--set {}: approval values are sopctl's own: the event that "
                       "completes the signing step records the signer's position, name, "
                       "rank and NIP from sopctl.yaml's people; give them there, not "
                       "with --set",
                       key));
    }
  }
  if (request.at < state.last_event_at && request.at_given) {
    throw refuse(trf("--at {} is earlier than the draft's last event "
                     "({}); give a later time",
                     model::format_iso(request.at),
                     model::format_iso(state.last_event_at)));
  }
  if (request.at < state.last_event_at) {
    // Another machine's clock ran ahead of this one's (the draft came
    // through git): the history must stay in time order.
    throw refuse(trf("the draft's last event ({}) is later than this "
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
