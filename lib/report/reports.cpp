#include <algorithm>
#include <map>
#include <report/reports.hpp>

namespace sopctl::report {

std::optional<ActiveStep> measure_active(const model::Sop& procedure,
                                         const ClockRules& rules,
                                         const DraftInput& draft,
                                         model::Timestamp now,
                                         const std::optional<std::string>& role)
{
  const auto* activation = draft.state->active();
  if (!activation) {
    return std::nullopt;
  }
  const auto* step = procedure.find_step(activation->step);
  if (role && !step->performed_by(*role)) {
    return std::nullopt;
  }
  ActiveStep row{draft.id, draft.title, step, measure(rules, *activation, now)};
  if (row.clock.state == ClockState::overdue) {
    auto [days, minutes] = rules.calendar->split_days(*row.clock.due, now);
    row.late_days = days;
    row.late_rest = minutes;
    row.late_minutes = -row.clock.remaining_seconds / 60;
  }
  return row;
}

bool is_due_soon(const StepClock& clock, model::Timestamp horizon)
{
  return clock.due && clock.state != ClockState::overdue &&
         (!(horizon < *clock.due) || clock.state == ClockState::at_risk);
}

void order_overdue(std::vector<ActiveStep>& rows)
{
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    if (a.clock.remaining_seconds != b.clock.remaining_seconds) {
      return a.clock.remaining_seconds < b.clock.remaining_seconds;
    }
    return a.draft < b.draft;
  });
}

void order_due(std::vector<ActiveStep>& rows)
{
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    if (!(*a.clock.due == *b.clock.due)) {
      return *a.clock.due < *b.clock.due;
    }
    return a.draft < b.draft;
  });
}

std::vector<ActiveStep> overdue_steps(const model::Sop& procedure,
                                      const ClockRules& rules,
                                      const std::vector<DraftInput>& drafts,
                                      model::Timestamp now,
                                      const std::optional<std::string>& role)
{
  std::vector<ActiveStep> rows;
  for (const auto& draft : drafts) {
    auto row = measure_active(procedure, rules, draft, now, role);
    if (row && row->clock.state == ClockState::overdue) {
      rows.push_back(std::move(*row));
    }
  }
  order_overdue(rows);
  return rows;
}

std::vector<ActiveStep> due_steps(const model::Sop& procedure,
                                  const ClockRules& rules,
                                  const std::vector<DraftInput>& drafts,
                                  model::Timestamp now,
                                  model::Timestamp horizon,
                                  const std::optional<std::string>& role)
{
  std::vector<ActiveStep> rows;
  for (const auto& draft : drafts) {
    auto row = measure_active(procedure, rules, draft, now, role);
    if (row && is_due_soon(row->clock, horizon)) {
      rows.push_back(std::move(*row));
    }
  }
  order_due(rows);
  return rows;
}

std::int64_t percentile(std::vector<std::int64_t>& values, int percent)
{
  if (values.empty()) {
    return 0;
  }
  std::sort(values.begin(), values.end());
  // Nearest rank: the smallest value with at least `percent`% at or below.
  size_t rank = (values.size() * percent + 99) / 100;
  return values[std::max<size_t>(rank, 1) - 1];
}

void PerformanceTally::add(const workflow::DraftState& state)
{
  for (const auto& activation : state.activations) {
    if (!activation.until) {
      continue;
    }
    auto clock = measure(rules_, activation, *activation.until);
    for (auto* tally : {&by_step_[activation.step], &by_role_[activation.role]}) {
      tally->durations.push_back(clock.elapsed_seconds);
      if (clock.due) {
        ++tally->with_standard;
        tally->met += clock.met ? 1 : 0;
      }
    }
  }
}

Performance PerformanceTally::summarize(Tally& tally, std::string label, const model::Step* step)
{
  Performance result;
  result.label = std::move(label);
  result.step = step;
  result.completions = static_cast<int>(tally.durations.size());
  result.median_seconds = percentile(tally.durations, 50);
  result.p90_seconds = percentile(tally.durations, 90);
  result.with_standard = tally.with_standard;
  result.met = tally.met;
  return result;
}

PerformanceReport PerformanceTally::finish(const model::Sop& procedure)
{
  PerformanceReport report;
  for (const auto& step : procedure.steps) {
    report.steps.push_back(summarize(by_step_[step.number], std::to_string(step.number), &step));
  }
  for (const auto& performer : procedure.performers) {
    report.roles.push_back(summarize(by_role_[performer.key], performer.key, nullptr));
  }
  return report;
}

PerformanceReport only_role(PerformanceReport report, const std::optional<std::string>& role)
{
  if (role) {
    std::erase_if(report.steps, [&](const auto& entry) { return !entry.step->performed_by(*role); });
    std::erase_if(report.roles, [&](const auto& entry) { return entry.label != *role; });
  }
  return report;
}

PerformanceReport performance(const model::Sop& procedure,
                              const ClockRules& rules,
                              const std::vector<DraftInput>& drafts)
{
  PerformanceTally tally(rules);
  for (const auto& draft : drafts) {
    tally.add(*draft.state);
  }
  return tally.finish(procedure);
}

} // namespace sopctl::report
