#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/draft_list.hpp>
#include <ops/drafts.hpp>
#include <ops/status.hpp>
#include <report/step_clock.hpp>
#include <store/draft_index.hpp>
#include <time/time_standard.hpp>
#include <view/status_records.hpp>
#include <view/status_view.hpp>

namespace sopctl::ops {

namespace {

// A draft measured for `status`: a clock for each activation, and how late
// the active step is in the office's words.
view::DraftSummary summarize(const store::Repository& repository,
                             const report::ClockRules& rules,
                             std::string id,
                             std::string title,
                             workflow::DraftState state,
                             model::Timestamp now)
{
  view::DraftSummary summary{std::move(id), std::move(title), std::move(state), {}, {}};
  for (const auto& activation : summary.state.activations) {
    summary.clocks.push_back(report::measure(rules, activation, now));
  }
  const auto& last = summary.clocks.back();
  if (summary.state.phase == workflow::Phase::in_progress &&
      last.state == report::ClockState::overdue) {
    auto [days, minutes] = repository.config.calendar.split_days(*last.due, now);
    summary.late_by = time::describe(days, minutes);
  }
  return summary;
}

void print_draft(const store::Repository& repository,
                 const StatusRequest& request,
                 const model::Sop& procedure,
                 const view::DraftSummary& summary,
                 std::ostream& out)
{
  const auto& destination = request.destination;
  switch (request.format) {
    case Format::table:
      return deliver(
        destination, repository.cwd, view::draft_table(procedure, summary, request.style), out);
    case Format::json:
      return deliver(destination, repository.cwd, view::draft_json(procedure, summary), out);
    case Format::csv:
    case Format::csv_rfc4180:
      return deliver(
        destination,
        repository.cwd,
        view::sheet_csv(view::draft_sheet(procedure, summary), csv_style(request.format)),
        out);
    case Format::xlsx:
      return deliver_workbook(destination, repository.cwd, {view::draft_sheet(procedure, summary)});
  }
}

void print_drafts(const store::Repository& repository,
                  const StatusRequest& request,
                  const model::Sop& procedure,
                  const std::vector<view::DraftSummary>& summaries,
                  model::Timestamp now,
                  std::ostream& out)
{
  const auto& destination = request.destination;
  switch (request.format) {
    case Format::table:
      return deliver(
        destination, repository.cwd, view::status_table(procedure, summaries, request.style), out);
    case Format::json:
      return deliver(
        destination, repository.cwd, view::status_json(procedure, summaries, now), out);
    case Format::csv:
    case Format::csv_rfc4180:
      return deliver(
        destination,
        repository.cwd,
        view::sheet_csv(view::status_sheet(procedure, summaries), csv_style(request.format)),
        out);
    case Format::xlsx:
      return deliver_workbook(
        destination, repository.cwd, {view::status_sheet(procedure, summaries)});
  }
}

} // namespace

int show_status(const store::Repository& repository,
                const StatusRequest& request,
                std::ostream& out,
                std::ostream& err)
{
  require_file_for_xlsx(request.format, request.destination);
  auto procedure = store::load_procedure(repository);
  auto rules =
    report::clock_rules(repository.config.calendar, repository.config.at_risk_share, procedure.sop);
  auto now = model::at_offset(request.now.utc_seconds, repository.config.utc_offset_minutes);
  if (request.draft) {
    auto id = select_draft(repository, procedure, request.draft);
    auto draft = load_draft(repository, procedure, id);
    auto summary = summarize(repository, rules, id, draft.file.sop.name, draft.state, now);
    print_draft(repository, request, procedure.sop, summary, out);
    return 0;
  }
  auto list = list_drafts(repository, procedure);
  for (const auto& problem : list.problems) {
    err << problem << '\n';
  }
  std::vector<view::DraftSummary> summaries;
  for (auto& draft : list.drafts) {
    summaries.push_back(
      summarize(repository, rules, draft.id, draft.digest.title, std::move(draft.state), now));
  }
  if (summaries.empty() && !list.problems.empty() && request.format == Format::table) {
    // Not "no drafts yet": there are drafts, and none of them loads.
    err << trf("no draft could be read ({} did not load; see above)", list.problems.size()) << '\n';
    return 1;
  }
  print_drafts(repository, request, procedure.sop, summaries, now, out);
  return list.problems.empty() ? 0 : 1;
}

} // namespace sopctl::ops
