#include <report/step_clock.hpp>
#include <time/time_standard.hpp>

namespace sopctl::report {

std::string_view to_string(ClockState state)
{
  switch (state) {
    case ClockState::no_standard:
      return "no_standard";
    case ClockState::on_track:
      return "on_track";
    case ClockState::at_risk:
      return "at_risk";
    case ClockState::overdue:
      return "overdue";
  }
  return "?";
}

ClockRules clock_rules(const time::Calendar& calendar,
                       double at_risk_share,
                       const model::Sop& procedure)
{
  return {&calendar, at_risk_share, time::time_standards_of(procedure)};
}

StepClock measure(const ClockRules& rules,
                  const workflow::Activation& activation,
                  model::Timestamp now)
{
  const auto& calendar = *rules.calendar;
  StepClock clock;
  clock.step = activation.step;
  clock.round = activation.round;
  clock.since = activation.since;
  clock.until = activation.until;
  auto end = activation.until.value_or(now);
  clock.elapsed_seconds =
    std::max<std::int64_t>(0, calendar.working_seconds_between(activation.since, end));
  const auto& standard = static_cast<size_t>(activation.step) < rules.standards.size()
                           ? rules.standards[activation.step]
                           : std::nullopt;
  if (!standard) {
    return clock;
  }
  // A day window (`H+1 s.d H+2`) is due counted from the draft's start,
  // not from when the step became active.
  clock.due = standard->h_day ? calendar.due_from_start(activation.started, *standard->h_day)
                              : calendar.due(activation.since, *standard);
  clock.standard_seconds = calendar.working_seconds_between(activation.since, *clock.due);
  clock.remaining_seconds = calendar.working_seconds_between(end, *clock.due);
  // Lateness is counted in working time, as the office counts it: a step
  // due at 16:00 is not late at 18:00 but at 07:31 the next working day.
  bool late = clock.remaining_seconds < 0;
  clock.met = !late;
  if (late) {
    clock.state = ClockState::overdue;
  } else if (clock.remaining_seconds <
             rules.at_risk_share * static_cast<double>(clock.standard_seconds)) {
    clock.state = ClockState::at_risk;
  } else {
    clock.state = ClockState::on_track;
  }
  return clock;
}

} // namespace sopctl::report
