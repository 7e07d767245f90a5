#include <algorithm>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/catalogue.hpp>
#include <ops/draft_list.hpp>
#include <ops/report.hpp>
#include <report/reports.hpp>
#include <store/draft_index.hpp>
#include <time/calendar.hpp>
#include <time/time_standard.hpp>
#include <workflow/advance.hpp>

namespace sopctl::ops {

namespace {

void check_role(const model::Sop& procedure, const std::optional<std::string>& role)
{
  if (role && !procedure.find_performer(*role)) {
    throw model::UsageError(trf(
      "--role \"{}\": unknown role; the roles are: {}", *role, workflow::list_roles(procedure)));
  }
}

// The report as a workbook of its one sheet, else as text.
template<typename Text>
void deliver_report(const store::Repository& repository,
                    const ReportRequest& request,
                    view::Sheet sheet,
                    Text text,
                    std::ostream& out)
{
  if (request.format == Format::xlsx) {
    deliver_workbook(request.destination, repository.cwd, {std::move(sheet)});
  } else {
    deliver(request.destination, repository.cwd, text(), out);
  }
}

// The monitorings and evaluations the report lists (none for performance,
// or when --kind leaves both out); `drafting`: the drafts in progress,
// which are skipped; `finished`: the finished drafts, as listed. `problems`
// gets the files that did not load, each once.
std::vector<report::AssessmentDue> assessments_due(const store::Repository& repository,
                                                   const store::Procedure& procedure,
                                                   const ReportRequest& request,
                                                   model::Timestamp now,
                                                   const std::set<std::string>& drafting,
                                                   std::vector<CatalogueFile> finished,
                                                   std::vector<std::string>& problems)
{
  auto wanted = [&](report::DueKind kind) {
    return request.kinds.empty() || request.kinds.contains(kind);
  };
  bool any = wanted(report::DueKind::monitoring) || wanted(report::DueKind::evaluation);
  // --role: the monitoring role's rows only when it is that role.
  bool role_fits = !request.role || *request.role == repository.config.monitoring_role;
  if (request.kind == ReportKind::performance || !any || !role_fits) {
    return {};
  }
  // Only the files that are not drafts are read again: the SOPs signed on
  // paper. The drafts, in progress and finished, came from the digest cache.
  std::set<std::string> listed = drafting;
  for (const auto& file : finished) {
    listed.insert(file.id);
  }
  auto ids = store::list_sop_ids(repository.sops_dir());
  std::erase_if(ids, [&](const std::string& id) { return listed.contains(id); });
  auto catalogue = load_catalogue(repository, procedure, ids, std::move(finished));
  for (auto& problem : catalogue.problems) {
    if (std::find(problems.begin(), problems.end(), problem) == problems.end()) {
      problems.push_back(std::move(problem));
    }
  }
  auto today = time::day_of(now, repository.config.utc_offset_minutes);
  auto rows =
    request.kind == ReportKind::overdue
      ? report::overdue_assessments(catalogue.entries, today)
      : report::due_assessments(catalogue.entries, today, repository.config.schedule.due_soon_days);
  std::erase_if(rows, [&](const report::AssessmentDue& row) { return !wanted(row.kind); });
  return rows;
}

} // namespace

std::set<report::DueKind> parse_report_kinds(const std::vector<std::string>& given)
{
  std::set<report::DueKind> kinds;
  for (const auto& value : given) {
    size_t start = 0;
    while (start <= value.size()) {
      auto end = std::min(value.find(',', start), value.size());
      auto word = value.substr(start, end - start);
      auto kind = report::parse_due_kind(word);
      if (!kind) {
        throw model::UsageError(
          trf("--kind \"{}\": unknown kind; the kinds are step, monitoring and evaluation", word));
      }
      kinds.insert(*kind);
      start = end + 1;
    }
  }
  return kinds;
}

int write_report(const store::Repository& repository,
                 const ReportRequest& request,
                 std::ostream& out,
                 std::ostream& err)
{
  require_file_for_xlsx(request.format, request.destination);
  auto procedure = store::load_procedure(repository);
  const auto& sop = procedure.sop;
  check_role(sop, request.role);
  auto horizon = time::parse_time_standard(request.within);
  if (request.kind == ReportKind::due && !horizon.has_standard) {
    throw model::UsageError(
      trf("--within: {}", horizon.error.empty() ? tr("give a duration") : horizon.error));
  }
  if (request.kind == ReportKind::due && horizon.standard.h_day) {
    throw model::UsageError(
      trf("--within: \"{}\" is a day counted from the start of a draft; give a duration, like "
          "\"2 hari\"",
          request.within));
  }

  auto rules =
    report::clock_rules(repository.config.calendar, repository.config.at_risk_share, sop);
  // Reports read in the office's own time, whatever offset --at was given in.
  auto now = model::at_offset(request.now.utc_seconds, repository.config.utc_offset_minutes);
  auto until = rules.calendar->due(now, horizon.standard);
  // Drafts are measured one at a time and only the rows are kept, so memory
  // does not grow with the drafts' histories.
  view::DueRows rows;
  rows.assessment_role = repository.config.monitoring_role;
  bool steps = request.kinds.empty() || request.kinds.contains(report::DueKind::step);
  report::PerformanceTally tally(rules);
  // The drafts: those in progress by id; the finished ones as the register
  // needs them, from the digests just listed (a signed SOP in force is due
  // for monitoring), so that no draft's file is read twice.
  std::set<std::string> drafting;
  std::vector<CatalogueFile> finished;
  auto problems = for_each_draft(repository, procedure, [&](ListedDraft&& draft) {
    if (request.kind == ReportKind::performance) {
      tally.add(draft.state);
      return;
    }
    if (draft.state.phase == workflow::Phase::done) {
      // No active step to measure.
      finished.push_back(catalogue_file(std::move(draft.id),
                                        std::move(draft.digest),
                                        std::move(draft.state),
                                        repository.config.utc_offset_minutes));
      return;
    }
    drafting.insert(draft.id);
    if (!steps) {
      return;
    }
    report::DraftInput input{draft.id, draft.digest.title, &draft.state};
    auto row = report::measure_active(sop, rules, input, now, request.role);
    bool keep =
      row && (request.kind == ReportKind::overdue ? row->clock.state == report::ClockState::overdue
                                                  : report::is_due_soon(row->clock, until));
    if (keep) {
      rows.steps.push_back(std::move(*row));
    }
  });
  rows.assessments =
    assessments_due(repository, procedure, request, now, drafting, std::move(finished), problems);
  for (const auto& problem : problems) {
    err << problem << '\n';
  }
  int exit_code = 0;
  switch (request.kind) {
    case ReportKind::overdue:
      report::order_overdue(rows.steps);
      deliver_report(
        repository,
        request,
        view::overdue_sheet(sop, rows),
        [&] { return view::overdue_report(sop, rows, now, request.format, request.style); },
        out);
      exit_code = request.exit_code && !rows.empty() ? exit_overdue : 0;
      break;
    case ReportKind::due:
      report::order_due(rows.steps);
      deliver_report(
        repository,
        request,
        view::due_sheet(sop, rows),
        [&] { return view::due_report(sop, rows, now, request.format, request.style); },
        out);
      break;
    case ReportKind::performance: {
      auto performance = report::only_role(tally.finish(sop), request.role);
      if (request.format == Format::xlsx) {
        deliver_workbook(
          request.destination, repository.cwd, view::performance_sheets(performance));
      } else {
        deliver(request.destination,
                repository.cwd,
                view::performance_report(sop, performance, request.format, request.style),
                out);
      }
      break;
    }
  }
  return problems.empty() ? exit_code : 1;
}

} // namespace sopctl::ops
