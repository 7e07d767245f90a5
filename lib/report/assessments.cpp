#include <algorithm>
#include <model/sop_date.hpp>
#include <report/assessments.hpp>
#include <tuple>

namespace sopctl::report {

namespace {

// The monitoring and evaluation of each SOP in force with a known due day.
std::vector<AssessmentDue> scheduled(const std::vector<lifecycle::Entry>& entries,
                                     time::DayNumber today)
{
  std::vector<AssessmentDue> rows;
  for (const auto& entry : entries) {
    if (entry.state != lifecycle::State::berlaku) {
      continue;
    }
    auto add =
      [&](DueKind kind, const std::vector<lifecycle::Assessment>& done, const std::string& next) {
        auto due = time::parse_day(next);
        auto since = done.empty()
                       ? time::parse_day(model::first_day(entry.effective))
                       : std::optional(time::day_of(done.back().at, done.back().at.offset_minutes));
        if (!due || !since) {
          return;
        }
        AssessmentDue row;
        row.kind = kind;
        row.sop = entry.id;
        row.title = entry.sop ? entry.sop->name : std::string();
        row.since = *since;
        row.due = *due;
        row.days = static_cast<int>(today > *due ? today - *due : *due - today);
        rows.push_back(std::move(row));
      };
    add(DueKind::monitoring, entry.monitorings, entry.next_monitoring);
    add(DueKind::evaluation, entry.evaluations, entry.next_evaluation);
  }
  return rows;
}

} // namespace

std::string_view to_string(DueKind kind)
{
  switch (kind) {
    case DueKind::step:
      return "step";
    case DueKind::monitoring:
      return "monitoring";
    case DueKind::evaluation:
      return "evaluation";
  }
  return "step";
}

std::optional<DueKind> parse_due_kind(std::string_view text)
{
  for (auto kind : {DueKind::step, DueKind::monitoring, DueKind::evaluation}) {
    if (to_string(kind) == text) {
      return kind;
    }
  }
  return std::nullopt;
}

std::vector<AssessmentDue> overdue_assessments(const std::vector<lifecycle::Entry>& entries,
                                               time::DayNumber today)
{
  auto rows = scheduled(entries, today);
  std::erase_if(rows, [&](const AssessmentDue& row) { return today <= row.due; });
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return std::tuple(-a.days, a.sop, a.kind) < std::tuple(-b.days, b.sop, b.kind);
  });
  return rows;
}

std::vector<AssessmentDue> due_assessments(const std::vector<lifecycle::Entry>& entries,
                                           time::DayNumber today,
                                           int soon_days)
{
  auto rows = scheduled(entries, today);
  std::erase_if(rows,
                [&](const AssessmentDue& row) { return today > row.due || row.days > soon_days; });
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return std::tuple(a.days, a.sop, a.kind) < std::tuple(b.days, b.sop, b.kind);
  });
  return rows;
}

} // namespace sopctl::report
