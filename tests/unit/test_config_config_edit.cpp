// Rewriting sopctl.yaml's holidays without disturbing the rest of the file
// (issue 3, section 2: `sopctl calendar import`).
#include <config/config.hpp>
#include <config/config_edit.hpp>
#include <doctest/doctest.h>

using sopctl::config::with_holidays;
using Holidays = std::map<sopctl::time::DayNumber, std::string>;

namespace {

sopctl::time::DayNumber day(std::string_view iso)
{
  return *sopctl::time::parse_day(iso);
}

const Holidays two = {{day("2026-12-25"), "Hari Raya Natal"},
                      {day("2026-08-17"), "Hari Kemerdekaan: HUT RI"}};

// The holidays block with_holidays writes for `two`.
constexpr std::string_view two_block = "holidays:\n"
                                       "  - date: \"2026-08-17\"\n"
                                       "    name: \"Hari Kemerdekaan: HUT RI\"\n"
                                       "  - date: \"2026-12-25\"\n"
                                       "    name: Hari Raya Natal\n";

// The holidays `text` reads back as.
Holidays read_back(const std::string& text)
{
  sopctl::model::Diagnostics diagnostics("sopctl.yaml");
  auto config = sopctl::config::read_config(text, diagnostics);
  INFO(text, "\n", sopctl::model::format_all(diagnostics.list()));
  REQUIRE(config);
  return config->calendar.holidays;
}

} // namespace

TEST_SUITE("store::config_edit")
{
  TEST_CASE("an empty holidays list in the middle is replaced, everything else kept")
  {
    std::string before = "# Pengaturan kantor\n"
                         "timezone: WITA # zona waktu\n"
                         "\n"
                         "# Hari libur\n"
                         "holidays: []\n"
                         "\n"
                         "# Setengah hari\n"
                         "half_days: []\n"
                         "at_risk_share: 0.3\n";
    auto after = with_holidays(before, two);
    CHECK(after == "# Pengaturan kantor\n"
                   "timezone: WITA # zona waktu\n"
                   "\n"
                   "# Hari libur\n" +
                     std::string(two_block) +
                     "\n"
                     "# Setengah hari\n"
                     "half_days: []\n"
                     "at_risk_share: 0.3\n");
    CHECK(read_back(after) == two);
  }

  TEST_CASE("an existing holidays block in the middle is replaced as a whole")
  {
    std::string before = "timezone: WIB\n"
                         "holidays:\n"
                         "  - date: \"2026-01-01\"\n"
                         "    name: Tahun Baru\n"
                         "\n"
                         "  - date: \"2026-05-01\"\n"
                         "    name: Hari Buruh\n"
                         "# Setengah hari\n"
                         "half_days: []\n";
    auto holidays = two;
    holidays[day("2026-01-01")] = "Tahun Baru";
    auto after = with_holidays(before, holidays);
    CHECK(after == "timezone: WIB\n"
                   "holidays:\n"
                   "  - date: \"2026-01-01\"\n"
                   "    name: Tahun Baru\n"
                   "  - date: \"2026-08-17\"\n"
                   "    name: \"Hari Kemerdekaan: HUT RI\"\n"
                   "  - date: \"2026-12-25\"\n"
                   "    name: Hari Raya Natal\n"
                   "# Setengah hari\n"
                   "half_days: []\n");
    CHECK(read_back(after) == holidays);
  }

  TEST_CASE("a holidays list written at the key's own indentation is replaced too")
  {
    // YAML allows a block sequence at the same column as its key.
    std::string before = "timezone: WIB\n"
                         "holidays:\n"
                         "- date: \"2026-01-01\"\n"
                         "  name: Tahun Baru\n"
                         "at_risk_share: 0.3\n";
    auto after = with_holidays(before, two);
    CHECK(after == "timezone: WIB\n" + std::string(two_block) + "at_risk_share: 0.3\n");
  }

  TEST_CASE("holidays are appended when the file has none")
  {
    std::string before = "timezone: WIB\n# akhir\n";
    auto after = with_holidays(before, two);
    CHECK(after == "timezone: WIB\n# akhir\n\n# Holidays: days that are not working days.\n" +
                     std::string(two_block));
    CHECK(read_back(after) == two);
  }

  TEST_CASE("a file without a final newline gets one before the appended holidays")
  {
    auto after = with_holidays("timezone: WIB", two);
    CHECK(after == "timezone: WIB\n\n# Holidays: days that are not working days.\n" +
                     std::string(two_block));
  }

  TEST_CASE("a holidays block at the end of the file is replaced")
  {
    auto after = with_holidays("timezone: WIB\nholidays:\n  - date: 2026-01-01\n    name: X", two);
    CHECK(after == "timezone: WIB\n" + std::string(two_block));
  }

  TEST_CASE("no holidays are written as an empty list")
  {
    CHECK(with_holidays("holidays:\n  - date: 2026-01-01\n    name: X\ntimezone: WIB\n", {}) ==
          "holidays: []\ntimezone: WIB\n");
  }

  TEST_CASE("a key that only begins with holidays is not the holidays key")
  {
    auto after = with_holidays("holidays_note: lihat SK\n", two);
    CHECK(after.starts_with("holidays_note: lihat SK\n\n# Holidays"));
  }

  TEST_CASE("names that need quoting are quoted and read back the same")
  {
    Holidays odd = {{day("2026-03-20"), "Idul Fitri 1447 H # hari 1"},
                    {day("2026-03-21"), "'Cuti' \"bersama\""},
                    {day("2026-03-22"), "yes"}};
    auto after = with_holidays("timezone: WIB\n", odd);
    CHECK(read_back(after) == odd);
  }
}
