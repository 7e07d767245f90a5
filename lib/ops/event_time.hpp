#pragma once

#include <model/timestamp.hpp>
#include <ops/clock.hpp>
#include <string>

namespace sopctl::ops {

// How far after "now" an event's --at may lie: two machines' clocks differ by
// a minute or two, but an event dated later than that has not happened yet
// (a note dated 2099 would block every later advance of the draft).
inline constexpr std::int64_t future_tolerance_seconds = 5 * 60;

// When an event happened and when it is written.
struct EventTimes
{
  model::Timestamp at;       // --at, or now
  model::Timestamp recorded; // now: the event's `recorded`
};

// Reads `clock` once (call it under the draft's lock) for an event dated
// `given` (--at; nullopt: now). Throws model::Error, prefixed with
// `display`, when `given` lies more than future_tolerance_seconds after now.
// Without a clock, `given` is taken as it is and `recorded` is left unset.
EventTimes event_times(const std::optional<model::Timestamp>& given,
                       const Clock& clock,
                       const std::string& display);

} // namespace sopctl::ops
