// Reading holidays from an iCalendar file (issue 3, section 2).
#include <doctest/doctest.h>
#include <model/errors.hpp>
#include <time/ics.hpp>

using sopctl::time::format_day;
using sopctl::time::read_ics_holidays;

namespace {

// The days read, one `YYYY-MM-DD name` per line.
std::string days_of(const sopctl::time::IcsHolidays& holidays)
{
  std::string out;
  for (const auto& day : holidays.days) {
    out += format_day(day.day) + " " + day.name + "\n";
  }
  return out;
}

// The message read_ics_holidays throws for `text`; empty when it does not.
std::string error_of(std::string_view text)
{
  try {
    read_ics_holidays(text, "libur.ics");
  } catch (const sopctl::model::Error& error) {
    return error.what();
  }
  return "";
}

std::string calendar(std::string_view events)
{
  return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//ID\r\n" + std::string(events) +
         "END:VCALENDAR\r\n";
}

} // namespace

TEST_SUITE("time::ics")
{
  TEST_CASE("all-day events become holidays with their names")
  {
    auto holidays = read_ics_holidays(calendar("BEGIN:VEVENT\r\n"
                                               "DTSTART;VALUE=DATE:20261225\r\n"
                                               "DTEND;VALUE=DATE:20261226\r\n"
                                               "SUMMARY:Hari Raya Natal\r\n"
                                               "END:VEVENT\r\n"
                                               "BEGIN:VEVENT\r\n"
                                               "DTSTART;VALUE=DATE:20261117\r\n"
                                               "SUMMARY:Tahun Baru Islam\r\n"
                                               "END:VEVENT\r\n"),
                                      "libur.ics");
    CHECK(days_of(holidays) == "2026-12-25 Hari Raya Natal\n2026-11-17 Tahun Baru Islam\n");
    CHECK(holidays.skipped_timed == 0);
    CHECK(holidays.skipped_recurring == 0);
  }

  TEST_CASE("a folded line continues the one before it")
  {
    auto holidays = read_ics_holidays(calendar("BEGIN:VEVENT\r\n"
                                               "DTSTART;VALUE=DATE:2026\r\n"
                                               " 1225\r\n"
                                               "SUMMARY:Hari Raya\r\n"
                                               "\t Natal\r\n"
                                               "END:VEVENT\r\n"),
                                      "libur.ics");
    CHECK(days_of(holidays) == "2026-12-25 Hari Raya Natal\n");
  }

  TEST_CASE("escaped text is unescaped")
  {
    auto holidays = read_ics_holidays(calendar("BEGIN:VEVENT\r\n"
                                               "DTSTART;VALUE=DATE:20261224\r\n"
                                               "SUMMARY:Cuti bersama\\, Natal\\; kantor tutup\\\\"
                                               "\\nlibur\r\n"
                                               "END:VEVENT\r\n"),
                                      "libur.ics");
    CHECK(days_of(holidays) == "2026-12-24 Cuti bersama, Natal; kantor tutup\\ libur\n");
  }

  TEST_CASE("a multi-day event covers every day before its exclusive DTEND")
  {
    auto holidays = read_ics_holidays(calendar("BEGIN:VEVENT\r\n"
                                               "DTSTART;VALUE=DATE:20261230\r\n"
                                               "DTEND;VALUE=DATE:20270102\r\n"
                                               "SUMMARY:Akhir tahun\r\n"
                                               "END:VEVENT\r\n"),
                                      "libur.ics");
    CHECK(days_of(holidays) ==
          "2026-12-30 Akhir tahun\n2026-12-31 Akhir tahun\n2027-01-01 Akhir tahun\n");
  }

  TEST_CASE("an event with a time of day is skipped and counted")
  {
    auto holidays = read_ics_holidays(calendar("BEGIN:VEVENT\r\n"
                                               "DTSTART:20261201T090000\r\n"
                                               "DTEND:20261201T100000\r\n"
                                               "SUMMARY:Rapat\r\n"
                                               "END:VEVENT\r\n"
                                               "BEGIN:VEVENT\r\n"
                                               "DTSTART;TZID=Asia/Jakarta:20261202T090000\r\n"
                                               "SUMMARY:Apel\r\n"
                                               "END:VEVENT\r\n"
                                               "BEGIN:VEVENT\r\n"
                                               "DTSTART;VALUE=DATE:20261225\r\n"
                                               "SUMMARY:Natal\r\n"
                                               "END:VEVENT\r\n"),
                                      "libur.ics");
    CHECK(days_of(holidays) == "2026-12-25 Natal\n");
    CHECK(holidays.skipped_timed == 2);
  }

  TEST_CASE("a recurring event is taken for its first date and counted")
  {
    auto holidays = read_ics_holidays(calendar("BEGIN:VEVENT\r\n"
                                               "DTSTART;VALUE=DATE:20260817\r\n"
                                               "RRULE:FREQ=YEARLY\r\n"
                                               "SUMMARY:Hari Kemerdekaan\r\n"
                                               "END:VEVENT\r\n"),
                                      "libur.ics");
    CHECK(days_of(holidays) == "2026-08-17 Hari Kemerdekaan\n");
    CHECK(holidays.skipped_recurring == 1);
  }

  TEST_CASE("lines ending in LF alone are read as well")
  {
    auto holidays = read_ics_holidays("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:"
                                      "20261225\nSUMMARY:Natal\nEND:VEVENT\nEND:VCALENDAR\n",
                                      "libur.ics");
    CHECK(days_of(holidays) == "2026-12-25 Natal\n");
  }

  TEST_CASE("a file that is not an iCalendar file is refused at line 1")
  {
    CHECK(error_of("tanggal,nama\n2026-12-25,Natal\n") ==
          "libur.ics:1: not an iCalendar file (it must start with BEGIN:VCALENDAR)");
    CHECK(error_of("") ==
          "libur.ics:1: not an iCalendar file (it must start with BEGIN:VCALENDAR)");
  }

  TEST_CASE("an event without DTSTART is refused at its BEGIN line")
  {
    CHECK(error_of(calendar("BEGIN:VEVENT\r\nSUMMARY:Natal\r\nEND:VEVENT\r\n")) ==
          "libur.ics:4: this event has no DTSTART");
  }

  TEST_CASE("an event that is never closed is refused at its BEGIN line")
  {
    CHECK(error_of("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n"
                   "SUMMARY:Natal\r\n") == "libur.ics:2: this event has no END:VEVENT");
  }

  TEST_CASE("the line of an error counts folded lines")
  {
    CHECK(error_of("BEGIN:VCALENDAR\r\nX-WR-CALNAME:Libur\r\n  nasional\r\nBEGIN:VEVENT\r\n"
                   "SUMMARY:Natal\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n") ==
          "libur.ics:4: this event has no DTSTART");
  }
}
