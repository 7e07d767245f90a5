#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/draft_list.hpp>
#include <ops/drafts.hpp>
#include <store/draft_index.hpp>

namespace sopctl::ops {

LoadedDraft load_draft(const store::Repository& repository,
                       const store::Procedure& procedure,
                       const std::string& id)
{
  auto file = store::read_draft_file(repository, id);
  store::require_governed_by(procedure, file.sop, file.display);
  model::Diagnostics diagnostics(file.display);
  auto state = workflow::replay(procedure.sop, file.sop.drafting->events, diagnostics);
  diagnostics.throw_if_any();
  workflow::express_in_zone(*state, repository.config.utc_offset_minutes);
  return {std::move(file), std::move(*state)};
}

std::string select_draft(const store::Repository& repository,
                         const store::Procedure& procedure,
                         const std::optional<std::string>& query)
{
  // An exact id needs no listing: acting on one draft never reads the
  // directory of all the others.
  if (query && query->find('/') == std::string::npos && !query->empty() &&
      std::filesystem::is_regular_file(repository.draft_path(*query))) {
    return *query;
  }
  auto ids = store::list_sop_ids(repository.sops_dir());
  auto sops_display = repository.display(repository.sops_dir()) + "/";
  if (query) {
    return store::resolve_id(ids, *query, sops_display);
  }
  std::vector<std::string> in_progress;
  auto list = list_drafts(repository, procedure);
  for (const auto& draft : list.drafts) {
    if (draft.state.phase == workflow::Phase::in_progress) {
      in_progress.push_back(draft.id);
    }
  }
  // A draft that does not load may be the one meant: say what is wrong
  // with it rather than guess.
  if (!list.problems.empty()) {
    throw model::Error(fmt::format("{}\n{}",
                                   fmt::join(list.problems, "\n"),
                                   list.problems.size() == 1
                                     ? tr("fix the draft above, or name the draft to act on")
                                     : tr("fix the drafts above, or name the draft to act on")));
  }
  if (in_progress.size() == 1) {
    return in_progress.front();
  }
  if (in_progress.empty()) {
    throw model::Error(trf("no draft is in progress in {}; start one "
                           "with: sopctl start TITLE",
                           sops_display));
  }
  throw model::Error(trf(
    "{} drafts are in progress; name one: {}", in_progress.size(), fmt::join(in_progress, ", ")));
}

} // namespace sopctl::ops
