#pragma once

#include <cstdint>
#include <model/sop.hpp>
#include <optional>
#include <string_view>
#include <time/calendar.hpp>
#include <vector>
#include <workflow/replay.hpp>

namespace sopctl::report {

// How an active step stands against its time standard.
enum class ClockState
{
  no_standard, // the step has none: never overdue
  on_track,
  at_risk, // less than the at-risk share of its standard is left
  overdue,
};

// One activation of a step measured on the working calendar: for the active
// step, time elapsed and remaining; for a done one, how long it took and
// whether that met its standard.
struct StepClock
{
  int step = 0;
  int round = 1;
  model::Timestamp since;
  std::optional<model::Timestamp> due;   // none without a standard
  std::optional<model::Timestamp> until; // set when done
  std::int64_t elapsed_seconds = 0;      // working time, since -> until/now
  std::int64_t remaining_seconds = 0;    // working time to due; < 0 when late
  std::int64_t standard_seconds = 0;     // working time since -> due
  ClockState state = ClockState::no_standard;
  bool met = true; // for a done step: finished by its due time
};

// What measuring needs: the calendar, the at-risk share, and the time
// standard of each step (time::time_standards_of).
struct ClockRules
{
  const time::Calendar* calendar = nullptr;
  double at_risk_share = 0.25;
  std::vector<std::optional<time::TimeStandard>> standards;
};

// The rules for a procedure measured on `calendar`.
ClockRules clock_rules(const time::Calendar& calendar,
                       double at_risk_share,
                       const model::Sop& procedure);

// Measures one activation as of `now`.
StepClock measure(const ClockRules& rules,
                  const workflow::Activation& activation,
                  model::Timestamp now);

// `on_track`, `at_risk`, `overdue`, `no_standard`.
std::string_view to_string(ClockState state);

} // namespace sopctl::report
