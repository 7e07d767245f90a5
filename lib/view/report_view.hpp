#pragma once

#include <model/sop.hpp>
#include <report/reports.hpp>
#include <string>
#include <vector>

namespace sopctl::view {

// How a report is wanted.
enum class ReportFormat
{
  table,
  csv,
  json,
};

// `sopctl report overdue`: one row per overdue step, or one line saying
// nothing is late as of `now`.
std::string overdue_report(const model::Sop& procedure,
                           const std::vector<report::ActiveStep>& rows,
                           model::Timestamp now,
                           ReportFormat format);

// `sopctl report due`.
std::string due_report(const model::Sop& procedure,
                       const std::vector<report::ActiveStep>& rows,
                       model::Timestamp now,
                       ReportFormat format);

// `sopctl report performance`.
std::string performance_report(const model::Sop& procedure,
                               const report::PerformanceReport& report,
                               ReportFormat format);

// A working duration in jam and menit: `2 jam 5 menit`.
std::string describe_seconds(std::int64_t seconds);

} // namespace sopctl::view
