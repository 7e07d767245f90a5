// --period of `render monitoring` and `render evaluation`: a half year
// (monitoring is six-monthly under PermenPAN-RB 35/2012) or a year.
#include <doctest/doctest.h>
#include <time/period.hpp>

using namespace sopctl;

namespace {

time::DayNumber day(const char* iso)
{
  return *time::parse_day(iso);
}

} // namespace

TEST_SUITE("time::period")
{
  TEST_CASE("2026-H1 is 1 January to 30 June")
  {
    auto period = time::parse_period("2026-H1");
    REQUIRE(period);
    CHECK(period->year == 2026);
    CHECK(period->half == 1);
    CHECK_FALSE(period->is_year());
    CHECK(period->first == day("2026-01-01"));
    CHECK(period->last == day("2026-06-30"));
  }

  TEST_CASE("2026-H2 is 1 July to 31 December, both days included")
  {
    auto period = time::parse_period("2026-H2");
    REQUIRE(period);
    CHECK(period->half == 2);
    CHECK(period->first == day("2026-07-01"));
    CHECK(period->last == day("2026-12-31"));
    CHECK(period->contains(day("2026-07-01")));
    CHECK(period->contains(day("2026-12-31")));
    CHECK_FALSE(period->contains(day("2026-06-30")));
    CHECK_FALSE(period->contains(day("2027-01-01")));
  }

  TEST_CASE("2026 is the whole year, and a leap year's February is in its first half")
  {
    auto year = time::parse_period("2026");
    REQUIRE(year);
    CHECK(year->is_year());
    CHECK(year->first == day("2026-01-01"));
    CHECK(year->last == day("2026-12-31"));
    auto leap = time::parse_period("2028-H1");
    REQUIRE(leap);
    CHECK(leap->contains(day("2028-02-29")));
    CHECK(leap->last - leap->first + 1 == 182); // 31+29+31+30+31+30
  }

  TEST_CASE("anything else is refused")
  {
    for (const char* text : {"",
                             "26",
                             "202",
                             "20266",
                             "2026-h2",
                             "2026-H3",
                             "2026-H0",
                             "2026-Q3",
                             "2026-H",
                             "2026-",
                             "2026-H2 ",
                             " 2026",
                             "2026-06",
                             "H2-2026",
                             "1899",
                             "abcd",
                             "2026/H2"}) {
      INFO("period: \"", text, "\"");
      CHECK_FALSE(time::parse_period(text));
    }
  }

  TEST_CASE("a period is written back as it is read")
  {
    for (const char* text : {"2026-H1", "2026-H2", "2026", "1900", "9999-H2"}) {
      auto period = time::parse_period(text);
      REQUIRE(period);
      CHECK(time::format_period(*period) == text);
    }
  }
}
