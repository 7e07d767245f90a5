// Working-calendar arithmetic (issue 3, sections 2 and 5). 2026-11-23 is a
// Monday; 2026-11-27 a Friday; 2026-12-24 a Thursday.
#include <doctest/doctest.h>
#include <model/timestamp.hpp>
#include <time/calendar.hpp>

using sopctl::model::format_iso;
using sopctl::model::Timestamp;
using sopctl::time::Calendar;
using sopctl::time::TimeStandard;
using sopctl::time::WorkingHours;

namespace {

constexpr int wib = 7 * 60;
constexpr int wita = 8 * 60;
constexpr int wit = 9 * 60;

// `text` read as a time; local to WIB unless it carries its own offset.
Timestamp at(std::string_view text)
{
  auto parsed = sopctl::model::parse_timestamp(text, wib);
  INFO("time: ", text);
  REQUIRE(parsed);
  return *parsed;
}

sopctl::time::DayNumber day(std::string_view iso)
{
  auto parsed = sopctl::time::parse_day(iso);
  INFO("date: ", iso);
  REQUIRE(parsed);
  return *parsed;
}

// When a step activated at `activated` with `standard` is due, as ISO text.
std::string due(const Calendar& calendar, std::string_view activated, TimeStandard standard)
{
  return format_iso(calendar.due(at(activated), standard));
}

constexpr TimeStandard minutes(int count)
{
  return {0, count};
}

constexpr TimeStandard days(int count)
{
  return {count, 0};
}

Calendar in_zone(int offset)
{
  auto calendar = Calendar::office_default();
  calendar.utc_offset_minutes = offset;
  return calendar;
}

} // namespace

TEST_SUITE("time::Calendar")
{
  TEST_CASE("the default calendar works Monday to Friday in WIB, Friday longer")
  {
    auto calendar = Calendar::office_default();
    CHECK(calendar.utc_offset_minutes == wib);
    CHECK(calendar.hours_on(day("2026-11-23")) == WorkingHours{450, 960});
    CHECK(calendar.hours_on(day("2026-11-26")) == WorkingHours{450, 960});
    CHECK(calendar.hours_on(day("2026-11-27")) == WorkingHours{450, 990});
    CHECK_FALSE(calendar.hours_on(day("2026-11-28")));
    CHECK_FALSE(calendar.hours_on(day("2026-11-29")));
    CHECK(calendar.holidays.empty());
  }

  TEST_CASE("a step activated Monday 10:00 with 2 hari is due Wednesday 10:00")
  {
    CHECK(due(Calendar::office_default(), "2026-11-23T10:00", days(2)) ==
          "2026-11-25T10:00:00+07:00");
  }

  TEST_CASE("jam on a Friday afternoon runs on into Monday")
  {
    auto calendar = Calendar::office_default();
    // Friday 15:30-16:30 is one hour; the second ends Monday 08:30.
    CHECK(due(calendar, "2026-11-27T15:30", minutes(120)) == "2026-11-30T08:30:00+07:00");
    CHECK(due(calendar, "2026-11-27T16:00", minutes(10)) == "2026-11-27T16:10:00+07:00");
  }

  TEST_CASE("hari on a Friday afternoon skips the weekend")
  {
    auto calendar = Calendar::office_default();
    CHECK(due(calendar, "2026-11-27T14:00", days(1)) == "2026-11-30T14:00:00+07:00");
    CHECK(due(calendar, "2026-11-27T14:00", days(2)) == "2026-12-01T14:00:00+07:00");
    CHECK(due(calendar, "2026-11-27T14:00", days(5)) == "2026-12-04T14:00:00+07:00");
  }

  TEST_CASE("hari landing after a shorter day's end moves to the next working moment")
  {
    // Friday 16:15 is in hours, Monday 16:15 is not.
    CHECK(due(Calendar::office_default(), "2026-11-27T16:15", days(1)) ==
          "2026-12-01T07:30:00+07:00");
  }

  TEST_CASE("a holiday in the middle of 2 hari is skipped")
  {
    auto calendar = Calendar::office_default();
    calendar.holidays[day("2026-11-24")] = "Libur";
    CHECK(due(calendar, "2026-11-23T10:00", days(2)) == "2026-11-26T10:00:00+07:00");
    // And jam runs over it too.
    CHECK(due(calendar, "2026-11-23T15:00", minutes(120)) == "2026-11-25T08:30:00+07:00");
  }

  TEST_CASE("an activation at night starts at the next working moment")
  {
    auto calendar = Calendar::office_default();
    CHECK(due(calendar, "2026-11-24T20:00", minutes(60)) == "2026-11-25T08:30:00+07:00");
    CHECK(due(calendar, "2026-11-24T05:00", minutes(30)) == "2026-11-24T08:00:00+07:00");
    CHECK(due(calendar, "2026-11-24T20:00", days(1)) == "2026-11-26T07:30:00+07:00");
  }

  TEST_CASE("an activation on a Sunday starts on Monday morning")
  {
    auto calendar = Calendar::office_default();
    CHECK(due(calendar, "2026-11-29T11:00", minutes(10)) == "2026-11-30T07:40:00+07:00");
    CHECK(due(calendar, "2026-11-29T11:00", days(2)) == "2026-12-02T07:30:00+07:00");
    CHECK(format_iso(calendar.next_working_moment(at("2026-11-28T09:00"))) ==
          "2026-11-30T07:30:00+07:00");
  }

  TEST_CASE("jam across the end of a day continues the next morning")
  {
    auto calendar = Calendar::office_default();
    CHECK(due(calendar, "2026-11-23T15:00", minutes(120)) == "2026-11-24T08:30:00+07:00");
    // Exactly at the end of the day is still that day.
    CHECK(due(calendar, "2026-11-23T14:00", minutes(120)) == "2026-11-23T16:00:00+07:00");
    // A whole working day of jam: 8.5 hours from Monday 07:30.
    CHECK(due(calendar, "2026-11-23T07:30", minutes(510)) == "2026-11-23T16:00:00+07:00");
    CHECK(due(calendar, "2026-11-23T07:30", minutes(511)) == "2026-11-24T07:31:00+07:00");
  }

  TEST_CASE("days and minutes together add the days first")
  {
    // Thursday 15:00, then 1 hour to 16:00 and 30 minutes on Friday.
    CHECK(due(Calendar::office_default(), "2026-11-25T15:00", {1, 90}) ==
          "2026-11-27T08:00:00+07:00");
  }

  TEST_CASE("a half day shortens its hours for jam and for hari")
  {
    auto calendar = Calendar::office_default();
    calendar.short_days[day("2026-12-24")] = {450, 720}; // 07:30-12:00
    calendar.holidays[day("2026-12-25")] = "Natal";
    CHECK(calendar.hours_on(day("2026-12-24")) == WorkingHours{450, 720});
    CHECK(due(calendar, "2026-12-24T11:00", minutes(120)) == "2026-12-28T08:30:00+07:00");
    CHECK(due(calendar, "2026-12-23T11:00", days(1)) == "2026-12-24T11:00:00+07:00");
    CHECK(due(calendar, "2026-12-23T13:00", days(1)) == "2026-12-28T07:30:00+07:00");
  }

  TEST_CASE("a holiday on a half day's date makes it no working day")
  {
    auto calendar = Calendar::office_default();
    calendar.short_days[day("2026-12-24")] = {450, 720};
    calendar.holidays[day("2026-12-24")] = "Cuti bersama";
    CHECK_FALSE(calendar.hours_on(day("2026-12-24")));
  }

  TEST_CASE("a weekday may be a day off")
  {
    auto calendar = Calendar::office_default();
    calendar.weekly[4].reset(); // no Fridays
    CHECK(due(calendar, "2026-11-26T10:00", days(1)) == "2026-11-30T10:00:00+07:00");
    CHECK(due(calendar, "2026-11-26T15:30", minutes(60)) == "2026-11-30T08:00:00+07:00");
  }

  TEST_CASE("in WITA the office's hours are WITA hours")
  {
    auto calendar = in_zone(wita);
    CHECK(due(calendar, "2026-11-23T15:00+08:00", minutes(120)) == "2026-11-24T08:30:00+08:00");
    // 14:00 WIB is 15:00 WITA: the answer is given in the calendar's zone.
    CHECK(due(calendar, "2026-11-23T14:00+07:00", minutes(120)) == "2026-11-24T08:30:00+08:00");
    CHECK(due(calendar, "2026-11-23T07:00:00Z", days(2)) == "2026-11-25T15:00:00+08:00");
  }

  TEST_CASE("in WIT a moment that is 14:00 in WIB is already after hours")
  {
    // 2026-11-23T07:00Z: 14:00 WIB, 15:00 WITA, 16:00 WIT.
    auto moment = "2026-11-23T07:00:00Z";
    CHECK(due(Calendar::office_default(), moment, minutes(120)) == "2026-11-23T16:00:00+07:00");
    CHECK(due(in_zone(wit), moment, minutes(120)) == "2026-11-24T09:30:00+09:00");
  }

  TEST_CASE("the local day is taken in the calendar's zone, not UTC")
  {
    // Sunday 23:30 UTC is Monday morning in Indonesia.
    auto moment = "2026-11-22T23:30:00Z";
    CHECK(due(Calendar::office_default(), moment, minutes(30)) == "2026-11-23T08:00:00+07:00");
    CHECK(due(in_zone(wita), moment, minutes(30)) == "2026-11-23T08:00:00+08:00");
    CHECK(due(in_zone(wit), moment, minutes(30)) == "2026-11-23T09:00:00+09:00");
  }

  TEST_CASE("working seconds between two moments count only working hours")
  {
    auto calendar = Calendar::office_default();
    auto between = [&](std::string_view from, std::string_view to) {
      return calendar.working_seconds_between(at(from), at(to));
    };
    CHECK(between("2026-11-23T07:30", "2026-11-24T07:30") == 510 * 60);
    CHECK(between("2026-11-23T20:00", "2026-11-24T20:00") == 510 * 60);
    CHECK(between("2026-11-27T16:00", "2026-11-30T08:00") == 60 * 60);
    CHECK(between("2026-11-27T07:30", "2026-11-30T07:30") == 540 * 60);
    CHECK(between("2026-11-28T08:00", "2026-11-29T15:00") == 0);
    CHECK(between("2026-11-23T09:00", "2026-11-23T09:00") == 0);
  }

  TEST_CASE("working seconds between are negative when the end comes first")
  {
    auto calendar = Calendar::office_default();
    CHECK(calendar.working_seconds_between(at("2026-11-30T08:00"), at("2026-11-27T16:00")) ==
          -60 * 60);
  }

  TEST_CASE("working seconds between skip holidays and shorten half days")
  {
    auto calendar = Calendar::office_default();
    calendar.holidays[day("2026-12-25")] = "Natal";
    calendar.short_days[day("2026-12-24")] = {450, 720};
    CHECK(calendar.working_seconds_between(at("2026-12-23T15:00"), at("2026-12-28T08:00")) ==
          (60 + 270 + 30) * 60);
  }

  TEST_CASE("a span of working time splits into the days the calendar steps")
  {
    auto calendar = Calendar::office_default();
    auto split = [&](std::string_view from, std::string_view to) {
      return calendar.split_days(at(from), at(to));
    };
    CHECK(split("2026-11-24T10:10", "2026-11-25T11:00") == std::pair<int, std::int64_t>{1, 50});
    CHECK(split("2026-11-27T10:00", "2026-11-30T10:00") == std::pair<int, std::int64_t>{1, 0});
    CHECK(split("2026-11-27T10:00", "2026-12-01T09:00") == std::pair<int, std::int64_t>{1, 450});
    CHECK(split("2026-11-27T16:10", "2026-11-30T15:00") == std::pair<int, std::int64_t>{0, 470});
    CHECK(split("2026-11-23T09:00", "2026-11-23T09:00") == std::pair<int, std::int64_t>{0, 0});
  }

  TEST_CASE("dates and working hours are read and written")
  {
    CHECK(sopctl::time::weekday_of(day("2026-11-23")) == 0);
    CHECK(sopctl::time::weekday_of(day("2026-11-29")) == 6);
    CHECK(sopctl::time::weekday_of(day("1970-01-01")) == 3);
    CHECK(sopctl::time::format_day(day("2026-12-31")) == "2026-12-31");
    CHECK(sopctl::time::day_of(at("2026-11-23T06:30"), wib) == day("2026-11-23"));
    CHECK(sopctl::time::day_of(at("2026-11-23T06:30"), 0) == day("2026-11-22"));
    CHECK_FALSE(sopctl::time::parse_day("2026-02-30"));
    CHECK_FALSE(sopctl::time::parse_day("2026-1-5"));
    CHECK(sopctl::time::parse_working_hours("07:30-16:00") == WorkingHours{450, 960});
    CHECK(sopctl::time::parse_working_hours("00:00-24:00") == WorkingHours{0, 1440});
    CHECK_FALSE(sopctl::time::parse_working_hours("16:00-07:30"));
    CHECK_FALSE(sopctl::time::parse_working_hours("7:30-16:00"));
    CHECK_FALSE(sopctl::time::parse_working_hours("07:30"));
    CHECK_FALSE(sopctl::time::parse_working_hours("07:60-16:00"));
    CHECK(sopctl::time::format_working_hours({450, 990}) == "07:30-16:30");
  }

  TEST_CASE("calendar days are 24 hours each, working hours or not")
  {
    auto calendar = Calendar::office_default();
    calendar.holidays[day("2026-12-11")] = "Libur";
    // Friday 15:00 plus 14 calendar days is Friday 15:00, a holiday or not.
    CHECK(due(calendar, "2026-11-27T15:00", {0, 0, 14}) == "2026-12-11T15:00:00+07:00");
    // A Saturday night activation stays a Saturday night due time.
    CHECK(due(calendar, "2026-11-28T21:00", {0, 0, 1}) == "2026-11-29T21:00:00+07:00");
    // Given in another offset, the answer is in the calendar's zone.
    CHECK(due(calendar, "2026-11-23T01:00:00Z", {0, 0, 2}) == "2026-11-25T08:00:00+07:00");
  }

  TEST_CASE("a calendar month is the same local time on the same day next month")
  {
    auto calendar = Calendar::office_default();
    CHECK(due(calendar, "2026-11-23T10:00", {0, 0, 0, 1}) == "2026-12-23T10:00:00+07:00");
    CHECK(due(calendar, "2026-12-15T09:30", {0, 0, 0, 1}) == "2027-01-15T09:30:00+07:00");
    CHECK(due(calendar, "2026-11-23T10:00", {0, 0, 0, 14}) == "2028-01-23T10:00:00+07:00");
    // The local date counts: 23:30 UTC on the 30th is already the 31st in WIT.
    CHECK(due(in_zone(wit), "2026-10-30T23:30:00Z", {0, 0, 0, 1}) == "2026-11-30T08:30:00+09:00");
  }

  TEST_CASE("a month from a day the next month lacks ends on its last day")
  {
    auto calendar = Calendar::office_default();
    CHECK(due(calendar, "2026-01-31T10:00", {0, 0, 0, 1}) == "2026-02-28T10:00:00+07:00");
    CHECK(due(calendar, "2028-01-31T10:00", {0, 0, 0, 1}) == "2028-02-29T10:00:00+07:00");
    CHECK(due(calendar, "2026-03-31T10:00", {0, 0, 0, 1}) == "2026-04-30T10:00:00+07:00");
    CHECK(due(calendar, "2026-10-31T10:00", {0, 0, 0, 2}) == "2026-12-31T10:00:00+07:00");
  }

  TEST_CASE("working time after calendar time is counted from where the calendar part ends")
  {
    auto calendar = Calendar::office_default();
    // 2026-12-23 is a Wednesday; 2 working days on is Friday.
    CHECK(due(calendar, "2026-11-23T10:00", {2, 0, 0, 1}) == "2026-12-25T10:00:00+07:00");
    // 14 calendar days from Friday 15:00 is Friday 15:00; 1 jam runs 15:00-16:00.
    CHECK(due(calendar, "2026-11-27T15:00", {0, 60, 14}) == "2026-12-11T16:00:00+07:00");
    // Calendar time landing on a Sunday: the working hour starts Monday 07:30.
    CHECK(due(calendar, "2026-11-28T10:00", {0, 60, 1}) == "2026-11-30T08:30:00+07:00");
  }

  TEST_CASE("add_calendar_months goes back with a negative count")
  {
    auto calendar = Calendar::office_default();
    CHECK(format_iso(calendar.add_calendar_months(at("2026-03-31T10:00"), -1)) ==
          "2026-02-28T10:00:00+07:00");
  }
}
