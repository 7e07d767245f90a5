#pragma once

#include <model/sop.hpp>
#include <report/assessments.hpp>
#include <report/reports.hpp>
#include <string>
#include <vector>
#include <view/format.hpp>
#include <view/sheet.hpp>

namespace sopctl::view {

// What `report overdue` and `report due` list: active steps of drafts, then
// monitorings and evaluations of SOPs in force, each row with its `kind`.
struct DueRows
{
  std::vector<report::ActiveStep> steps;
  std::vector<report::AssessmentDue> assessments;
  // sopctl.yaml `monitoring.role`: who monitors and evaluates ("" anyone).
  std::string assessment_role;

  bool empty() const { return steps.empty() && assessments.empty(); }
};

// `sopctl report overdue` as records: one row per overdue step, then per
// late monitoring or evaluation; `kind` (the last field) tells them apart.
Sheet overdue_sheet(const model::Sop& procedure, const DueRows& rows);

// `sopctl report due` as records.
Sheet due_sheet(const model::Sop& procedure, const DueRows& rows);

// `sopctl report performance` as records: a `steps` sheet and a `roles`
// sheet.
std::vector<Sheet> performance_sheets(const report::PerformanceReport& report);

// `sopctl report overdue` as a table (or one line saying nothing is late as
// of `now`), JSON (schema `sopctl.report.overdue/1`) or CSV; xlsx is
// written from overdue_sheet.
std::string overdue_report(const model::Sop& procedure,
                           const DueRows& rows,
                           model::Timestamp now,
                           Format format,
                           const TableStyle& style = {});

// `sopctl report due`, alike (schema `sopctl.report.due/1`).
std::string due_report(const model::Sop& procedure,
                       const DueRows& rows,
                       model::Timestamp now,
                       Format format,
                       const TableStyle& style = {});

// `sopctl report performance` (schema `sopctl.report.performance/1`); its
// CSV is one table with a `kind` column, `step` or `role`.
std::string performance_report(const model::Sop& procedure,
                               const report::PerformanceReport& report,
                               Format format,
                               const TableStyle& style = {});

// A working duration in jam and menit: `2 jam 5 menit`.
std::string describe_seconds(std::int64_t seconds);

} // namespace sopctl::view
