#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/change_lock.hpp>
#include <ops/drafts.hpp>
#include <ops/event_time.hpp>
#include <ops/expected_hash.hpp>
#include <ops/note.hpp>
#include <ops/record_change.hpp>
#include <store/files.hpp>
#include <workflow/advance.hpp>
#include <workflow/authorize.hpp>
#include <yaml/draft_text.hpp>

namespace sopctl::ops {

void note_draft(const store::Repository& repository,
                const std::string& query,
                const NoteRequest& request,
                std::ostream& out)
{
  if (request.text.find_first_not_of(" \t\n") == std::string::npos) {
    throw model::UsageError(tr("the note is empty; write what should be noted"));
  }
  auto procedure = store::load_procedure(repository);
  if (!request.role.empty() && !procedure.sop.find_performer(request.role)) {
    throw model::UsageError(trf("--role \"{}\": unknown role; the roles are: {}",
                                request.role,
                                workflow::list_roles(procedure.sop)));
  }
  auto id = select_draft(repository, procedure, query);
  ChangeLock lock(repository, {repository.draft_path(id)});
  check_unchanged_draft(repository, id, request.expected_hash);
  auto draft = load_draft(repository, procedure, id);
  auto times = event_times(
    request.at_given ? std::optional(request.at) : std::nullopt, request.clock, draft.file.display);
  auto at = times.at;
  if (at < draft.state.last_event_at && request.at_given) {
    throw model::Error(trf("{}: --at {} is earlier than the draft's last event ({}); "
                           "give a later time",
                           draft.file.display,
                           model::format_iso(at),
                           model::format_iso(draft.state.last_event_at)));
  }
  if (at < draft.state.last_event_at) {
    // Another machine's clock ran ahead of this one's (the draft came
    // through git): the history must stay in time order.
    throw model::Error(trf("{}: the draft's last event ({}) is later than this "
                           "machine's clock ({}); check the clock, or give --at with a "
                           "time after the last event",
                           draft.file.display,
                           model::format_iso(draft.state.last_event_at),
                           model::format_iso(at)));
  }
  auto by = request.by;
  if (!repository.config.people.empty()) {
    auto identity = workflow::acting_identity(
      repository.config.people, request.identity, request.by, draft.file.display);
    by = workflow::authorize(repository.config.people, identity, request.role, draft.file.display)
           .name;
  }
  model::Event event;
  event.kind = model::EventKind::noted;
  // A note on a finished draft goes on the step that finished it (a decision's
  // `end` exit or a `next: end` may finish it before the last step).
  event.step = draft.state.active_step != 0   ? draft.state.active_step
               : draft.state.finished_at != 0 ? draft.state.finished_at
                                              : procedure.sop.steps.back().number;
  event.role = request.role;
  event.by = by;
  event.at = at;
  event.recorded = times.recorded;
  event.note = request.text;
  const auto& events = draft.file.sop.drafting->events;
  history::seal(event, events);
  write_change(
    repository, draft.file.path, yaml::append_event(draft.file.text, draft.file.sop, event));
  out << trf("{}: note at step {} by {}", id, event.step, event.by) << '\n';
  record_change(
    repository,
    {draft.file.path},
    fmt::format(
      "note {}: step {} by {} - {}", id, event.step, event.by, subject_part(request.text)));
}

} // namespace sopctl::ops
