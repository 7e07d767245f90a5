// The working calendar's settings in sopctl.yaml (issue 3, section 2).
#include <config/config.hpp>
#include <doctest/doctest.h>

using sopctl::config::Config;
using sopctl::config::read_config;
using sopctl::time::WorkingHours;

namespace {

// Every problem read_config finds in `text`, one per line.
std::string config_errors(std::string_view text)
{
  sopctl::model::Diagnostics diagnostics("sopctl.yaml");
  auto config = read_config(text, diagnostics);
  if (config.has_value() != diagnostics.empty()) {
    return "read_config returned a value together with problems";
  }
  return sopctl::model::format_all(diagnostics.list());
}

// `text` read as a config that must be valid.
Config config_of(std::string_view text)
{
  sopctl::model::Diagnostics diagnostics("sopctl.yaml");
  auto config = read_config(text, diagnostics);
  INFO(sopctl::model::format_all(diagnostics.list()));
  REQUIRE(config);
  return *config;
}

sopctl::time::DayNumber day(std::string_view iso)
{
  return *sopctl::time::parse_day(iso);
}

} // namespace

TEST_SUITE("store::config")
{
  TEST_CASE("without calendar settings the office default applies")
  {
    auto config = config_of("timezone: \"+07:00\"\n");
    CHECK(config.calendar.weekly == sopctl::time::Calendar::office_default().weekly);
    CHECK(config.calendar.utc_offset_minutes == 420);
    CHECK(config.calendar.holidays.empty());
    CHECK(config.calendar.short_days.empty());
    CHECK(config.at_risk_share == 0.25);
  }

  TEST_CASE("working hours are set per weekday, an empty one is a day off")
  {
    auto config = config_of("working_hours:\n  monday: \"08:00-15:00\"\n  friday: \"\"\n"
                            "  saturday: \"08:00-12:00\"\n  sunday: libur\n");
    CHECK(config.calendar.weekly[0] == WorkingHours{480, 900});
    CHECK(config.calendar.weekly[1] == WorkingHours{450, 960}); // left as default
    CHECK_FALSE(config.calendar.weekly[4]);
    CHECK(config.calendar.weekly[5] == WorkingHours{480, 720});
    CHECK_FALSE(config.calendar.weekly[6]);
  }

  TEST_CASE("working hours that are not a span of time are refused at the weekday")
  {
    CHECK(config_errors("working_hours:\n  monday: \"8-15\"\n") ==
          "sopctl.yaml:2:3: working_hours.monday \"8-15\" is not a span of time like "
          "\"07:30-16:00\" (or \"\" for a day off)");
    CHECK(config_errors("office:\n  city: X\nworking_hours:\n  tuesday: \"16:00-07:30\"\n") ==
          "sopctl.yaml:4:3: working_hours.tuesday \"16:00-07:30\" is not a span of time like "
          "\"07:30-16:00\" (or \"\" for a day off)");
  }

  TEST_CASE("a weekday's name must be English")
  {
    CHECK(config_errors("working_hours:\n  senin: \"08:00-15:00\"\n") ==
          "sopctl.yaml:2:3: unknown key \"senin\" in working_hours; the keys are: monday, "
          "tuesday, wednesday, thursday, friday, saturday, sunday");
  }

  TEST_CASE("a week without a working day is refused")
  {
    CHECK(config_errors("working_hours:\n  monday: \"\"\n  tuesday: \"\"\n  wednesday: \"\"\n"
                        "  thursday: \"\"\n  friday: \"\"\n") ==
          "sopctl.yaml:2:3: working_hours leaves no working day in the week");
  }

  TEST_CASE("holidays are read with their names")
  {
    auto config = config_of("holidays:\n  - date: \"2026-12-25\"\n    name: Hari Raya Natal\n"
                            "  - date: 2026-12-24\n    name: Cuti bersama\n");
    CHECK(config.calendar.holidays ==
          std::map<sopctl::time::DayNumber, std::string>{{day("2026-12-24"), "Cuti bersama"},
                                                         {day("2026-12-25"), "Hari Raya Natal"}});
    CHECK_FALSE(config.calendar.hours_on(day("2026-12-25")));
    CHECK(config_of("holidays: []\n").calendar.holidays.empty());
  }

  TEST_CASE("a holiday that is not a date is refused at its date")
  {
    CHECK(config_errors("holidays:\n  - date: \"2026-12-25\"\n    name: Natal\n"
                        "  - date: \"2026-12-32\"\n    name: X\n") ==
          "sopctl.yaml:4:5: \"2026-12-32\" is not a date; write it as \"YYYY-MM-DD\"");
  }

  TEST_CASE("a holiday listed twice is refused at the second")
  {
    CHECK(config_errors("holidays:\n  - date: 2026-12-25\n    name: Natal\n"
                        "  - date: 2026-12-25\n    name: Lagi\n") ==
          "sopctl.yaml:4:5: 2026-12-25 is listed twice in holidays (first at line 2); keep one");
  }

  TEST_CASE("holidays must be a list of items with a date")
  {
    CHECK(config_errors("holidays: Natal\n") ==
          "sopctl.yaml:1:11: \"holidays\" must be a list of {date, name} items");
    CHECK(config_errors("holidays:\n  - name: Natal\n") ==
          "sopctl.yaml:2:5: an item of holidays has no \"date\"; add it");
  }

  TEST_CASE("half days are read with their hours and names")
  {
    auto config = config_of("half_days:\n  - date: \"2026-12-31\"\n    hours: \"07:30-12:00\"\n"
                            "    name: Akhir tahun\n");
    CHECK(config.calendar.short_days.at(day("2026-12-31")) == WorkingHours{450, 720});
    CHECK(config.calendar.short_day_names.at(day("2026-12-31")) == "Akhir tahun");
    CHECK(config.calendar.hours_on(day("2026-12-31")) == WorkingHours{450, 720});
  }

  TEST_CASE("a half day needs hours that are a span of time")
  {
    CHECK(config_errors("half_days:\n  - date: 2026-12-24\n    name: Malam\n"
                        "    hours: \"07:30\"\n") ==
          "sopctl.yaml:4:5: \"07:30\" is not a span of time like \"07:30-12:00\"");
    CHECK(config_errors("half_days:\n  - date: 2026-12-24\n    name: Malam\n") ==
          "sopctl.yaml:2:5: an item of half_days has no \"hours\"; add it");
  }

  TEST_CASE("the at-risk share is a fraction between 0 and 1")
  {
    CHECK(config_of("at_risk_share: 0.4\n").at_risk_share == 0.4);
    for (auto bad : {"1.5", "abc", "0", "1", "-0.2"}) {
      CHECK(config_errors(std::string("timezone: WIB\nat_risk_share: ") + bad + "\n") ==
            std::string("sopctl.yaml:2:1: at_risk_share \"") + bad +
              "\" must be a fraction between 0 and 1, like 0.25");
    }
  }

  TEST_CASE("the timezone is the calendar's zone, by name or offset")
  {
    CHECK(config_of("timezone: WIB\n").calendar.utc_offset_minutes == 420);
    CHECK(config_of("timezone: WITA\n").calendar.utc_offset_minutes == 480);
    CHECK(config_of("timezone: WIT\n").calendar.utc_offset_minutes == 540);
    CHECK(config_of("timezone: \"+09:00\"\n").calendar.utc_offset_minutes == 540);
    auto config = config_of("timezone: WITA\n");
    CHECK(config.timezone == "WITA");
    CHECK(config.utc_offset_minutes == 480);
  }

  TEST_CASE("every calendar problem of a file is reported at once")
  {
    CHECK(config_errors("timezone: Asia/Bangkok\nworking_hours:\n  monday: x\n"
                        "at_risk_share: 2\n") ==
          "sopctl.yaml:1:1: timezone \"Asia/Bangkok\" is not a zone sopctl knows; write one of WIB "
          "(+07:00), WITA (+08:00), WIT (+09:00), Asia/Jakarta (+07:00), Asia/Pontianak (+07:00), "
          "Asia/Makassar (+08:00), Asia/Jayapura (+09:00) or a UTC offset like +08:00\n"
          "sopctl.yaml:3:3: working_hours.monday \"x\" is not a span of time like "
          "\"07:30-16:00\" (or \"\" for a day off)\n"
          "sopctl.yaml:4:1: at_risk_share \"2\" must be a fraction between 0 and 1, like 0.25");
  }
}
