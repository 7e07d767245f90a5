#include <algorithm>
#include <map>
#include <report/reports.hpp>

namespace sopctl::report {

namespace {

template<typename Keep>
std::vector<ActiveStep> active_steps(const model::Sop& procedure,
                                     const ClockRules& rules,
                                     const std::vector<DraftInput>& drafts,
                                     model::Timestamp now,
                                     const std::optional<std::string>& role,
                                     Keep keep)
{
  std::vector<ActiveStep> rows;
  for (const auto& draft : drafts) {
    const auto* activation = draft.state->active();
    if (!activation) {
      continue;
    }
    const auto* step = procedure.find_step(activation->step);
    if (role && step->performer != *role) {
      continue;
    }
    ActiveStep row{draft.id, draft.title, step, measure(rules, *activation, now)};
    if (!keep(row.clock)) {
      continue;
    }
    if (row.clock.state == ClockState::overdue) {
      auto [days, minutes] = rules.calendar->split_days(*row.clock.due, now);
      row.late_days = days;
      row.late_rest = minutes;
      row.late_minutes = -row.clock.remaining_seconds / 60;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

} // namespace

std::vector<ActiveStep> overdue_steps(const model::Sop& procedure,
                                      const ClockRules& rules,
                                      const std::vector<DraftInput>& drafts,
                                      model::Timestamp now,
                                      const std::optional<std::string>& role)
{
  auto rows = active_steps(procedure, rules, drafts, now, role, [](const StepClock& clock) {
    return clock.state == ClockState::overdue;
  });
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    if (a.clock.remaining_seconds != b.clock.remaining_seconds) {
      return a.clock.remaining_seconds < b.clock.remaining_seconds;
    }
    return a.draft < b.draft;
  });
  return rows;
}

std::vector<ActiveStep> due_steps(const model::Sop& procedure,
                                  const ClockRules& rules,
                                  const std::vector<DraftInput>& drafts,
                                  model::Timestamp now,
                                  model::Timestamp horizon,
                                  const std::optional<std::string>& role)
{
  auto rows = active_steps(procedure, rules, drafts, now, role, [&](const StepClock& clock) {
    return clock.due && clock.state != ClockState::overdue &&
           (!(horizon < *clock.due) || clock.state == ClockState::at_risk);
  });
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    if (!(*a.clock.due == *b.clock.due)) {
      return *a.clock.due < *b.clock.due;
    }
    return a.draft < b.draft;
  });
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

namespace {

struct Tally
{
  std::vector<std::int64_t> durations;
  int with_standard = 0;
  int met = 0;

  void add(const StepClock& clock)
  {
    durations.push_back(clock.elapsed_seconds);
    if (clock.due) {
      ++with_standard;
      met += clock.met ? 1 : 0;
    }
  }

  Performance finish(std::string label, const model::Step* step)
  {
    Performance result;
    result.label = std::move(label);
    result.step = step;
    result.completions = static_cast<int>(durations.size());
    result.median_seconds = percentile(durations, 50);
    result.p90_seconds = percentile(durations, 90);
    result.with_standard = with_standard;
    result.met = met;
    return result;
  }
};

} // namespace

PerformanceReport performance(const model::Sop& procedure,
                              const ClockRules& rules,
                              const std::vector<DraftInput>& drafts)
{
  std::map<int, Tally> by_step;
  std::map<std::string, Tally> by_role;
  for (const auto& draft : drafts) {
    for (const auto& activation : draft.state->activations) {
      if (!activation.until) {
        continue;
      }
      auto clock = measure(rules, activation, *activation.until);
      by_step[activation.step].add(clock);
      by_role[activation.role].add(clock);
    }
  }
  PerformanceReport report;
  for (const auto& step : procedure.steps) {
    report.steps.push_back(by_step[step.number].finish(std::to_string(step.number), &step));
  }
  for (const auto& performer : procedure.performers) {
    report.roles.push_back(by_role[performer.key].finish(performer.key, nullptr));
  }
  return report;
}

} // namespace sopctl::report
