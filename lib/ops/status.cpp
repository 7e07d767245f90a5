#include <model/errors.hpp>
#include <ops/commands.hpp>
#include <ops/drafts.hpp>
#include <store/draft_index.hpp>
#include <view/status_view.hpp>

namespace sopctl::ops {

int show_status(const store::Repository& repository,
                const std::optional<std::string>& query,
                Format format,
                std::ostream& out,
                std::ostream& err)
{
  auto procedure = store::load_procedure(repository);
  if (query) {
    auto id = select_draft(repository, procedure, query);
    auto draft = load_draft(repository, procedure, id);
    view::DraftSummary summary{ id, &draft.file.sop, draft.state };
    out << (format == Format::json ? view::draft_json(procedure.sop, summary)
                                   : view::draft_table(procedure.sop, summary));
    return 0;
  }
  std::vector<LoadedDraft> drafts;
  int exit_code = 0;
  for (const auto& id : store::list_sop_ids(repository.sops_dir())) {
    try {
      drafts.push_back(load_draft(repository, procedure, id));
    } catch (const store::NotADraft&) {
      // An SOP that is not a draft, such as the seed, is not listed.
    } catch (const model::Error& error) {
      // A broken draft is reported without hiding the others.
      err << error.what() << '\n';
      exit_code = 1;
    }
  }
  std::vector<view::DraftSummary> summaries;
  for (const auto& draft : drafts) {
    summaries.push_back({ draft.file.id, &draft.file.sop, draft.state });
  }
  out << (format == Format::json
            ? view::status_json(procedure.sop, summaries)
            : view::status_table(procedure.sop, summaries));
  return exit_code;
}

void show_log(const store::Repository& repository,
              const std::string& query,
              Format format,
              std::ostream& out)
{
  auto procedure = store::load_procedure(repository);
  auto id = select_draft(repository, procedure, query);
  auto draft = load_draft(repository, procedure, id);
  out << (format == Format::json
            ? view::log_json(draft.file.sop)
            : view::log_table(procedure.sop, draft.file.sop));
}

} // namespace sopctl::ops
