#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <time/calendar.hpp>

namespace sopctl::time {

// A stretch of days the monitoring and evaluation tables are printed for:
// a half year (monitoring is six-monthly) or a whole year (the yearly
// evaluation).
struct Period
{
  int year = 0;
  int half = 0;        // 1: January-June, 2: July-December, 0: the whole year
  DayNumber first = 0; // its first day
  DayNumber last = 0;  // its last day, included

  bool is_year() const { return half == 0; }
  bool contains(DayNumber day) const { return first <= day && day <= last; }
};

// Reads `2026-H1` (1 January-30 June 2026), `2026-H2` (1 July-31 December)
// or `2026` (the year); nullopt for anything else (`2026-h2`, `2026-Q3`,
// `26`, `2026-H3`). The year has four digits, 1900 to 9999.
std::optional<Period> parse_period(std::string_view text);

// The period as parse_period reads it: `2026-H2`, `2026`.
std::string format_period(const Period& period);

} // namespace sopctl::time
