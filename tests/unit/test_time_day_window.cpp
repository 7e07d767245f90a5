// A time standard counted from the start of the procedure (issue 9, section
// 4): the PPID of Provinsi Kalimantan Timur prints Waktu as day windows from
// the day of the request, "Hari H s.d H+1", "H+1 s.d H+7". H is the day the
// draft started; H+b is due at the end of the working hours of the b-th
// working day after it. 2026-11-24 is a Tuesday, 2026-11-28 a Saturday.
#include "fixtures.hpp"
#include "time_fixtures.hpp"

#include <doctest/doctest.h>
#include <report/step_clock.hpp>
#include <time/calendar.hpp>
#include <time/time_standard.hpp>

using sopctl::model::format_iso;
using sopctl::model::Timestamp;
using sopctl::time::Calendar;
using sopctl::time::describe;
using sopctl::time::parse_time_standard;
using sopctl::time::TimeStandard;

namespace {

using sopctl::test::error_of;

Timestamp at(std::string_view text)
{
  auto parsed = sopctl::model::parse_timestamp(text, 7 * 60);
  INFO("time: ", text);
  REQUIRE(parsed);
  return *parsed;
}

// The working day after hari H that `text` is due at the end of.
std::optional<int> h_day(std::string_view text)
{
  auto parsed = parse_time_standard(text);
  INFO("text: ", text);
  CHECK(parsed.error == "");
  REQUIRE(parsed.has_standard);
  CHECK(parsed.standard.days == 0);
  CHECK(parsed.standard.minutes == 0);
  return parsed.standard.h_day;
}

// The reason in the error for `text`.
std::string reason_of(std::string_view text)
{
  auto error = error_of(text);
  auto start = error.find("\": ");
  auto end = error.rfind("; write it like");
  return start == std::string::npos || end == std::string::npos
           ? error
           : error.substr(start + 3, end - start - 3);
}

// Whether `text` is no standard in words (not a window).
bool none_of_h(std::string_view text)
{
  auto parsed = parse_time_standard(text);
  return !parsed.has_standard && parsed.none_in_words;
}

std::string due_from_start(std::string_view started, int day)
{
  return format_iso(Calendar::office_default().due_from_start(at(started), day));
}

} // namespace

TEST_SUITE("time::TimeStandard day windows from hari H")
{
  TEST_CASE("every window the Kaltim PPID SOPs print is read as its later end")
  {
    CHECK(h_day("Hari H s.d H+1") == 1);
    CHECK(h_day("H+1 s.d H+2") == 2);
    CHECK(h_day("H+1 s.d H+7") == 7);
    CHECK(h_day("H+7 s.d H+14") == 14);
    CHECK(h_day("H+8 s.d H+25") == 25);
  }

  TEST_CASE("H alone, Hari H, spaces around the plus and every range word")
  {
    CHECK(h_day("H") == 0);
    CHECK(h_day("Hari H") == 0);
    CHECK(h_day("H+2") == 2);
    CHECK(h_day("H + 2") == 2);
    CHECK(h_day("h+2.") == 2);
    CHECK(h_day("H+1 s/d H+2") == 2);
    CHECK(h_day("H+1 s.d. H+2") == 2);
    CHECK(h_day("H+1 - H+2") == 2);
    CHECK(h_day("H+1-H+2") == 2);
    CHECK(h_day("H+1 sampai H+3") == 3);
    CHECK(h_day("H+1 sampai dengan H+3") == 3);
    CHECK(h_day("H+3 s.d H+1") == 3); // written backwards: still the later end
  }

  TEST_CASE("the office hours printed beneath are a comment the note quotes")
  {
    auto parsed = parse_time_standard("H+1 s.d H+7\nSelama jam pelayanan kantor");
    REQUIRE(parsed.has_standard);
    CHECK(parsed.standard.h_day == 7);
    CHECK(parsed.note == "the standard is H+7 (7 hari kerja sejak hari H); \"Selama jam "
                         "pelayanan kantor\" after the time is not read");
    CHECK(parse_time_standard("H+1 s.d H+2").note == "");
  }

  TEST_CASE("a window is described in the office's words")
  {
    CHECK(describe(*sopctl::test::standard("H+2")) == "H+2 (2 hari kerja sejak hari H)");
    CHECK(describe(*sopctl::test::standard("Hari H s.d H+1")) == "H+1 (1 hari kerja sejak hari H)");
    CHECK(describe(*sopctl::test::standard("H")) == "hari H");
    // The description reads back as the same standard (what `status` prints).
    CHECK(h_day("H+2 (2 hari kerja sejak hari H)") == 2);
    CHECK(parse_time_standard("H+2 (2 hari kerja sejak hari H)").note == "");
    CHECK(reason_of("H+2 (3 hari kerja sejak hari H)") ==
          "after a window counted from hari H give only words, like \"H+1 s.d H+2 Selama jam "
          "pelayanan kantor\"");
  }

  TEST_CASE("a window that cannot be read is refused, naming what is wrong")
  {
    CHECK(reason_of("H+") == "give the working day after hari H as a whole number, like \"H+2\"");
    CHECK(reason_of("H+x") == "give the working day after hari H as a whole number, like \"H+2\"");
    CHECK(reason_of("H+1,5") ==
          "after a window counted from hari H give only words, like \"H+1 s.d H+2 Selama jam "
          "pelayanan kantor\"");
    CHECK(reason_of("H+1 s.d 2 hari") ==
          "a window counted from hari H ends with H too, like \"H+1 s.d H+2\"");
    CHECK(reason_of("H+1 2 jam") ==
          "after a window counted from hari H give only words, like \"H+1 s.d H+2 Selama jam "
          "pelayanan kantor\"");
  }

  TEST_CASE("words that only start like H are not a window")
  {
    CHECK(none_of_h("Hari dan Jam Kerja"));
    CHECK(error_of("Harian") != "");
    // "2 h" is 2 hours, as before.
    CHECK(sopctl::test::standard("2 h") == TimeStandard{0, 120});
  }
}

TEST_SUITE("time::Calendar due from hari H")
{
  TEST_CASE("H+b is due at the end of the b-th working day after hari H")
  {
    CHECK(due_from_start("2026-11-24T09:00", 0) == "2026-11-24T16:00:00+07:00");
    CHECK(due_from_start("2026-11-24T09:00", 1) == "2026-11-25T16:00:00+07:00");
    CHECK(due_from_start("2026-11-24T15:59", 2) == "2026-11-26T16:00:00+07:00");
    // Friday's hours end at 16:30; the weekend is skipped.
    CHECK(due_from_start("2026-11-24T09:00", 3) == "2026-11-27T16:30:00+07:00");
    CHECK(due_from_start("2026-11-24T09:00", 4) == "2026-11-30T16:00:00+07:00");
    // Started after hours: still day 0 is that day.
    CHECK(due_from_start("2026-11-24T20:00", 1) == "2026-11-25T16:00:00+07:00");
  }

  TEST_CASE("a draft started on a day off counts from the next working day")
  {
    CHECK(due_from_start("2026-11-28T10:00", 0) == "2026-11-30T16:00:00+07:00");
    CHECK(due_from_start("2026-11-28T10:00", 1) == "2026-12-01T16:00:00+07:00");
  }

  TEST_CASE("holidays are not counted")
  {
    auto calendar = Calendar::office_default();
    calendar.holidays[*sopctl::time::parse_day("2026-11-25")] = "Libur";
    CHECK(format_iso(calendar.due_from_start(at("2026-11-24T09:00"), 1)) ==
          "2026-11-26T16:00:00+07:00");
  }
}

TEST_SUITE("report::StepClock against a day window")
{
  TEST_CASE("the step is due counted from the draft's start, not from its activation")
  {
    auto calendar = Calendar::office_default();
    auto sop = sopctl::test::seed();
    sop.steps[3].time = "H+1 s.d H+2"; // step 4
    sopctl::report::ClockRules rules{&calendar, 0.25, sopctl::time::time_standards_of(sop)};
    sopctl::workflow::Activation activation;
    activation.step = 4;
    activation.started = at("2026-11-24T09:00");
    activation.since = at("2026-11-26T10:00");
    auto clock = sopctl::report::measure(rules, activation, at("2026-11-26T15:00"));
    REQUIRE(clock.due);
    CHECK(format_iso(*clock.due) == "2026-11-26T16:00:00+07:00");
    CHECK(clock.state == sopctl::report::ClockState::at_risk);
    clock = sopctl::report::measure(rules, activation, at("2026-11-27T07:31"));
    CHECK(clock.state == sopctl::report::ClockState::overdue);
    CHECK(clock.remaining_seconds == -60);
    // Activated only after its window closed: overdue at once.
    activation.since = at("2026-11-27T09:00");
    clock = sopctl::report::measure(rules, activation, at("2026-11-27T09:00"));
    CHECK(clock.state == sopctl::report::ClockState::overdue);
    // Done within the window: met.
    activation.since = at("2026-11-25T09:00");
    activation.until = at("2026-11-26T11:00");
    CHECK(sopctl::report::measure(rules, activation, at("2026-12-01T09:00")).met);
  }
}
