// `sopctl calendar import/show`, and the calendar in sopctl.yaml moving due
// dates (issue 3, sections 1 and 2). 2026-11-24 is a Tuesday.
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "report_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// Two all-day holidays, a timed meeting and a yearly holiday.
constexpr std::string_view holidays_ics = "BEGIN:VCALENDAR\r\n"
                                          "VERSION:2.0\r\n"
                                          "PRODID:-//Kantor//Libur//ID\r\n"
                                          "BEGIN:VEVENT\r\n"
                                          "DTSTART;VALUE=DATE:20261225\r\n"
                                          "DTEND;VALUE=DATE:20261226\r\n"
                                          "SUMMARY:Hari Raya Natal\r\n"
                                          "END:VEVENT\r\n"
                                          "BEGIN:VEVENT\r\n"
                                          "DTSTART;VALUE=DATE:20261224\r\n"
                                          "SUMMARY:Cuti Bersama\\, Natal\r\n"
                                          "END:VEVENT\r\n"
                                          "BEGIN:VEVENT\r\n"
                                          "DTSTART:20261201T090000\r\n"
                                          "SUMMARY:Rapat\r\n"
                                          "END:VEVENT\r\n"
                                          "BEGIN:VEVENT\r\n"
                                          "DTSTART;VALUE=DATE:20270101\r\n"
                                          "RRULE:FREQ=YEARLY\r\n"
                                          "SUMMARY:Tahun\r\n"
                                          "  Baru\r\n"
                                          "END:VEVENT\r\n"
                                          "END:VCALENDAR\r\n";

constexpr std::string_view imported_block = "holidays:\n"
                                            "  - date: \"2026-12-24\"\n"
                                            "    name: Cuti Bersama, Natal\n"
                                            "  - date: \"2026-12-25\"\n"
                                            "    name: Hari Raya Natal\n"
                                            "  - date: \"2027-01-01\"\n"
                                            "    name: Tahun Baru\n";

constexpr std::string_view week = "DAY        HOURS\n"
                                  "Monday     07:30-16:00\n"
                                  "Tuesday    07:30-16:00\n"
                                  "Wednesday  07:30-16:00\n"
                                  "Thursday   07:30-16:00\n"
                                  "Friday     07:30-16:30\n"
                                  "Saturday   off\n"
                                  "Sunday     off\n";

// Replaces a line of sopctl.yaml.
void edit_config(const Sandbox& sandbox, std::string_view from, std::string_view to)
{
  auto path = sandbox.repo() / "sopctl.yaml";
  write_bytes(path, replace_once(read_bytes(path), from, to));
}

// The due time of the only draft's active step, from `status --format json`.
std::string due_of(const Sandbox& sandbox, const std::string& id)
{
  auto json = Json::parse(run_ok(sandbox, {"status", id, "--format", "json"}));
  return json["due"].as_string();
}

// A draft at step 4 (kasi, 2 hari) since Tuesday 12:00.
void draft_at_step_4(const Sandbox& sandbox)
{
  start_at(sandbox, "data", "Data", "2026-11-24T09:00");
  advance_at(sandbox, "data", "sekretaris", "2026-11-24T10:00");
  advance_at(sandbox, "data", "staf", "2026-11-24T10:05");
  advance_at(sandbox, "data", "sekretaris", "2026-11-24T12:00");
}

} // namespace

TEST_SUITE("e2e: calendar")
{
  TEST_CASE("calendar import adds the all-day events to sopctl.yaml as holidays")
  {
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.repo() / "libur.ics", holidays_ics);
    auto before = read_bytes(sandbox.repo() / "sopctl.yaml");
    CHECK(run_ok(sandbox, {"calendar", "import", "libur.ics"}) ==
          "sopctl.yaml: 3 holidays added, 0 already listed, 1 timed event ignored, "
          "1 recurring event taken for their first date only\n");
    // Only the holidays list changed; comments and other keys are kept.
    CHECK(read_bytes(sandbox.repo() / "sopctl.yaml") ==
          replace_once(before, "holidays: []\n", imported_block));
  }

  TEST_CASE("a second import of the same file adds nothing and changes nothing")
  {
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.repo() / "libur.ics", holidays_ics);
    run_ok(sandbox, {"calendar", "import", "libur.ics"});
    auto once = snapshot(sandbox.repo());
    CHECK(run_ok(sandbox, {"calendar", "import", "libur.ics"}) ==
          "sopctl.yaml: 0 holidays added, 3 already listed, 1 timed event ignored, "
          "1 recurring event taken for their first date only\n");
    CHECK(differences(once, snapshot(sandbox.repo())) == "");
  }

  TEST_CASE("calendar import adds to a holidays list with blank lines between items")
  {
    Sandbox sandbox;
    sandbox.init();
    edit_config(sandbox,
                "holidays: []\n",
                "holidays:\n  - date: \"2026-01-01\"\n    name: Tahun Baru\n\n"
                "  - date: \"2026-05-01\"\n    name: Hari Buruh\n");
    write_bytes(sandbox.repo() / "libur.ics", holidays_ics);
    auto result = sandbox.run({"calendar", "import", "libur.ics"});
    INFO("stderr: ", result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out.starts_with("sopctl.yaml: 3 holidays added, 0 already listed"));
    auto show = run_ok(sandbox, {"calendar", "show", "--year", "2026"});
    CHECK(contains(show, "2026-05-01  Friday    holiday  Hari Buruh\n"));
    CHECK(contains(show, "2026-12-25  Friday    holiday  Hari Raya Natal\n"));
  }

  TEST_CASE("calendar import refuses a file that is not iCalendar")
  {
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.repo() / "libur.ics", "tanggal,nama\n2026-12-25,Natal\n");
    CHECK(expect_refused(sandbox, {"calendar", "import", "libur.ics"}) ==
          "libur.ics:1: not an iCalendar file (it must start with BEGIN:VCALENDAR)\n");
  }

  TEST_CASE("calendar import refuses issue 10's hostile files at their line, changing nothing")
  {
    Sandbox sandbox;
    sandbox.init();
    auto before = snapshot(sandbox.repo());
    // 129 bytes that used to become 3.65 million holidays.
    write_bytes(sandbox.tmp() / "bom.ics",
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:00010101\r\n"
                "DTEND;VALUE=DATE:99991231\r\nSUMMARY:Libur\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    auto bomb = sandbox.run({"calendar", "import", (sandbox.tmp() / "bom.ics").string()});
    CHECK(bomb.exit_code == 1);
    CHECK(contains(bomb.err,
                   "bom.ics:4: the event \"Libur\" lasts 3652058 days, 0001-01-01 to 9999-12-30; "
                   "a holiday lasts at most a year (366 days)"));
    // A Latin-1 name: said to be not UTF-8, not a layout problem of sopctl.yaml.
    write_bytes(sandbox.tmp() / "latin1.ics",
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\n"
                "SUMMARY:No\xEBl\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    auto latin1 = sandbox.run({"calendar", "import", (sandbox.tmp() / "latin1.ics").string()});
    CHECK(latin1.exit_code == 1);
    CHECK(contains(latin1.err,
                   "latin1.ics:4: this line is not UTF-8 (byte 0xEB at column 11); save the file "
                   "as UTF-8"));
    CHECK(differences(before, snapshot(sandbox.repo())) == "");
  }

  TEST_CASE("calendar import skips cancelled events, counts DURATION's days, ignores alarms")
  {
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.repo() / "libur.ics",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kantor//Libur//ID\r\n"
                "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260320\r\nDURATION:P2D\r\n"
                "SUMMARY:Idul Fitri\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nSUMMARY:Pengingat\r\n"
                "DESCRIPTION:Besok\r\nTRIGGER:-P1D\r\nEND:VALARM\r\nEND:VEVENT\r\n"
                "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\nSTATUS:CANCELLED\r\n"
                "SUMMARY:Cuti Bersama Natal\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    CHECK(run_ok(sandbox, {"calendar", "import", "libur.ics"}) ==
          "sopctl.yaml: 2 holidays added, 0 already listed, 1 cancelled event skipped\n");
    auto show = run_ok(sandbox, {"calendar", "show", "--year", "2026"});
    CHECK(contains(show, "2026-03-20  Friday    holiday  Idul Fitri\n"));
    CHECK(contains(show, "2026-03-21  Saturday  holiday  Idul Fitri\n"));
    CHECK_FALSE(contains(show, "Pengingat"));
    CHECK_FALSE(contains(show, "2026-12-24"));
  }

  TEST_CASE("calendar import reads Google's Hari Libur di Indonesia feed")
  {
    Sandbox sandbox;
    sandbox.init();
    auto feed = fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "ics" /
                "google-hari-libur-di-indonesia.ics";
    CHECK(run_ok(sandbox, {"calendar", "import", feed.string()}) ==
          "sopctl.yaml: 8 holidays added, 0 already listed\n");
    auto show = run_ok(sandbox, {"calendar", "show", "--year", "2026"});
    CHECK(
      contains(show, "2026-05-31  Sunday    holiday  Hari Raya Waisak 2570 BE (belum pasti)\n"));
    CHECK(contains(show, "2026-08-17  Monday    holiday  Hari Proklamasi Kemerdekaan R.I.\n"));
  }

  TEST_CASE("calendar show lists working hours, then the year's holidays and half days")
  {
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.repo() / "libur.ics", holidays_ics);
    run_ok(sandbox, {"calendar", "import", "libur.ics"});
    edit_config(sandbox,
                "half_days: []\n",
                "half_days:\n  - date: \"2026-12-31\"\n    hours: \"07:30-12:00\"\n"
                "    name: Akhir tahun\n");
    CHECK(run_ok(sandbox, {"calendar", "show", "--year", "2026"}) ==
          "timezone +07:00\n\n" + std::string(week) +
            "\n"
            "DATE        DAY       HOURS        NAME\n"
            "2026-12-24  Thursday  holiday      Cuti Bersama, Natal\n"
            "2026-12-25  Friday    holiday      Hari Raya Natal\n"
            "2026-12-31  Thursday  07:30-12:00  Akhir tahun\n");
    CHECK(run_ok(sandbox, {"calendar", "show", "--year", "2027"}) ==
          "timezone +07:00\n\n" + std::string(week) +
            "\n"
            "DATE        DAY     HOURS    NAME\n"
            "2027-01-01  Friday  holiday  Tahun Baru\n");
    CHECK(run_ok(sandbox, {"calendar", "show", "--year", "2025"}) ==
          "timezone +07:00\n\n" + std::string(week) + "\nno holidays or half days in 2025\n");
    CHECK(contains(run_ok(sandbox, {"calendar", "show"}), "2027-01-01  Friday"));
  }

  TEST_CASE("calendar show names the zone and the office's own hours")
  {
    Sandbox sandbox;
    sandbox.init();
    edit_config(sandbox, "timezone: \"+07:00\"", "timezone: WITA");
    edit_config(sandbox, "  friday: \"07:30-16:30\"", "  friday: \"\"");
    auto out = run_ok(sandbox, {"calendar", "show"});
    CHECK(out.starts_with("timezone WITA (+08:00)\n\n"));
    CHECK(contains(out, "Friday     off\n"));
    CHECK(contains(out, "\nno holidays or half days\n"));
  }

  TEST_CASE("a holiday in sopctl.yaml moves a due date")
  {
    Sandbox sandbox;
    sandbox.init();
    draft_at_step_4(sandbox);
    CHECK(due_of(sandbox, "data") == "2026-11-26T12:00:00+07:00");
    edit_config(
      sandbox, "holidays: []\n", "holidays:\n  - date: \"2026-11-25\"\n    name: Libur\n");
    CHECK(due_of(sandbox, "data") == "2026-11-27T12:00:00+07:00");
    // And an imported holiday as well: Friday goes too.
    write_bytes(sandbox.repo() / "jumat.ics",
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261127\r\n"
                "SUMMARY:Cuti\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
    CHECK(run_ok(sandbox, {"calendar", "import", "jumat.ics"}) ==
          "sopctl.yaml: 1 holiday added, 0 already listed\n");
    CHECK(due_of(sandbox, "data") == "2026-11-30T12:00:00+07:00");
  }

  TEST_CASE("a half day that ends before the due time moves it to the next working day")
  {
    Sandbox sandbox;
    sandbox.init();
    draft_at_step_4(sandbox);
    edit_config(sandbox,
                "half_days: []\n",
                "half_days:\n  - date: \"2026-11-26\"\n    hours: \"07:30-11:00\"\n"
                "    name: Setengah hari\n");
    CHECK(due_of(sandbox, "data") == "2026-11-27T07:30:00+07:00");
  }

  TEST_CASE("in WITA times are read and due times given in WITA")
  {
    Sandbox sandbox;
    sandbox.init();
    edit_config(sandbox, "timezone: \"+07:00\"", "timezone: WITA");
    start_at(sandbox, "ktp", "KTP", "2026-11-24T09:00");
    CHECK(due_of(sandbox, "ktp") == "2026-11-24T09:05:00+08:00");
    auto json = Json::parse(run_ok(
      sandbox, {"report", "overdue", "--at", "2026-11-24T09:10", "--format", "json"}))["rows"];
    REQUIRE(json.size() == 1);
    CHECK(json[0]["since"].as_string() == "2026-11-24T09:00:00+08:00");
    CHECK(json[0]["late_minutes"].as_int() == 5);
    // 09:10 WIB is 10:10 WITA.
    auto wib = Json::parse(
      run_ok(sandbox,
             {"report", "overdue", "--at", "2026-11-24T09:10+07:00", "--format", "json"}))["rows"];
    REQUIRE(wib.size() == 1);
    CHECK(wib[0]["late_minutes"].as_int() == 65);
  }

  TEST_CASE("check reports a bad time standard in the governing procedure at its line:col")
  {
    Sandbox sandbox;
    sandbox.init();
    auto text = replace_once(read_bytes(seed_source_path()), "time: 2 jam", "time: 2 jm");
    write_bytes(sandbox.repo() / "prosedur" / "penyusunan.yaml", text);
    edit_config(sandbox, "procedure: \"\"", "procedure: prosedur/penyusunan.yaml");
    auto line = line_of(text, "time: 2 jm");
    REQUIRE(line > 0);
    auto expected = "prosedur/penyusunan.yaml:" + std::to_string(line) +
                    ":5: step 3: time standard \"2 jm\": unknown unit \"jm\"; write it like "
                    "\"5 menit\", \"2 jam\", \"1,5 jam\", \"2 hari\", \"1 minggu\" or leave it "
                    "blank\n";
    auto check = sandbox.run({"check"});
    CHECK(check.exit_code == 1);
    CHECK(check.out == expected);
    // Any command that needs the standards refuses with the same message.
    CHECK(expect_refused(sandbox, {"report", "overdue", "--at", "2026-11-24T10:00"}) == expected);
  }
}
