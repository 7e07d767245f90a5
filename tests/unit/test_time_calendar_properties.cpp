// Properties of the working calendar over many random activation times and
// standards (issue 3, section 5), with a fixed seed so a failure repeats.
#include <doctest/doctest.h>
#include <model/timestamp.hpp>
#include <random>
#include <time/calendar.hpp>

using sopctl::model::format_iso;
using sopctl::model::Timestamp;
using sopctl::time::Calendar;
using sopctl::time::TimeStandard;

namespace {

constexpr int wib = 7 * 60;
// 2026-11-23T00:00:00+07:00, a Monday.
constexpr std::int64_t monday = 1795366800;
constexpr std::int64_t day_seconds = 86400;

// The default calendar with a few holidays and half days in the weeks the
// random times fall in, in the zone `offset`.
Calendar busy_calendar(int offset)
{
  auto calendar = Calendar::office_default();
  calendar.utc_offset_minutes = offset;
  auto first = *sopctl::time::parse_day("2026-11-23");
  for (int i : {2, 10, 11, 25, 31}) {
    calendar.holidays[first + i] = "Libur";
  }
  for (int i : {3, 17, 30}) {
    calendar.short_days[first + i] = {450, 720};
  }
  return calendar;
}

// A random moment within 6 weeks of Monday 2026-11-23, to the minute, shown
// in a random one of Indonesia's offsets.
Timestamp random_moment(std::mt19937& random)
{
  std::uniform_int_distribution<std::int64_t> minute(0, 6 * 7 * 24 * 60);
  std::uniform_int_distribution<int> zone(7, 9);
  return sopctl::model::at_offset(monday + minute(random) * 60, zone(random) * 60);
}

TimeStandard random_standard(std::mt19937& random)
{
  std::uniform_int_distribution<int> kind(0, 2);
  std::uniform_int_distribution<int> minutes(1, 3000);
  std::uniform_int_distribution<int> days(1, 10);
  switch (kind(random)) {
    case 0:
      return {0, minutes(random)};
    case 1:
      return {days(random), 0};
    default:
      return {days(random), minutes(random) % 600};
  }
}

} // namespace

TEST_SUITE("time::Calendar")
{
  TEST_CASE("a step is never due before it was activated")
  {
    std::mt19937 random(20261123);
    for (int offset : {7 * 60, 8 * 60, 9 * 60}) {
      auto calendar = busy_calendar(offset);
      for (int i = 0; i < 3000; ++i) {
        auto activated = random_moment(random);
        auto standard = random_standard(random);
        auto due = calendar.due(activated, standard);
        INFO(format_iso(activated), " + ", standard.days, "d ", standard.minutes, "m");
        REQUIRE(activated <= due);
        REQUIRE(due.offset_minutes == offset);
        REQUIRE(calendar.working_seconds_between(activated, due) >=
                std::int64_t{standard.minutes} * 60);
      }
    }
  }

  TEST_CASE("remaining working time never grows as time passes")
  {
    std::mt19937 random(7);
    auto calendar = busy_calendar(wib);
    std::uniform_int_distribution<std::int64_t> step(1, 600);
    for (int i = 0; i < 300; ++i) {
      auto activated = random_moment(random);
      auto due = calendar.due(activated, random_standard(random));
      auto now = activated;
      auto before = calendar.working_seconds_between(now, due);
      // Walk past the due time, into lateness.
      while (now.utc_seconds < due.utc_seconds + 5 * day_seconds) {
        now.utc_seconds += step(random) * 60;
        auto remaining = calendar.working_seconds_between(now, due);
        INFO(format_iso(activated), " due ", format_iso(due), " now ", format_iso(now));
        REQUIRE(remaining <= before);
        before = remaining;
      }
      REQUIRE(before < 0);
    }
  }

  TEST_CASE("a standard in minutes consumes exactly that much working time")
  {
    std::mt19937 random(42);
    for (int offset : {7 * 60, 8 * 60, 9 * 60}) {
      auto calendar = busy_calendar(offset);
      std::uniform_int_distribution<int> minutes(1, 5000);
      for (int i = 0; i < 3000; ++i) {
        auto activated = calendar.next_working_moment(random_moment(random));
        int standard = minutes(random);
        auto due = calendar.due(activated, {0, standard});
        INFO(format_iso(activated), " + ", standard, " menit -> ", format_iso(due));
        REQUIRE(calendar.working_seconds_between(activated, due) == std::int64_t{standard} * 60);
        REQUIRE(calendar.working_seconds_between(due, activated) == -std::int64_t{standard} * 60);
      }
    }
  }

  TEST_CASE("a standard in days ends on that working day at the same time, or later")
  {
    std::mt19937 random(99);
    auto calendar = busy_calendar(wib);
    std::uniform_int_distribution<int> days(1, 10);
    for (int i = 0; i < 3000; ++i) {
      auto start = calendar.next_working_moment(random_moment(random));
      int count = days(random);
      auto due = calendar.due(start, {count, 0});
      auto start_day = sopctl::time::day_of(start, wib);
      auto due_day = sopctl::time::day_of(due, wib);
      int working_days = 0;
      for (auto d = start_day + 1; d <= due_day; ++d) {
        working_days += calendar.hours_on(d) ? 1 : 0;
      }
      auto time_of_day = [](Timestamp t) { return (t.utc_seconds + wib * 60) % day_seconds; };
      INFO(format_iso(start), " + ", count, " hari -> ", format_iso(due));
      // The due time is a working moment.
      REQUIRE(calendar.next_working_moment(due) == due);
      if (time_of_day(due) == time_of_day(start)) {
        REQUIRE(working_days == count);
      } else {
        // Moved on: to the start of the working day after the one it fell on.
        REQUIRE(working_days == count + 1);
        REQUIRE(time_of_day(due) == calendar.hours_on(due_day)->start * 60);
      }
    }
  }

  TEST_CASE("every working moment is its own next working moment")
  {
    std::mt19937 random(3);
    auto calendar = busy_calendar(wib);
    for (int i = 0; i < 3000; ++i) {
      auto moment = random_moment(random);
      auto next = calendar.next_working_moment(moment);
      REQUIRE(moment <= next);
      REQUIRE(calendar.next_working_moment(next) == next);
      REQUIRE(calendar.working_seconds_between(moment, next) == 0);
    }
  }
}
