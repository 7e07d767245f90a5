#include <chrono>
#include <fmt/format.h>
#include <time/calendar.hpp>

namespace sopctl::time {

namespace {

constexpr std::int64_t seconds_per_day = 86400;
// How far to look for a working day before deciding there is none: a year
// and a bit covers any holiday list an office could write.
constexpr int search_limit_days = 400;

std::int64_t floor_div(std::int64_t a, std::int64_t b)
{
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

DayNumber day_of(model::Timestamp moment, int utc_offset_minutes)
{
  return floor_div(moment.utc_seconds + std::int64_t{utc_offset_minutes} * 60, seconds_per_day);
}

int weekday_of(DayNumber day)
{
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return static_cast<int>(((day % 7) + 7 + 3) % 7);
}

std::optional<DayNumber> parse_day(std::string_view iso_date)
{
  auto moment = model::parse_timestamp(std::string(iso_date) + "T00:00", 0);
  if (!moment || iso_date.size() != 10) {
    return std::nullopt;
  }
  return day_of(*moment, 0);
}

std::string format_day(DayNumber day)
{
  return model::format_iso({day * seconds_per_day, 0}).substr(0, 10);
}

std::optional<WorkingHours> parse_working_hours(std::string_view text)
{
  auto clock = [](std::string_view part) -> std::optional<int> {
    if (part.size() != 5 || part[2] != ':') {
      return std::nullopt;
    }
    for (size_t i : {0, 1, 3, 4}) {
      if (part[i] < '0' || part[i] > '9') {
        return std::nullopt;
      }
    }
    int hours = (part[0] - '0') * 10 + (part[1] - '0');
    int minutes = (part[3] - '0') * 10 + (part[4] - '0');
    if (hours > 24 || minutes > 59 || (hours == 24 && minutes != 0)) {
      return std::nullopt;
    }
    return hours * 60 + minutes;
  };
  auto dash = text.find('-');
  if (dash == std::string_view::npos) {
    return std::nullopt;
  }
  auto start = clock(text.substr(0, dash));
  auto end = clock(text.substr(dash + 1));
  if (!start || !end || *start >= *end) {
    return std::nullopt;
  }
  return WorkingHours{*start, *end};
}

std::string format_working_hours(const WorkingHours& hours)
{
  return fmt::format(
    "{:02}:{:02}-{:02}:{:02}", hours.start / 60, hours.start % 60, hours.end / 60, hours.end % 60);
}

Calendar Calendar::office_default()
{
  Calendar calendar;
  WorkingHours monday_to_thursday{7 * 60 + 30, 16 * 60};
  WorkingHours friday{7 * 60 + 30, 16 * 60 + 30};
  for (int day = 0; day < 4; ++day) {
    calendar.weekly[day] = monday_to_thursday;
  }
  calendar.weekly[4] = friday;
  return calendar;
}

std::optional<WorkingHours> Calendar::hours_on(DayNumber day) const
{
  if (holidays.contains(day)) {
    return std::nullopt;
  }
  if (auto found = short_days.find(day); found != short_days.end()) {
    return found->second;
  }
  return weekly[weekday_of(day)];
}

namespace {

// Local seconds since the epoch, and back.
std::int64_t local_seconds(model::Timestamp moment, int offset)
{
  return moment.utc_seconds + std::int64_t{offset} * 60;
}

model::Timestamp from_local(std::int64_t local, int offset)
{
  return {local - std::int64_t{offset} * 60, offset};
}

} // namespace

model::Timestamp Calendar::next_working_moment(model::Timestamp moment) const
{
  auto local = local_seconds(moment, utc_offset_minutes);
  auto day = floor_div(local, seconds_per_day);
  for (int i = 0; i < search_limit_days; ++i, ++day) {
    auto hours = hours_on(day);
    if (!hours) {
      continue;
    }
    auto start = day * seconds_per_day + hours->start * 60;
    auto end = day * seconds_per_day + hours->end * 60;
    if (local < start) {
      return from_local(start, utc_offset_minutes);
    }
    if (local < end) {
      return from_local(local, utc_offset_minutes);
    }
  }
  return from_local(local, utc_offset_minutes); // a calendar with no work
}

model::Timestamp Calendar::add_working_seconds(model::Timestamp start, std::int64_t seconds) const
{
  auto local = local_seconds(next_working_moment(start), utc_offset_minutes);
  for (int i = 0; i < search_limit_days * 50; ++i) {
    auto day = floor_div(local, seconds_per_day);
    auto hours = hours_on(day);
    auto end = day * seconds_per_day + hours->end * 60;
    if (seconds <= end - local) {
      return from_local(local + seconds, utc_offset_minutes);
    }
    seconds -= end - local;
    local =
      local_seconds(next_working_moment(from_local(end, utc_offset_minutes)), utc_offset_minutes);
  }
  return from_local(local, utc_offset_minutes);
}

model::Timestamp Calendar::add_working_days(model::Timestamp start, int days) const
{
  auto local = local_seconds(next_working_moment(start), utc_offset_minutes);
  auto day = floor_div(local, seconds_per_day);
  auto time_of_day = local - day * seconds_per_day;
  for (int counted = 0, i = 0; counted < days && i < search_limit_days * 50; ++i) {
    ++day;
    counted += hours_on(day) ? 1 : 0;
  }
  // Past the end of that day's hours (a Friday time on a shorter Monday, a
  // half day), the due time moves on to the next working moment.
  auto candidate = day * seconds_per_day + time_of_day;
  return next_working_moment(from_local(candidate, utc_offset_minutes));
}

model::Timestamp Calendar::add_calendar_months(model::Timestamp start, int months) const
{
  namespace chrono = std::chrono;
  auto local = local_seconds(start, utc_offset_minutes);
  auto day = floor_div(local, seconds_per_day);
  auto time_of_day = local - day * seconds_per_day;
  chrono::year_month_day date{chrono::sys_days{chrono::days{day}}};
  auto month = chrono::year_month{date.year(), date.month()} + chrono::months{months};
  // 31 January plus a month is 28 (or 29) February: the month's last day.
  auto last = chrono::year_month_day_last{month.year(), chrono::month_day_last{month.month()}};
  auto target =
    chrono::year_month_day{month.year(), month.month(), std::min(date.day(), last.day())};
  auto target_day = chrono::sys_days{target}.time_since_epoch().count();
  return from_local(target_day * seconds_per_day + time_of_day, utc_offset_minutes);
}

model::Timestamp Calendar::due(model::Timestamp activated, const TimeStandard& standard) const
{
  // Calendar time runs day and night from the activation itself: 14 hari
  // kalender from Friday 15:00 is due Friday two weeks on at 15:00, even on a
  // holiday. Indonesia has no daylight saving, so a day is always 24 hours.
  // A standard that also has working time (`1 bulan 2 hari`) counts that from
  // the moment the calendar part ends, like any working standard.
  auto moment = activated;
  if (standard.months != 0) {
    moment = add_calendar_months(moment, standard.months);
  }
  moment.utc_seconds += std::int64_t{standard.calendar_days} * seconds_per_day;
  bool calendar_only = (standard.months != 0 || standard.calendar_days != 0) &&
                       standard.days == 0 && standard.minutes == 0;
  if (calendar_only) {
    return model::at_offset(moment.utc_seconds, utc_offset_minutes);
  }
  moment = add_working_days(moment, standard.days);
  return add_working_seconds(moment, std::int64_t{standard.minutes} * 60);
}

model::Timestamp Calendar::due_from_start(model::Timestamp started, int h_day) const
{
  auto day = day_of(started, utc_offset_minutes);
  // A request on a Saturday counts from Monday: day 0 is a working day.
  for (int i = 0; !hours_on(day) && i < search_limit_days * 50; ++i) {
    ++day;
  }
  for (int counted = 0, i = 0; counted < h_day && i < search_limit_days * 50; ++i) {
    ++day;
    counted += hours_on(day) ? 1 : 0;
  }
  auto hours = hours_on(day);
  auto end_minutes = hours ? hours->end : 24 * 60; // a calendar with no working day at all
  return from_local(day * seconds_per_day + std::int64_t{end_minutes} * 60, utc_offset_minutes);
}

std::int64_t Calendar::working_seconds_between(model::Timestamp from, model::Timestamp to) const
{
  if (to < from) {
    return -working_seconds_between(to, from);
  }
  auto a = local_seconds(from, utc_offset_minutes);
  auto b = local_seconds(to, utc_offset_minutes);
  std::int64_t total = 0;
  for (auto day = floor_div(a, seconds_per_day); day * seconds_per_day < b; ++day) {
    auto hours = hours_on(day);
    if (!hours) {
      continue;
    }
    auto start = std::max(a, day * seconds_per_day + hours->start * 60);
    auto end = std::min(b, day * seconds_per_day + hours->end * 60);
    total += std::max<std::int64_t>(0, end - start);
  }
  return total;
}

std::pair<int, std::int64_t> Calendar::split_days(model::Timestamp from, model::Timestamp to) const
{
  int days = 0;
  auto cursor = next_working_moment(from);
  for (;;) {
    auto next = add_working_days(cursor, 1);
    if (to < next) {
      break;
    }
    cursor = next;
    ++days;
  }
  auto rest = std::max<std::int64_t>(0, working_seconds_between(cursor, to));
  return {days, rest / 60};
}

} // namespace sopctl::time
