// Reading holidays from an iCalendar file (issue 3, section 2), with
// libical (issue 10, section 6): the findings of the hostile-input run each
// have a regression test below, as does Google's "Hari Libur di Indonesia"
// layout (tests/fixtures/ics/README.md says where it comes from).
#include <doctest/doctest.h>
#include <fstream>
#include <model/errors.hpp>
#include <sstream>
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

std::string fixture(const std::string& name)
{
  std::ifstream in(std::string(SOPCTL_SOURCE_DIR) + "/tests/fixtures/ics/" + name,
                   std::ios::binary);
  REQUIRE(in);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
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

  TEST_CASE("Google's Hari Libur di Indonesia feed: every all-day event, names unfolded")
  {
    auto holidays =
      read_ics_holidays(fixture("google-hari-libur-di-indonesia.ics"), "hari-libur.ics");
    CHECK(days_of(holidays) == "2026-01-01 Tahun Baru 2026 Masehi\n"
                               "2026-02-19 1 Ramadan\n"
                               "2026-03-20 Cuti Bersama Idul Fitri\n"
                               "2026-05-31 Hari Raya Waisak 2570 BE (belum pasti)\n"
                               "2026-08-17 Hari Proklamasi Kemerdekaan R.I.\n"
                               "2026-12-24 Cuti Bersama Natal (Malam Natal)\n"
                               "2026-12-31 Malam Tahun Baru\n"
                               "2027-03-10 Hari Idul Fitri (belum pasti)\n");
    CHECK(holidays.skipped_timed == 0);
    CHECK(holidays.skipped_recurring == 0);
    CHECK(holidays.skipped_cancelled == 0);
  }

  TEST_CASE("an event spanning the whole calendar is refused, not expanded (3.65 million days)")
  {
    // The 129-byte file of issue 10 that gave 3.65 million holidays.
    CHECK(error_of("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:00010101\r\n"
                   "DTEND;VALUE=DATE:99991231\r\nSUMMARY:Libur\r\nEND:VEVENT\r\n"
                   "END:VCALENDAR\r\n") ==
          "libur.ics:4: the event \"Libur\" lasts 3652058 days, 0001-01-01 to 9999-12-30; a "
          "holiday lasts at most a year (366 days): check its DTEND (the day after the last day "
          "off)");
  }

  TEST_CASE("an event of a year is taken, one day longer is refused")
  {
    auto year = read_ics_holidays(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20280101\r\n"
                                           "DTEND;VALUE=DATE:20290101\r\nSUMMARY:Setahun\r\n"
                                           "END:VEVENT\r\n"),
                                  "libur.ics");
    CHECK(year.days.size() == 366); // 2028 is a leap year
    CHECK(error_of(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20280101\r\n"
                            "DURATION:P367D\r\nSUMMARY:Terlalu lama\r\nEND:VEVENT\r\n")) ==
          "libur.ics:6: the event \"Terlalu lama\" lasts 367 days, 2028-01-01 to 2029-01-01; a "
          "holiday lasts at most a year (366 days): check its DURATION");
  }

  TEST_CASE("a SUMMARY that is not UTF-8 is refused as such, at its line")
  {
    // "Natal" with a Latin-1 é, as an old Windows export writes it.
    CHECK(error_of(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n"
                            "SUMMARY:Hari Natal \xE9\r\nEND:VEVENT\r\n")) ==
          "libur.ics:6: this line is not UTF-8 (byte 0xE9 at column 20); save the file as UTF-8 "
          "(iCalendar text is UTF-8, RFC 5545 3.1.4)");
    // A sequence cut by a fold is whole again, but each line is checked as written.
    auto holidays = read_ics_holidays(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n"
                                               "SUMMARY:Hari Natal \xC3\xA9t\xC3\xA9\r\n"
                                               "END:VEVENT\r\n"),
                                      "libur.ics");
    CHECK(days_of(holidays) == "2026-12-25 Hari Natal \xC3\xA9t\xC3\xA9\n");
  }

  TEST_CASE("a control character is refused at its line")
  {
    CHECK(error_of(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n"
                            "SUMMARY:Natal\x1b[31m\r\nEND:VEVENT\r\n")) ==
          "libur.ics:6: this line holds the control character U+001B; an iCalendar line holds "
          "none but tab: remove it");
  }

  TEST_CASE("the SUMMARY of an alarm does not rename its event")
  {
    auto holidays = read_ics_holidays(calendar("BEGIN:VEVENT\r\n"
                                               "DTSTART;VALUE=DATE:20261225\r\n"
                                               "BEGIN:VALARM\r\n"
                                               "ACTION:EMAIL\r\n"
                                               "SUMMARY:Pengingat\r\n"
                                               "DESCRIPTION:Besok libur\r\n"
                                               "ATTENDEE:mailto:rina@example.org\r\n"
                                               "TRIGGER:-P1D\r\n"
                                               "END:VALARM\r\n"
                                               "SUMMARY:Hari Raya Natal\r\n"
                                               "END:VEVENT\r\n"),
                                      "libur.ics");
    CHECK(days_of(holidays) == "2026-12-25 Hari Raya Natal\n");
  }

  TEST_CASE("DURATION in days covers that many days; a time of day or DTEND with it is refused")
  {
    auto holidays = read_ics_holidays(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260320\r\n"
                                               "DURATION:P2D\r\nSUMMARY:Idul Fitri\r\n"
                                               "END:VEVENT\r\n"
                                               "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260601\r\n"
                                               "DURATION:P1W\r\nSUMMARY:Seminggu\r\n"
                                               "END:VEVENT\r\n"),
                                      "libur.ics");
    CHECK(days_of(holidays) == "2026-03-20 Idul Fitri\n2026-03-21 Idul Fitri\n"
                               "2026-06-01 Seminggu\n2026-06-02 Seminggu\n2026-06-03 Seminggu\n"
                               "2026-06-04 Seminggu\n2026-06-05 Seminggu\n2026-06-06 Seminggu\n"
                               "2026-06-07 Seminggu\n");
    CHECK(error_of(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260320\r\n"
                            "DURATION:PT12H\r\nEND:VEVENT\r\n")) ==
          "libur.ics:6: DURATION PT12H is not a whole number of days; an all-day event lasts "
          "whole days, as in DURATION:P2D");
    CHECK(error_of(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260320\r\n"
                            "DTEND;VALUE=DATE:20260322\r\nDURATION:P2D\r\nEND:VEVENT\r\n")) ==
          "libur.ics:7: this event has both DTEND and DURATION; keep one");
  }

  TEST_CASE("a cancelled event is skipped and counted")
  {
    auto holidays = read_ics_holidays(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\n"
                                               "STATUS:CANCELLED\r\nSUMMARY:Cuti Bersama\r\n"
                                               "END:VEVENT\r\n"
                                               "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n"
                                               "STATUS:CONFIRMED\r\nSUMMARY:Natal\r\n"
                                               "END:VEVENT\r\n"),
                                      "libur.ics");
    CHECK(days_of(holidays) == "2026-12-25 Natal\n");
    CHECK(holidays.skipped_cancelled == 1);
  }

  TEST_CASE("a date libical cannot read is refused at its line, with how to write it")
  {
    CHECK(error_of(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:251226\r\n"
                            "SUMMARY:Natal\r\nEND:VEVENT\r\n")) ==
          "libur.ics:5: cannot read this DTSTART (libical: Can't parse as DATE value in DTSTART "
          "property. Removing entire property: 251226); write the first day as YYYYMMDD, as "
          "in DTSTART;VALUE=DATE:20261225");
    CHECK(error_of(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n"
                            "DTEND;VALUE=DATE:20261220\r\nEND:VEVENT\r\n")) ==
          "libur.ics:6: DTEND 2026-12-20 is before DTSTART 2026-12-25; DTEND is the day after "
          "the last day off");
    CHECK(error_of(calendar("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n"
                            "DTEND:20261226T120000\r\nEND:VEVENT\r\n")) ==
          "libur.ics:6: DTEND has a time of day but DTSTART is a date; write the day after the "
          "last day off as YYYYMMDD, as in DTEND;VALUE=DATE:20261226");
  }

  TEST_CASE("components that do not close or nest without end are refused at their line")
  {
    CHECK(error_of("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n"
                   "END:VCALENDAR\r\n") == "libur.ics:2: this event has no END:VEVENT");
    CHECK(error_of("BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n") ==
          "libur.ics:3: END:VEVENT does not close BEGIN:VTODO of line 2; every BEGIN needs its "
          "own END");
    std::string deep = "BEGIN:VCALENDAR\r\n";
    for (int i = 0; i < 10; ++i) {
      deep += "BEGIN:X-LAPIS\r\n";
    }
    CHECK(error_of(deep) == "libur.ics:9: BEGIN:X-LAPIS is nested more than 8 components deep; "
                            "a calendar of holidays needs VCALENDAR and VEVENT");
    CHECK(error_of("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nSUMMARY:sisa\r\n") ==
          "libur.ics:3: this line lies outside BEGIN:VCALENDAR ... END:VCALENDAR; remove it");
  }

  TEST_CASE("a file's own X-SOPCTL-EVENT lines cannot confuse the reader")
  {
    auto holidays = read_ics_holidays(calendar("BEGIN:VEVENT\r\nX-SOPCTL-EVENT:7\r\n"
                                               "DTSTART;VALUE=DATE:20261225\r\n"
                                               "SUMMARY:Natal\r\nEND:VEVENT\r\n"),
                                      "libur.ics");
    CHECK(days_of(holidays) == "2026-12-25 Natal\n");
  }

  TEST_CASE("a byte order mark before BEGIN:VCALENDAR and names in lower case are read")
  {
    auto holidays = read_ics_holidays("\xEF\xBB\xBF" + calendar("begin:vevent\r\n"
                                                                "dtstart;value=date:20261225\r\n"
                                                                "summary:Natal\r\n"
                                                                "end:vevent\r\n"),
                                      "libur.ics");
    CHECK(days_of(holidays) == "2026-12-25 Natal\n");
  }
}
