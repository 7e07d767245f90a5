#pragma once

#include <model/timestamp.hpp>
#include <ops/format.hpp>
#include <ops/records_output.hpp>
#include <optional>
#include <ostream>
#include <report/assessments.hpp>
#include <set>
#include <store/repository.hpp>
#include <string>
#include <vector>
#include <view/report_view.hpp>

namespace sopctl::ops {

// Which report `sopctl report` prints.
enum class ReportKind
{
  overdue,
  due,
  performance,
};

// What `sopctl report` was asked for.
struct ReportRequest
{
  ReportKind kind = ReportKind::overdue;
  model::Timestamp now;
  std::optional<std::string> role;
  Format format = Format::table;
  view::TableStyle style; // colour and terminal width, for a table
  Destination destination;
  std::string within = "1 hari"; // for `due`
  bool exit_code = false;        // exit 3 when anything is overdue
  // What overdue and due list: drafting steps, monitorings, evaluations;
  // empty: all three.
  std::set<report::DueKind> kinds;
};

// The kinds `--kind` names, each value one kind or a comma list of them;
// throws model::UsageError for an unknown one, naming the kinds.
std::set<report::DueKind> parse_report_kinds(const std::vector<std::string>& given);

// Exit code of `report overdue --exit-code` when something is late.
inline constexpr int exit_overdue = 3;

// `sopctl report`: prints the report; drafts and SOP files that do not load
// are named on `err`. Overdue and due list the active steps of drafts, then
// the monitorings and evaluations of SOPs in force that are late on the
// office's day of `now` (or due within sopctl.yaml monitoring.due_soon_days).
// Returns the exit code: 1 when a file did not load, else 3 for anything
// overdue (a step, a monitoring, an evaluation) with `exit_code`, else 0.
int write_report(const store::Repository& repository,
                 const ReportRequest& request,
                 std::ostream& out,
                 std::ostream& err);

} // namespace sopctl::ops
