#pragma once

#include <string>
#include <string_view>
#include <time/calendar.hpp>
#include <vector>

namespace sopctl::time {

// One all-day event of an iCalendar file, one entry per day it covers.
struct IcsDay
{
  DayNumber day = 0;
  std::string name;
};

// What an iCalendar file holds for a calendar of holidays.
struct IcsHolidays
{
  std::vector<IcsDay> days;
  int skipped_timed = 0;     // events with a time of day: not holidays
  int skipped_recurring = 0; // RRULE events: only their first day is taken
  int skipped_cancelled = 0; // STATUS:CANCELLED: not holidays any more
};

// The longest event taken as holidays, in days; a longer one is refused.
inline constexpr int max_event_days = 366;
// The most holiday days one file may give, all events together.
inline constexpr int max_file_days = 20'000;

// Reads the all-day events (DTSTART;VALUE=DATE) of an iCalendar text
// (RFC 5545) with libical: folded lines, escaped text, multi-day events
// (DTEND exclusive, or DURATION in whole days). Only an event's own SUMMARY
// names it (not its alarm's). Throws model::Error naming `path` and the
// line, what is wrong and how to fix it, for a file that is not UTF-8, holds
// control characters, is malformed, or has an event longer than
// max_event_days.
IcsHolidays read_ics_holidays(std::string_view text, const std::string& path);

} // namespace sopctl::time
