// Time standards as written (issue 9, section 4): every form offices use is
// read, and the text itself is kept as written.
#include "fixtures.hpp"
#include "time_fixtures.hpp"

#include <doctest/doctest.h>
#include <time/time_standard.hpp>

using sopctl::time::describe;
using sopctl::time::parse_time_standard;
using sopctl::time::TimeStandard;

namespace {

using sopctl::test::standard;

// The reason in the error for `text`, which must not be a standard: what
// stands between `time standard "...": ` and the hint.
std::string reason_of(std::string_view text)
{
  auto error = sopctl::test::error_of(text);
  auto start = error.find("\": ");
  auto end = error.rfind("; write it like");
  if (start == std::string::npos || end == std::string::npos) {
    return error;
  }
  return error.substr(start + 3, end - start - 3);
}

constexpr TimeStandard minutes(int count)
{
  return {0, count};
}

constexpr TimeStandard days(int count)
{
  return {count, 0};
}

constexpr TimeStandard calendar_days(int count)
{
  return {0, 0, count};
}

constexpr TimeStandard months(int count)
{
  return {0, 0, 0, count};
}

} // namespace

TEST_SUITE("time::TimeStandard as written")
{
  TEST_CASE("punctuation at the end and any case are ignored")
  {
    CHECK(standard("30 menit.") == minutes(30));
    CHECK(standard("1 hari.") == days(1));
    CHECK(standard("120 Menit") == minutes(120));
    CHECK(standard("2 JAM;") == minutes(120));
    CHECK(standard("1 Hari Kerja. ") == days(1));
  }

  TEST_CASE("the minute mark is minutes")
  {
    CHECK(standard("60'") == minutes(60));
    CHECK(standard("15 '") == minutes(15));
    CHECK(standard("1 jam 30'") == minutes(90));
    CHECK(standard("45’") == minutes(45)); // a typographic apostrophe
  }

  TEST_CASE("hours and minutes, and decimal hours, still add up")
  {
    CHECK(standard("1 jam 30 menit") == minutes(90));
    CHECK(standard("1,5 jam") == minutes(90));
  }

  TEST_CASE("1,5 hari is 1 working day and 225 working minutes")
  {
    CHECK(standard("1,5 hari") == TimeStandard{1, 225});
    CHECK(describe(*standard("1,5 hari")) == "1 hari 3 jam 45 menit");
    CHECK(standard("2,5 hari kerja") == TimeStandard{2, 225});
  }

  TEST_CASE("a range is read as its upper bound")
  {
    CHECK(standard("1-2 jam") == minutes(120));
    CHECK(standard("1 - 2 jam") == minutes(120));
    CHECK(standard("1–2 jam") == minutes(120)); // en dash
    CHECK(standard("1 s.d. 2 hari") == days(2));
    CHECK(standard("1 s/d 2 hari") == days(2));
    CHECK(standard("1 sd 2 hari") == days(2));
    CHECK(standard("1 sampai 2 hari") == days(2));
    CHECK(standard("1 sampai dengan 2 hari") == days(2));
    CHECK(standard("3 hingga 5 hari kerja") == days(5));
    CHECK(standard("1,5-2 jam") == minutes(120));
    CHECK(standard("30 menit - 1 jam") == minutes(60));
  }

  TEST_CASE("a range whose first end is the larger counts that end")
  {
    CHECK(standard("2 jam - 30 menit") == minutes(120));
  }

  TEST_CASE("approximations and limits are read as their number")
  {
    CHECK(standard("± 10 menit") == minutes(10));
    CHECK(standard("±10 menit") == minutes(10));
    CHECK(standard("+/- 10 menit") == minutes(10));
    CHECK(standard("kurang lebih 10 menit") == minutes(10));
    CHECK(standard("Kurang Lebih 10 Menit") == minutes(10));
    CHECK(standard("maks. 10 menit") == minutes(10));
    CHECK(standard("maks 10 menit") == minutes(10));
    CHECK(standard("maksimal 10 menit") == minutes(10));
    CHECK(standard("paling lama 3 hari") == days(3));
    CHECK(standard("selambat-lambatnya 3 hari") == days(3));
    CHECK(standard("paling lambat 3 hari kerja") == days(3));
    CHECK(standard("dalam waktu 14 hari kerja") == days(14));
    CHECK(standard("± 1-2 jam") == minutes(120));
  }

  TEST_CASE("a number may repeat itself in words in brackets")
  {
    CHECK(standard("1 (satu) hari") == days(1));
    CHECK(standard("3 (tiga) hari kerja") == days(3));
    CHECK(standard("14 (empat belas) hari") == days(14));
    CHECK(standard("tiga (3) jam") == minutes(180));
    CHECK(standard("30 (30) menit") == minutes(30));
  }

  TEST_CASE("brackets that do not repeat the number are refused")
  {
    CHECK(reason_of("1 (dua) hari") == "the number in brackets is not the same number");
    CHECK(reason_of("1 (kerja) hari") ==
          "brackets after a number must repeat it, like \"1 (satu) hari\"");
    CHECK(reason_of("1 (satu hari") ==
          "brackets after a number must repeat it, like \"1 (satu) hari\"");
  }

  TEST_CASE("numbers are read in words")
  {
    CHECK(standard("satu hari") == days(1));
    CHECK(standard("dua jam") == minutes(120));
    CHECK(standard("setengah jam") == minutes(30));
    CHECK(standard("tiga puluh menit") == minutes(30));
    CHECK(standard("Sepuluh Menit") == minutes(10));
    CHECK(standard("sebelas hari") == days(11));
    CHECK(standard("lima belas menit") == minutes(15));
    CHECK(standard("sembilan puluh sembilan menit") == minutes(99));
    CHECK(standard("seratus dua puluh menit") == minutes(120));
    CHECK(standard("seperempat jam") == minutes(15));
    CHECK(standard("satu setengah jam") == minutes(90));
    CHECK(standard("setengah hari") == minutes(225));
    CHECK(standard("satu jam tiga puluh menit") == minutes(90));
  }

  TEST_CASE("se- joined to a unit is one of it")
  {
    CHECK(standard("sehari") == days(1));
    CHECK(standard("sejam") == minutes(60));
    CHECK(standard("seminggu") == days(5));
    CHECK(standard("sebulan") == months(1));
  }

  TEST_CASE("hari kalender counts calendar days")
  {
    CHECK(standard("14 hari kalender") == calendar_days(14));
    CHECK(standard("14 Hari Kalender.") == calendar_days(14));
    CHECK(describe(*standard("14 hari kalender")) == "14 hari kalender");
    CHECK(reason_of("1,5 hari kalender") == "give calendar days as a whole number");
  }

  TEST_CASE("bulan counts calendar months")
  {
    CHECK(standard("1 bulan") == months(1));
    CHECK(standard("2 Bulan") == months(2));
    CHECK(standard("3 bln") == months(3));
    CHECK(standard("1 bulan 2 hari") == TimeStandard{2, 0, 0, 1});
    CHECK(describe(*standard("1 bulan")) == "1 bulan");
    CHECK(describe(*standard("1 bulan 2 hari")) == "1 bulan 2 hari");
    CHECK(reason_of("1,5 bulan") ==
          "a fraction of a month is ambiguous; give the rest in hari kalender");
  }

  TEST_CASE("N x 24 jam is N working days")
  {
    CHECK(standard("1 x 24 jam") == days(1));
    CHECK(standard("3x24 jam") == days(3));
    CHECK(standard("3 X 24 Jam") == days(3));
    CHECK(standard("2 × 24 jam") == days(2));
    CHECK(standard("3x24jam") == days(3));
    CHECK(parse_time_standard("3 x 24 jam").warning == "");
    CHECK(reason_of("3 x 8 jam") == "only \"N x 24 jam\" is read (as N working days)");
    CHECK(reason_of("3 x 24 menit") == "only \"N x 24 jam\" is read (as N working days)");
  }

  TEST_CASE("of alternatives, the largest reading is the standard, with a note")
  {
    auto parsed = parse_time_standard("120 Menit / 3 Hari");
    CHECK(parsed.standard == days(3));
    CHECK(parsed.error == "");
    CHECK(parsed.note == "2 readings; the largest, 3 hari, is the standard");

    parsed = parse_time_standard("7 hari dengan bupati; 2 hari dengan Kadin");
    CHECK(parsed.standard == days(7));
    CHECK(parsed.note == "2 readings; the largest, 7 hari, is the standard");

    parsed = parse_time_standard("2 jam atau 1 hari");
    CHECK(parsed.standard == days(1));
    CHECK(parsed.note == "2 readings; the largest, 1 hari, is the standard");
  }

  TEST_CASE("calendar and working alternatives compare by a 7.5-hour working day")
  {
    // 14 calendar days hold 10 working days.
    CHECK(standard("9 hari / 14 hari kalender") == calendar_days(14));
    CHECK(standard("11 hari / 14 hari kalender") == days(11));
    CHECK(standard("1 bulan / 20 hari") == months(1));
  }

  TEST_CASE("an alternative that cannot be read is named in the note")
  {
    auto parsed = parse_time_standard("5 menit/berkas");
    CHECK(parsed.standard == minutes(5));
    CHECK(parsed.note ==
          "the one reading, 5 menit, is the standard; \"berkas\" is not read (expected a number)");
  }

  TEST_CASE("alternatives none of which can be read are an error")
  {
    CHECK(reason_of("segera / secepatnya") == "expected a number");
  }

  TEST_CASE("the s/d of a range and the +/- of an approximation are not alternatives")
  {
    CHECK(parse_time_standard("1 s/d 2 hari").note == "");
    CHECK(parse_time_standard("+/- 10 menit").note == "");
  }

  TEST_CASE("a single standard has no note")
  {
    CHECK(parse_time_standard("2 jam").note == "");
    CHECK(parse_time_standard("2 hari.").note == "");
  }

  TEST_CASE("words after a time that comment on it are left out")
  {
    CHECK(standard("7 hari dengan bupati") == days(7));
    CHECK(standard("5 menit per berkas") == minutes(5));
    CHECK(standard("3 hari kerja sejak berkas lengkap") == days(3));
    // Any other word is a comment too, but not unseen: the note quotes it
    // (tests/unit/test_time_no_standard.cpp).
    CHECK(parse_time_standard("2 jam jm").note ==
          "the standard is 2 jam; \"jm\" after the time is not read");
  }

  TEST_CASE("words that say there is no standard are none, never an error")
  {
    for (auto text : {"-",
                      "–",
                      "—",
                      "Sesuai jadwal",
                      "sesuai jadwal.",
                      "SESUAI JADWAL",
                      "Tentatif",
                      "tentatif.",
                      "Menyesuaikan",
                      "Sesuai kebutuhan",
                      "Sesuai  Kebutuhan ",
                      " - "}) {
      INFO("text: ", text);
      auto parsed = parse_time_standard(text);
      CHECK_FALSE(parsed.has_standard);
      CHECK(parsed.error == "");
      CHECK(parsed.none_in_words);
    }
  }

  TEST_CASE("blank text is none, but not said in words")
  {
    auto parsed = parse_time_standard("  ");
    CHECK_FALSE(parsed.has_standard);
    CHECK(parsed.error == "");
    CHECK_FALSE(parsed.none_in_words);
  }

  TEST_CASE("a plain jam of 24 or more counts working hours, with a warning")
  {
    auto parsed = parse_time_standard("24 jam");
    CHECK(parsed.standard == minutes(24 * 60));
    CHECK(parsed.warning == "24 jam counts working hours, more than 3 working days of 7.5 hours; "
                            "if 1 day is meant, write \"1 hari\" or \"1 x 24 jam\"");
    parsed = parse_time_standard("48 Jam");
    CHECK(parsed.standard == minutes(48 * 60));
    CHECK(parsed.warning == "48 jam counts working hours, more than 6 working days of 7.5 hours; "
                            "if 2 days are meant, write \"2 hari\" or \"2 x 24 jam\"");
    parsed = parse_time_standard("30 jam");
    CHECK(parsed.warning == "30 jam counts working hours, 4 working days of 7.5 hours; if days "
                            "are meant, write them in hari or as \"N x 24 jam\"");
    CHECK(parse_time_standard("1-24 jam").warning != "");
    CHECK(parse_time_standard("23 jam").warning == "");
    CHECK(parse_time_standard("1440 menit").warning == "");
  }

  TEST_CASE("text that is none of the forms is still an error")
  {
    CHECK(reason_of("segera") == "expected a number");
    CHECK(reason_of("maks.") == "expected a number");
    CHECK(reason_of("1-") == "expected a number");
    CHECK(reason_of("1-2 jam - 3 jam") == "give one range, like \"1-2 jam\"");
    CHECK(reason_of("1-2-3 jam") == "a number needs its unit (menit, jam, hari or minggu)");
    CHECK(reason_of(".") == "expected a number");
    CHECK(parse_time_standard("5 detik").error ==
          "time standard \"5 detik\": unknown unit \"detik\"; write it like \"5 menit\", "
          "\"2 jam\", \"1,5 jam\", \"2 hari\", \"1 minggu\" or leave it blank");
  }

  TEST_CASE("every example in the forms table reads as the table says")
  {
    for (const auto& form : sopctl::time::time_standard_forms()) {
      INFO("example: ", form.example);
      auto parsed = parse_time_standard(form.example);
      CHECK(parsed.error == "");
      if (form.reading.empty()) {
        CHECK_FALSE(parsed.has_standard);
      } else {
        REQUIRE(parsed.has_standard);
        CHECK(describe(parsed.standard) == form.reading);
      }
    }
  }

  TEST_CASE("a time standard is described calendar time first")
  {
    CHECK(describe(TimeStandard{}) == "0 menit");
    CHECK(describe(TimeStandard{1, 225}) == "1 hari 3 jam 45 menit");
    CHECK(describe(TimeStandard{0, 0, 14}) == "14 hari kalender");
    CHECK(describe(TimeStandard{2, 30, 3, 1}) == "1 bulan 3 hari kalender 2 hari 30 menit");
  }
}
