#pragma once

#include <string>
#include <time/calendar.hpp>
#include <view/format.hpp>
#include <view/sheet.hpp>

namespace sopctl::view {

// The working calendar `sopctl calendar show` prints: the timezone as
// written in sopctl.yaml, and only the holidays and half days of `year`
// (every year when 0).
struct CalendarShown
{
  const time::Calendar& calendar;
  std::string timezone;
  int year = 0;
};

// The timezone, a table of the week's hours and one of the half days and
// holidays, by date; in the user's language.
std::string calendar_table(const CalendarShown& shown, const TableStyle& style);

// The half days and holidays as records: date, weekday, hours (empty for a
// holiday), holiday, name.
Sheet calendar_sheet(const CalendarShown& shown);

// `sopctl calendar show --format json`: schema `sopctl.calendar/1`.
std::string calendar_json(const CalendarShown& shown);

} // namespace sopctl::view
