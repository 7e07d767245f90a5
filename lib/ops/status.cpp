#include <model/errors.hpp>
#include <ops/commands.hpp>
#include <ops/draft_list.hpp>
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
    view::DraftSummary summary{ id, draft.file.sop.name, draft.state };
    out << (format == Format::json ? view::draft_json(procedure.sop, summary)
                                   : view::draft_table(procedure.sop, summary));
    return 0;
  }
  auto list = list_drafts(repository, procedure);
  for (const auto& problem : list.problems) {
    err << problem << '\n';
  }
  std::vector<view::DraftSummary> summaries;
  for (const auto& draft : list.drafts) {
    summaries.push_back({ draft.id, draft.digest.title, draft.state });
  }
  out << (format == Format::json
            ? view::status_json(procedure.sop, summaries)
            : view::status_table(procedure.sop, summaries));
  return list.problems.empty() ? 0 : 1;
}

void show_log(const store::Repository& repository,
              const std::string& query,
              Format format,
              std::ostream& out)
{
  auto procedure = store::load_procedure(repository);
  auto id = select_draft(repository, procedure, query);
  auto draft = load_draft(repository, procedure, id);
  const auto& events = draft.file.sop.drafting->events;
  out << (format == Format::json ? view::log_json(events)
                                 : view::log_table(procedure.sop, events));
}

} // namespace sopctl::ops
