#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <ops/commands.hpp>
#include <ops/drafts.hpp>
#include <ops/record_change.hpp>
#include <store/files.hpp>
#include <workflow/authorize.hpp>

namespace sopctl::ops {

void advance_draft(const store::Repository& repository,
                   const std::optional<std::string>& query,
                   workflow::AdvanceRequest request,
                   const Clock& clock,
                   std::ostream& out)
{
  auto procedure = store::load_procedure(repository);
  auto id = select_draft(repository, procedure, query);

  // Read, check and write under the lock, so a concurrent advance of the
  // same draft is applied after this one rather than lost.
  store::DirectoryLock lock(repository.sops_dir());
  auto draft = load_draft(repository, procedure, id);
  if (!request.at_given) {
    request.at = clock();
  }
  if (!repository.config.people.empty()) {
    // Checked after the procedure's own rules, so a wrong role is named as
    // such before who may hold it.
    workflow::plan_advance(procedure.sop, draft.state, request, draft.file.display);
    request.by = workflow::authorize(
                   repository.config.people, request.identity, request.role, draft.file.display)
                   .name;
  }
  auto event = workflow::plan_advance(procedure.sop, draft.state, request, draft.file.display);
  history::seal(event, draft.file.sop.drafting->events);
  auto text = store::append_event(draft.file.text, draft.file.sop, event);
  store::write_file_atomically(draft.file.path, text);

  const auto& sop = procedure.sop;
  const auto& done = *sop.find_step(event.step);
  bool rejected = event.kind == model::EventKind::rejected;
  int next = rejected ? done.decision->no : workflow::next_step(sop, done);
  std::string outcome = rejected ? "sent back (Tidak)" : "done";
  if (next == 0) {
    out << fmt::format(
      "{}: step {} {} by {}; the draft is finished\n", id, done.number, outcome, event.by);
  } else {
    const auto& step = *sop.find_step(next);
    out << fmt::format("{}: step {} {} by {}; step {} is now active: {} ({})\n",
                       id,
                       done.number,
                       outcome,
                       event.by,
                       step.number,
                       step.activity,
                       step.performer);
  }
  // `advance akta: step 6 Tidak by kabid (Rina) - dasar hukum kurang`
  auto message = fmt::format("advance {}: step {} {} by {} ({})",
                             id,
                             done.number,
                             rejected        ? "Tidak"
                             : done.decision ? "Ya"
                                             : "done",
                             event.role,
                             event.by);
  if (!event.note.empty()) {
    message += " - " + subject_part(event.note);
  }
  record_change(repository, {draft.file.path}, message);
}

} // namespace sopctl::ops
