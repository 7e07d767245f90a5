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
};

// Reads the all-day events (DTSTART;VALUE=DATE) of an iCalendar text
// (RFC 5545): folded lines, escaped text, multi-day events (DTEND is
// exclusive). Throws model::Error naming `path` and the line for a
// malformed file.
IcsHolidays read_ics_holidays(std::string_view text, const std::string& path);

} // namespace sopctl::time
