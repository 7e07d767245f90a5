#pragma once

#include <model/sop.hpp>
#include <report/reports.hpp>
#include <string>
#include <vector>
#include <view/format.hpp>
#include <view/sheet.hpp>

namespace sopctl::view {

// `sopctl report overdue` as records: one row per overdue step.
Sheet overdue_sheet(const model::Sop& procedure, const std::vector<report::ActiveStep>& rows);

// `sopctl report due` as records.
Sheet due_sheet(const model::Sop& procedure, const std::vector<report::ActiveStep>& rows);

// `sopctl report performance` as records: a `steps` sheet and a `roles`
// sheet.
std::vector<Sheet> performance_sheets(const report::PerformanceReport& report);

// `sopctl report overdue` as a table (or one line saying nothing is late as
// of `now`), JSON (schema `sopctl.report.overdue/1`) or CSV; xlsx is
// written from overdue_sheet.
std::string overdue_report(const model::Sop& procedure,
                           const std::vector<report::ActiveStep>& rows,
                           model::Timestamp now,
                           Format format,
                           const TableStyle& style = {});

// `sopctl report due`, alike (schema `sopctl.report.due/1`).
std::string due_report(const model::Sop& procedure,
                       const std::vector<report::ActiveStep>& rows,
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
