// One step's clock against its time standard (issue 3, section 3).
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <report/step_clock.hpp>
#include <time/time_standard.hpp>

using sopctl::model::format_iso;
using sopctl::model::Timestamp;
using sopctl::report::ClockRules;
using sopctl::report::ClockState;
using sopctl::report::measure;
using sopctl::time::Calendar;
using sopctl::workflow::Activation;

namespace {

Timestamp at(std::string_view text)
{
  auto parsed = sopctl::model::parse_timestamp(text, 7 * 60);
  INFO("time: ", text);
  REQUIRE(parsed);
  return *parsed;
}

// The seed's standards on the default calendar: step 3 is 2 jam, step 4
// 2 hari, step 7 has none.
struct SeedRules
{
  Calendar calendar = Calendar::office_default();
  ClockRules rules{&calendar, 0.25, sopctl::time::time_standards_of(sopctl::test::seed())};
};

Activation active(int step, std::string_view since, int round = 1)
{
  Activation activation;
  activation.step = step;
  activation.round = round;
  activation.since = at(since);
  return activation;
}

Activation done(int step, std::string_view since, std::string_view until)
{
  auto activation = active(step, since);
  activation.until = at(until);
  return activation;
}

} // namespace

TEST_SUITE("report::StepClock")
{
  TEST_CASE("a step with time to spare is on track")
  {
    SeedRules seed;
    auto clock = measure(seed.rules, active(3, "2026-11-23T09:00", 2), at("2026-11-23T09:30"));
    CHECK(clock.step == 3);
    CHECK(clock.round == 2);
    CHECK(format_iso(clock.since) == "2026-11-23T09:00:00+07:00");
    REQUIRE(clock.due);
    CHECK(format_iso(*clock.due) == "2026-11-23T11:00:00+07:00");
    CHECK_FALSE(clock.until);
    CHECK(clock.elapsed_seconds == 30 * 60);
    CHECK(clock.remaining_seconds == 90 * 60);
    CHECK(clock.standard_seconds == 120 * 60);
    CHECK(clock.state == ClockState::on_track);
  }

  TEST_CASE("a step with less than a quarter of its standard left is at risk")
  {
    SeedRules seed;
    auto step = active(3, "2026-11-23T09:00");
    // 30 of 120 minutes left is exactly a quarter: not yet less.
    CHECK(measure(seed.rules, step, at("2026-11-23T10:30")).state == ClockState::on_track);
    CHECK(measure(seed.rules, step, at("2026-11-23T10:31")).state == ClockState::at_risk);
    CHECK(measure(seed.rules, step, at("2026-11-23T11:00")).state == ClockState::at_risk);
    CHECK(measure(seed.rules, step, at("2026-11-23T11:00")).remaining_seconds == 0);
  }

  TEST_CASE("the at-risk share is the configured one")
  {
    SeedRules seed;
    seed.rules.at_risk_share = 0.5;
    auto step = active(3, "2026-11-23T09:00");
    CHECK(measure(seed.rules, step, at("2026-11-23T09:59")).state == ClockState::on_track);
    CHECK(measure(seed.rules, step, at("2026-11-23T10:01")).state == ClockState::at_risk);
  }

  TEST_CASE("a step past its due time is overdue with negative remaining time")
  {
    SeedRules seed;
    auto clock = measure(seed.rules, active(3, "2026-11-23T09:00"), at("2026-11-23T11:01"));
    CHECK(clock.state == ClockState::overdue);
    CHECK(clock.remaining_seconds == -60);
    CHECK(clock.elapsed_seconds == 121 * 60);
  }

  TEST_CASE("lateness is counted in working time only")
  {
    SeedRules seed;
    // Due at 16:00; the evening costs nothing, the next morning does.
    auto step = active(3, "2026-11-23T14:00");
    CHECK(measure(seed.rules, step, at("2026-11-23T20:00")).state == ClockState::at_risk);
    auto next_morning = measure(seed.rules, step, at("2026-11-24T08:00"));
    CHECK(next_morning.state == ClockState::overdue);
    CHECK(next_morning.remaining_seconds == -30 * 60);
  }

  TEST_CASE("a standard in days is measured in the working time it spans")
  {
    SeedRules seed;
    // Step 4 (2 hari) from Friday 10:00 is due Tuesday 10:00.
    auto clock = measure(seed.rules, active(4, "2026-11-27T10:00"), at("2026-11-30T10:00"));
    REQUIRE(clock.due);
    CHECK(format_iso(*clock.due) == "2026-12-01T10:00:00+07:00");
    CHECK(clock.standard_seconds == (390 + 510 + 150) * 60);
    CHECK(clock.remaining_seconds == 510 * 60);
    CHECK(clock.state == ClockState::on_track);
  }

  TEST_CASE("a step without a standard is never overdue")
  {
    SeedRules seed;
    auto clock = measure(seed.rules, active(7, "2026-11-23T09:00"), at("2027-03-01T09:00"));
    CHECK(clock.state == ClockState::no_standard);
    CHECK_FALSE(clock.due);
    CHECK(clock.met);
    CHECK(clock.elapsed_seconds > 0);
  }

  TEST_CASE("a done step met its standard when it finished by its due time")
  {
    SeedRules seed;
    auto on_time =
      measure(seed.rules, done(3, "2026-11-23T09:00", "2026-11-23T11:00"), at("2026-12-01T09:00"));
    CHECK(on_time.met);
    REQUIRE(on_time.until);
    CHECK(format_iso(*on_time.until) == "2026-11-23T11:00:00+07:00");
    CHECK(on_time.elapsed_seconds == 120 * 60);
    auto late =
      measure(seed.rules, done(3, "2026-11-23T09:00", "2026-11-23T11:05"), at("2026-11-23T11:05"));
    CHECK_FALSE(late.met);
    CHECK(late.elapsed_seconds == 125 * 60);
    CHECK(late.state == ClockState::overdue);
  }

  TEST_CASE("a done step's clock stops when it is done, whatever now is")
  {
    SeedRules seed;
    auto step = done(3, "2026-11-23T09:00", "2026-11-23T10:00");
    auto soon = measure(seed.rules, step, at("2026-11-23T10:00"));
    auto much_later = measure(seed.rules, step, at("2026-12-20T10:00"));
    CHECK(soon.elapsed_seconds == much_later.elapsed_seconds);
    CHECK(much_later.met);
    CHECK(much_later.state == ClockState::on_track);
  }

  TEST_CASE("clock states are named as in reports")
  {
    CHECK(sopctl::report::to_string(ClockState::no_standard) == "no_standard");
    CHECK(sopctl::report::to_string(ClockState::on_track) == "on_track");
    CHECK(sopctl::report::to_string(ClockState::at_risk) == "at_risk");
    CHECK(sopctl::report::to_string(ClockState::overdue) == "overdue");
  }
}
