#include <doctest/doctest.h>
#include <model/timestamp.hpp>

using sopctl::model::format_iso;
using sopctl::model::format_short;
using sopctl::model::format_utc_offset;
using sopctl::model::is_iso_date;
using sopctl::model::parse_timestamp;
using sopctl::model::parse_utc_offset;
using sopctl::model::Timestamp;

namespace {

constexpr int wib = 7 * 60;
// 2026-11-24T02:00:00Z, i.e. 09:00 in Sibolga.
constexpr std::int64_t nine_wib = 1795485600;

} // namespace

TEST_SUITE("model::timestamp")
{
  TEST_CASE("a time without an offset is local to the default offset")
  {
    auto at = parse_timestamp("2026-11-24T09:00", wib);
    REQUIRE(at);
    CHECK(at->utc_seconds == nine_wib);
    CHECK(at->offset_minutes == wib);
  }

  TEST_CASE("an explicit offset wins over the default")
  {
    auto at = parse_timestamp("2026-11-24T10:00+08:00", wib);
    REQUIRE(at);
    CHECK(at->utc_seconds == nine_wib);
    CHECK(at->offset_minutes == 8 * 60);
  }

  TEST_CASE("Z and z mean UTC")
  {
    auto upper = parse_timestamp("2026-11-24T02:00:00Z", wib);
    auto lower = parse_timestamp("2026-11-24T02:00z", std::nullopt);
    REQUIRE(upper);
    REQUIRE(lower);
    CHECK(upper->utc_seconds == nine_wib);
    CHECK(upper->offset_minutes == 0);
    CHECK(lower->utc_seconds == nine_wib);
  }

  TEST_CASE("a space may stand for the T")
  {
    auto at = parse_timestamp("2026-11-24 09:00:00+07:00", std::nullopt);
    REQUIRE(at);
    CHECK(at->utc_seconds == nine_wib);
  }

  TEST_CASE("seconds are optional and counted when given")
  {
    auto without = parse_timestamp("2026-11-24T09:00+07:00", std::nullopt);
    auto with = parse_timestamp("2026-11-24T09:00:59+07:00", std::nullopt);
    REQUIRE(without);
    REQUIRE(with);
    CHECK(with->utc_seconds - without->utc_seconds == 59);
  }

  TEST_CASE("offsets may be written +HHMM or +HH")
  {
    CHECK(parse_utc_offset("+0700") == wib);
    CHECK(parse_utc_offset("+07") == wib);
    CHECK(parse_utc_offset("-03:30") == -210);
    CHECK(parse_utc_offset("Z") == 0);
  }

  TEST_CASE("malformed offsets are refused")
  {
    CHECK_FALSE(parse_utc_offset(""));
    CHECK_FALSE(parse_utc_offset("07:00"));
    CHECK_FALSE(parse_utc_offset("+7"));
    CHECK_FALSE(parse_utc_offset("+07:"));
    CHECK_FALSE(parse_utc_offset("+07:0"));
    CHECK_FALSE(parse_utc_offset("+15:00"));
    CHECK_FALSE(parse_utc_offset("+07:60"));
    CHECK_FALSE(parse_utc_offset("+07:00 "));
  }

  TEST_CASE("the offset is required when there is no default")
  {
    CHECK_FALSE(parse_timestamp("2026-11-24T09:00", std::nullopt));
    CHECK_FALSE(parse_timestamp("2026-11-24T09:00:00", std::nullopt));
    CHECK(parse_timestamp("2026-11-24T09:00:00+07:00", std::nullopt));
  }

  TEST_CASE("days that do not exist are refused")
  {
    CHECK_FALSE(parse_timestamp("2026-02-30T09:00", wib));
    CHECK_FALSE(parse_timestamp("2026-02-29T09:00", wib));
    CHECK_FALSE(parse_timestamp("2026-13-01T09:00", wib));
    CHECK_FALSE(parse_timestamp("2026-00-10T09:00", wib));
    CHECK_FALSE(parse_timestamp("2026-04-31T09:00", wib));
    CHECK(parse_timestamp("2028-02-29T09:00", wib)); // a leap year
  }

  TEST_CASE("times of day past 23:59:59 are refused")
  {
    CHECK_FALSE(parse_timestamp("2026-11-24T24:00", wib));
    CHECK_FALSE(parse_timestamp("2026-11-24T23:60", wib));
    CHECK_FALSE(parse_timestamp("2026-11-24T23:59:60", wib));
    CHECK(parse_timestamp("2026-11-24T23:59:59", wib));
  }

  TEST_CASE("incomplete or padded text is refused")
  {
    CHECK_FALSE(parse_timestamp("", wib));
    CHECK_FALSE(parse_timestamp("2026-11-24", wib));
    CHECK_FALSE(parse_timestamp("2026-11-24T", wib));
    CHECK_FALSE(parse_timestamp("2026-11-24T9:00", wib));
    CHECK_FALSE(parse_timestamp("2026-11-24T09", wib));
    CHECK_FALSE(parse_timestamp("2026-11-24T09:00:", wib));
    CHECK_FALSE(parse_timestamp("2026-11-24X09:00", wib));
    CHECK_FALSE(parse_timestamp("2026-11-24T09:00 ", wib));
    CHECK_FALSE(parse_timestamp(" 2026-11-24T09:00", wib));
    CHECK_FALSE(parse_timestamp("26-11-24T09:00", wib));
  }

  TEST_CASE("format_iso writes the time in its own offset")
  {
    CHECK(format_iso({nine_wib, wib}) == "2026-11-24T09:00:00+07:00");
    CHECK(format_iso({nine_wib, 0}) == "2026-11-24T02:00:00+00:00");
    CHECK(format_iso({nine_wib, -210}) == "2026-11-23T22:30:00-03:30");
  }

  TEST_CASE("format_short drops seconds and the offset")
  {
    CHECK(format_short({nine_wib + 59, wib}) == "2026-11-24 09:00");
    CHECK(format_short({nine_wib, -600}) == "2026-11-23 16:00");
  }

  TEST_CASE("dates before 1970 are written correctly")
  {
    CHECK(format_iso({-1, 0}) == "1969-12-31T23:59:59+00:00");
    CHECK(format_iso({-86400, 0}) == "1969-12-31T00:00:00+00:00");
    CHECK(format_iso({-152611200, -210}) == "1965-03-01T12:30:00-03:30");
    CHECK(format_short({-152611200, -210}) == "1965-03-01 12:30");
  }

  TEST_CASE("format_iso and parse_timestamp round trip")
  {
    for (std::string text : {"2026-11-24T09:00:00+07:00",
                             "2026-11-24T09:00:00-03:30",
                             "1969-12-31T23:59:59-00:30",
                             "1965-03-01T00:00:00+14:00",
                             "2000-02-29T12:34:56+09:00",
                             "1970-01-01T00:00:00+00:00"}) {
      CAPTURE(text);
      auto at = parse_timestamp(text, std::nullopt);
      REQUIRE(at);
      CHECK(format_iso(*at) == text);
      auto again = parse_timestamp(format_iso(*at), std::nullopt);
      REQUIRE(again);
      CHECK(again->utc_seconds == at->utc_seconds);
      CHECK(again->offset_minutes == at->offset_minutes);
    }
  }

  TEST_CASE("timestamps compare by the moment, not by the offset")
  {
    Timestamp wib_nine{nine_wib, wib};
    Timestamp utc_two{nine_wib, 0};
    CHECK(wib_nine == utc_two);
    CHECK(Timestamp{nine_wib - 1, wib} < utc_two);
  }

  TEST_CASE("format_utc_offset pads hours and minutes")
  {
    CHECK(format_utc_offset(wib) == "+07:00");
    CHECK(format_utc_offset(0) == "+00:00");
    CHECK(format_utc_offset(-210) == "-03:30");
    CHECK(format_utc_offset(-30) == "-00:30");
  }

  TEST_CASE("is_iso_date accepts only a real day written YYYY-MM-DD")
  {
    CHECK(is_iso_date("2020-09-29"));
    CHECK_FALSE(is_iso_date("2026-02-30"));
    CHECK_FALSE(is_iso_date("2020-9-29"));
    CHECK_FALSE(is_iso_date("29-09-2020"));
    CHECK_FALSE(is_iso_date("2020-09-29T00:00"));
    CHECK_FALSE(is_iso_date("-"));
    CHECK_FALSE(is_iso_date(""));
  }
}
