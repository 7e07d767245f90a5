#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <ops/commands.hpp>
#include <ops/drafts.hpp>
#include <store/files.hpp>

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
  auto event = workflow::plan_advance(procedure.sop, draft.state, request, draft.file.display);
  history::seal(event, draft.file.sop.drafting->events);
  auto text = store::append_event(draft.file.text, draft.file.sop, event);
  store::write_file_atomically(draft.file.path, text);

  const auto& sop = procedure.sop;
  const auto& done = *sop.find_step(event.step);
  int next =
    event.kind == model::EventKind::rejected ? done.decision->no : workflow::next_step(sop, done);
  std::string outcome = event.kind == model::EventKind::rejected ? "sent back (Tidak)" : "done";
  if (next == 0) {
    out << fmt::format(
      "{}: step {} {} by {}; the draft is finished\n", id, done.number, outcome, event.by);
    return;
  }
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

} // namespace sopctl::ops
