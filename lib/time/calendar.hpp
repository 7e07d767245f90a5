#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <model/timestamp.hpp>
#include <optional>
#include <string>
#include <time/time_standard.hpp>

namespace sopctl::time {

// Working hours of one day, in minutes after local midnight: [start, end).
struct WorkingHours
{
  int start = 0;
  int end = 0;

  bool operator==(const WorkingHours&) const = default;
};

// A day number: days since 1970-01-01 (a Thursday), in local time.
using DayNumber = std::int64_t;

// The office's working calendar: hours per weekday, holidays and half days,
// all in one fixed UTC offset (Indonesia has no daylight saving time).
// Every function is pure; "now" is always an argument.
struct Calendar
{
  int utc_offset_minutes = 7 * 60;
  // Monday first; nullopt for a day off.
  std::array<std::optional<WorkingHours>, 7> weekly;
  std::map<DayNumber, std::string> holidays;    // name by day
  std::map<DayNumber, WorkingHours> short_days; // half days: their hours
  std::map<DayNumber, std::string> short_day_names;

  // The default: Monday to Thursday 07:30-16:00, Friday 07:30-16:30, WIB,
  // no holidays.
  static Calendar office_default();

  // The working hours of `day`, or nullopt when it is not a working day.
  std::optional<WorkingHours> hours_on(DayNumber day) const;
  // `moment` itself when it falls in working hours, else the start of the
  // next working hours.
  model::Timestamp next_working_moment(model::Timestamp moment) const;
  // The moment `seconds` of working time after `start`.
  model::Timestamp add_working_seconds(model::Timestamp start, std::int64_t seconds) const;
  // The same time of day `days` working days after `start` (which is first
  // moved to the next working moment); moved on to the next working moment
  // when that falls outside the day's hours.
  model::Timestamp add_working_days(model::Timestamp start, int days) const;
  // The same local time `months` calendar months after `start`, on the same
  // day of the month or, when that month is shorter, on its last day.
  model::Timestamp add_calendar_months(model::Timestamp start, int months) const;
  // When a step activated at `activated` with `standard` is due: calendar
  // time first (months, then days of 24 hours, working hours or not), then
  // working days and minutes from there.
  model::Timestamp due(model::Timestamp activated, const TimeStandard& standard) const;
  // When a step with the day window `H+h_day` is due in a draft started at
  // `started` (hari H): the end of the working hours of the working day
  // `h_day` working days after day 0, where day 0 is the day of `started`
  // when it is a working day, else the next working day. `H` (h_day 0) is
  // the end of day 0 itself.
  model::Timestamp due_from_start(model::Timestamp started, int h_day) const;
  // Working seconds from `from` to `to`; negative when `to` is earlier.
  std::int64_t working_seconds_between(model::Timestamp from, model::Timestamp to) const;
  // A span of working time from `from` to `to` (from <= to) in whole working
  // days and minutes, days counted as the calendar steps them.
  std::pair<int, std::int64_t> split_days(model::Timestamp from, model::Timestamp to) const;
};

// The local day a timestamp falls on in `utc_offset_minutes`.
DayNumber day_of(model::Timestamp moment, int utc_offset_minutes);

// 0 for Monday ... 6 for Sunday.
int weekday_of(DayNumber day);

// The day number of an ISO date `YYYY-MM-DD`, or nullopt.
std::optional<DayNumber> parse_day(std::string_view iso_date);

// `YYYY-MM-DD` of a day number.
std::string format_day(DayNumber day);

// Reads `07:30-16:00` into working hours, or nullopt.
std::optional<WorkingHours> parse_working_hours(std::string_view text);

// `07:30-16:00`.
std::string format_working_hours(const WorkingHours& hours);

} // namespace sopctl::time
