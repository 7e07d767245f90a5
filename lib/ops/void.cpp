#include <algorithm>
#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/change_lock.hpp>
#include <ops/drafts.hpp>
#include <ops/event_time.hpp>
#include <ops/record_change.hpp>
#include <ops/void.hpp>
#include <store/counters.hpp>
#include <workflow/advance.hpp>
#include <workflow/authorize.hpp>
#include <workflow/voids.hpp>
#include <yaml/draft_text.hpp>

namespace sopctl::ops {

namespace {

// `step 3 completed by Rina (kasi)`, `note at step 4 by Budi`.
std::string act_words(const model::Event& act)
{
  if (act.kind == model::EventKind::noted) {
    return trf("the note at step {} by {}", act.step, act.by);
  }
  if (act.kind == model::EventKind::rejected) {
    return trf("step {} sent back by {} ({})", act.step, act.by, act.role);
  }
  return trf("step {} done by {} ({})", act.step, act.by, act.role);
}

} // namespace

void void_last_act(const store::Repository& repository,
                   const std::optional<std::string>& query,
                   const VoidRequest& request,
                   std::ostream& out)
{
  if (request.reason.find_first_not_of(" \t\n") == std::string::npos) {
    throw model::UsageError(tr("give the reason for the void with --reason TEXT"));
  }
  auto procedure = store::load_procedure(repository);
  if (!request.role.empty() && !procedure.sop.find_performer(request.role)) {
    throw model::UsageError(trf("--role \"{}\" is not a role of the procedure; the roles are: {}",
                                request.role,
                                workflow::list_roles(procedure.sop)));
  }
  auto id = select_draft(repository, procedure, query);
  ChangeLock lock(repository, {repository.draft_path(id)});
  auto draft = load_draft(repository, procedure, id);
  const auto& events = draft.file.sop.drafting->events;
  auto target = workflow::void_target(events);
  if (!target) {
    throw model::Error(trf("{}: nothing to void: the draft has no act left to cancel (a start is "
                           "not voided, a void is not voided; record an act again with advance "
                           "or note)",
                           draft.file.display));
  }
  const auto& act = events[*target];
  if (act.hash.empty()) {
    throw model::Error(trf("{}:{}: {} was written before sopctl kept the hash chain, so a void "
                           "cannot name it; correct it as the README's \"Correcting a mistake\" "
                           "says for older drafts",
                           draft.file.display,
                           act.where.line,
                           act_words(act)));
  }
  if (!request.role.empty() && request.role != act.role) {
    throw model::UsageError(trf("{}: the last act is {}: it is voided as \"{}\", not \"{}\" (leave "
                                "out --role)",
                                draft.file.display,
                                act_words(act),
                                act.role.empty() ? "-" : act.role,
                                request.role));
  }
  auto times = event_times(
    request.at_given ? std::optional(request.at) : std::nullopt, request.clock, draft.file.display);
  if (times.at < draft.state.last_event_at) {
    throw model::Error(trf("{}: the void's time ({}) is earlier than the draft's last event ({}); "
                           "give --at a later time, or check this machine's clock",
                           draft.file.display,
                           model::format_iso(times.at),
                           model::format_iso(draft.state.last_event_at)));
  }
  auto by = request.by;
  if (!repository.config.people.empty()) {
    // Roster-enforced like the act itself: whoever holds its role may
    // cancel it (a colleague correcting a mistake, or the person who made
    // it); a role outside the office, or a note without one, any person on
    // the roster.
    const auto* performer = procedure.sop.find_performer(act.role);
    bool anyone = act.role.empty() || (performer && performer->external);
    auto identity = workflow::acting_identity(
      repository.config.people, request.identity, request.by, draft.file.display);
    by =
      workflow::authorize(
        repository.config.people, identity, anyone ? std::string() : act.role, draft.file.display)
        .name;
  }
  model::Event event;
  event.kind = model::EventKind::voided;
  event.step = act.step;
  event.role = act.role;
  event.by = by;
  event.at = times.at;
  event.recorded = times.recorded;
  event.note = request.reason;
  event.voids = act.hash;
  history::seal(event, events);
  // Replayed with the void before it is written: what is active then.
  auto after = events;
  after.push_back(event);
  model::Diagnostics diagnostics(draft.file.display);
  auto state = workflow::replay(procedure.sop, after, diagnostics);
  diagnostics.throw_if_any();
  write_change(
    repository, draft.file.path, yaml::append_event(draft.file.text, draft.file.sop, event));
  out << trf("{}: voided {}", id, act_words(act)) << '\n';
  if (state->active_step != 0) {
    out << trf("{}: step {} is active again", id, state->active_step) << '\n';
  }
  bool numbered = std::any_of(act.set.begin(), act.set.end(), [](const auto& entry) {
    return entry.first.starts_with("number.");
  });
  if (numbered) {
    out << trf("{}: the numbers it was given stay used in {} and are not handed out again",
               id,
               store::counters_file_name)
        << '\n';
  }
  record_change(repository,
                {draft.file.path},
                fmt::format("void {}: step {} {} by {} - {}",
                            id,
                            act.step,
                            to_string(act.kind),
                            act.by,
                            subject_part(request.reason)));
}

} // namespace sopctl::ops
