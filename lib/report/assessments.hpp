#pragma once

#include <lifecycle/lifecycle.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <time/calendar.hpp>
#include <vector>

namespace sopctl::report {

// What a row of `report overdue` and `report due` is about: a drafting
// step, or the monitoring or evaluation of an SOP in force.
enum class DueKind
{
  step,
  monitoring,
  evaluation,
};

// `step`, `monitoring`, `evaluation` (also the JSON and CSV value).
std::string_view to_string(DueKind kind);

// The kind named `text`, or nullopt.
std::optional<DueKind> parse_due_kind(std::string_view text);

// A monitoring or evaluation of an SOP in force, measured against today.
struct AssessmentDue
{
  DueKind kind = DueKind::monitoring;
  std::string sop;           // the SOP's id in sops/
  std::string title;         // its name
  time::DayNumber since = 0; // the last one's day, else the effective date
  time::DayNumber due = 0;   // the day it is due by (late the day after)
  int days = 0;              // late by (overdue), or left until the due day (due soon)
};

// Every monitoring and evaluation of `entries` late on `today` (today is
// after the day it was due), the latest first (then by SOP id, monitoring
// before evaluation).
std::vector<AssessmentDue> overdue_assessments(const std::vector<lifecycle::Entry>& entries,
                                               time::DayNumber today);

// Every one not late but due within `soon_days` days of `today` (today
// included), the soonest first.
std::vector<AssessmentDue> due_assessments(const std::vector<lifecycle::Entry>& entries,
                                           time::DayNumber today,
                                           int soon_days);

} // namespace sopctl::report
