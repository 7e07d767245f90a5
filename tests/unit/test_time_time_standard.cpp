// Time standards as offices write them (issue 3, section 1).
#include "fixtures.hpp"
#include "time_fixtures.hpp"

#include <doctest/doctest.h>
#include <time/time_standard.hpp>

using sopctl::time::describe;
using sopctl::time::parse_time_standard;
using sopctl::time::TimeStandard;

namespace {

using sopctl::test::error_of;
using sopctl::test::standard;

constexpr std::string_view hint =
  "; write it like \"5 menit\", \"2 jam\", \"1,5 jam\", \"2 hari\", \"1 minggu\" or leave it blank";

} // namespace

TEST_SUITE("time::TimeStandard")
{
  TEST_CASE("minutes and hours are working minutes")
  {
    CHECK(standard("5 menit") == TimeStandard{0, 5});
    CHECK(standard("10 menit") == TimeStandard{0, 10});
    CHECK(standard("2 jam") == TimeStandard{0, 120});
    CHECK(standard("30 mnt") == TimeStandard{0, 30});
  }

  TEST_CASE("days and weeks are working days, a week is 5 of them")
  {
    CHECK(standard("2 hari") == TimeStandard{2, 0});
    CHECK(standard("5 hari") == TimeStandard{5, 0});
    CHECK(standard("1 hari kerja") == TimeStandard{1, 0});
    CHECK(standard("1 minggu") == TimeStandard{5, 0});
    CHECK(standard("2 minggu") == TimeStandard{10, 0});
  }

  TEST_CASE("a decimal comma or point gives part of an hour")
  {
    CHECK(standard("1,5 jam") == TimeStandard{0, 90});
    CHECK(standard("1.5 jam") == TimeStandard{0, 90});
    CHECK(standard("0,25 jam") == TimeStandard{0, 15});
  }

  TEST_CASE("two-decimal hours that come to whole minutes are read exactly")
  {
    // 2,05 jam is 123 minutes and 8,20 jam 492: a float product such as
    // 8.2 * 60 = 491.99999999999994 must not be taken for a fraction.
    CHECK(standard("2,05 jam") == TimeStandard{0, 123});
    CHECK(standard("8,20 jam") == TimeStandard{0, 492});
    CHECK(standard("4,15 jam") == TimeStandard{0, 249});
  }

  TEST_CASE("units combine from the larger to the smaller")
  {
    CHECK(standard("1 jam 30 menit") == TimeStandard{0, 90});
    CHECK(standard("2 hari 3 jam") == TimeStandard{2, 180});
    CHECK(standard("1 minggu 2 hari") == TimeStandard{7, 0});
    CHECK(standard("2 hari kerja 3 jam") == TimeStandard{2, 180});
  }

  TEST_CASE("the short English forms are read")
  {
    CHECK(standard("30m") == TimeStandard{0, 30});
    CHECK(standard("2h") == TimeStandard{0, 120});
    CHECK(standard("3d") == TimeStandard{3, 0});
    CHECK(standard("1h30m") == TimeStandard{0, 90});
  }

  TEST_CASE("units are read in any case and around any spaces")
  {
    CHECK(standard("2 Jam") == TimeStandard{0, 120});
    CHECK(standard("3D") == TimeStandard{3, 0});
    CHECK(standard("  5 menit  ") == TimeStandard{0, 5});
    CHECK(standard("5menit") == TimeStandard{0, 5});
  }

  TEST_CASE("kerja after hari is read in any case, like the units")
  {
    CHECK(standard("1 Hari Kerja") == TimeStandard{1, 0});
    CHECK(standard("1 HARI KERJA") == TimeStandard{1, 0});
  }

  TEST_CASE("blank text is no standard and no error")
  {
    for (auto text : {"", " ", "\t", "  \t "}) {
      auto parsed = parse_time_standard(text);
      CHECK_FALSE(parsed.has_standard);
      CHECK(parsed.error == "");
    }
  }

  TEST_CASE("an unknown unit is named in the error")
  {
    CHECK(error_of("5 detik") ==
          std::string("time standard \"5 detik\": unknown unit \"detik\"") + std::string(hint));
    CHECK(error_of("2 tahun") ==
          std::string("time standard \"2 tahun\": unknown unit \"tahun\"") + std::string(hint));
  }

  TEST_CASE("a number without its unit is refused")
  {
    CHECK(error_of("5") ==
          std::string("time standard \"5\": a number needs its unit (menit, jam, hari or minggu)") +
            std::string(hint));
    CHECK(error_of("2 jam 30") ==
          std::string("time standard \"2 jam 30\": a number needs its unit (menit, jam, hari or "
                      "minggu)") +
            std::string(hint));
  }

  TEST_CASE("a unit without its number is refused")
  {
    CHECK(error_of("menit") ==
          std::string("time standard \"menit\": expected a number") + std::string(hint));
    CHECK(error_of("segera") ==
          std::string("time standard \"segera\": expected a number") + std::string(hint));
  }

  TEST_CASE("a fraction of a day or a week is that fraction of 7.5 working hours")
  {
    // Issue 9: 1,5 hari reads as 1 working day and 225 working minutes.
    CHECK(standard("1,5 hari") == TimeStandard{1, 225});
    CHECK(standard("0,5 hari") == TimeStandard{0, 225});
    CHECK(standard("0,5 minggu") == TimeStandard{2, 225});
    CHECK(error_of("1,25 hari") ==
          std::string("time standard \"1,25 hari\": it does not come to a whole number of "
                      "minutes") +
            std::string(hint));
  }

  TEST_CASE("fractions of a minute are refused")
  {
    CHECK(error_of("1,5 menit") ==
          std::string("time standard \"1,5 menit\": give minutes as a whole number") +
            std::string(hint));
    CHECK(error_of("1,33 jam") ==
          std::string("time standard \"1,33 jam\": it does not come to a whole number of minutes") +
            std::string(hint));
  }

  TEST_CASE("a standard of zero time is refused")
  {
    CHECK(error_of("0 menit") ==
          std::string("time standard \"0 menit\": a standard of zero time cannot be met; leave it "
                      "blank for none") +
            std::string(hint));
    CHECK(error_of("0 hari 0 jam") ==
          std::string("time standard \"0 hari 0 jam\": a standard of zero time cannot be met; "
                      "leave it blank for none") +
            std::string(hint));
  }

  TEST_CASE("a smaller unit before a larger one, or a unit twice, is refused")
  {
    CHECK(error_of("30 menit 1 jam") ==
          std::string("time standard \"30 menit 1 jam\": give the larger unit first, each once") +
            std::string(hint));
    CHECK(error_of("1 jam 1 jam") ==
          std::string("time standard \"1 jam 1 jam\": give the larger unit first, each once") +
            std::string(hint));
    CHECK(error_of("2 hari 1 minggu") ==
          std::string("time standard \"2 hari 1 minggu\": give the larger unit first, each once") +
            std::string(hint));
  }

  TEST_CASE("working time is described in days, hours and minutes")
  {
    CHECK(describe(1, 125) == "1 hari 2 jam 5 menit");
    CHECK(describe(0, 45) == "45 menit");
    CHECK(describe(0, 120) == "2 jam");
    CHECK(describe(3, 0) == "3 hari");
    CHECK(describe(2, 60 * 7 + 1) == "2 hari 7 jam 1 menit");
    CHECK(describe(0, 0) == "0 menit");
  }

  TEST_CASE("the seed's standards are read per step, step 7 has none")
  {
    auto standards = sopctl::time::time_standards_of(sopctl::test::seed());
    REQUIRE(standards.size() == 11);
    CHECK_FALSE(standards[0]);
    CHECK(standards[1] == TimeStandard{0, 5});
    CHECK(standards[2] == TimeStandard{0, 10});
    CHECK(standards[3] == TimeStandard{0, 120});
    CHECK(standards[4] == TimeStandard{2, 0});
    CHECK(standards[5] == TimeStandard{5, 0});
    CHECK(standards[6] == TimeStandard{0, 60});
    CHECK_FALSE(standards[7]);
    CHECK(standards[8] == TimeStandard{0, 60});
    CHECK(standards[9] == TimeStandard{0, 10});
    CHECK(standards[10] == TimeStandard{0, 60});
  }

  TEST_CASE("a step whose standard cannot be read is reported at its time value")
  {
    auto sop = sopctl::test::seed();
    sop.steps[2].time = "2 jm";
    sop.steps[2].time_where = {42, 11};
    sopctl::model::Diagnostics diagnostics("p.yaml");
    sopctl::time::validate_time_standards(sop, diagnostics);
    CHECK(sopctl::model::format_all(diagnostics.list()) ==
          std::string("p.yaml:42:11: step 3: time standard \"2 jm\": unknown unit \"jm\"") +
            std::string(hint));
  }

  TEST_CASE("the old two-argument call still refuses an unreadable standard")
  {
    auto sop = sopctl::test::seed();
    sop.steps[2].time = "2 jm";
    sop.steps[2].time_where = {42, 11};
    sopctl::model::Diagnostics diagnostics("p.yaml");
    auto warnings = sopctl::time::validate_time_standards(sop, diagnostics);
    CHECK(diagnostics.list().size() == 1);
    CHECK(warnings.empty());
  }

  TEST_CASE("with Unreadable::warning an unreadable standard is a warning: no clock")
  {
    auto sop = sopctl::test::seed();
    sop.steps[2].time = "2 jm";
    sop.steps[2].time_where = {42, 11};
    sopctl::model::Diagnostics diagnostics("p.yaml");
    auto warnings =
      sopctl::time::validate_time_standards(sop, diagnostics, sopctl::time::Unreadable::warning);
    CHECK(diagnostics.empty());
    CHECK(
      sopctl::model::format_all(warnings) ==
      std::string("p.yaml:42:11: warning: step 3: time standard \"2 jm\": unknown unit \"jm\"") +
        std::string(hint) + "; the step will have no clock");
  }

  TEST_CASE("notes on alternatives and warnings on long jam are returned in both modes")
  {
    auto sop = sopctl::test::seed();
    sop.steps[0].time = "120 Menit / 3 Hari";
    sop.steps[0].time_where = {10, 9};
    sop.steps[1].time = "24 jam";
    sop.steps[1].time_where = {20, 9};
    auto expected = std::string(
      "p.yaml:10:9: note: step 1: time standard \"120 Menit / 3 Hari\": 2 readings; the largest, 3 "
      "hari, is the standard\n"
      "p.yaml:20:9: warning: step 2: time standard \"24 jam\": 24 jam counts working hours, more "
      "than 3 "
      "working days of 7.5 hours; if 1 day is meant, write \"1 hari\" or \"1 x 24 jam\"");
    for (auto mode : {sopctl::time::Unreadable::error, sopctl::time::Unreadable::warning}) {
      sopctl::model::Diagnostics diagnostics("p.yaml");
      auto warnings = sopctl::time::validate_time_standards(sop, diagnostics, mode);
      CHECK(diagnostics.empty());
      CHECK(sopctl::model::format_all(warnings) == expected);
    }
  }

  TEST_CASE("a standard said in words to be none is no clock and no problem, with a note")
  {
    auto sop = sopctl::test::seed();
    sop.steps[0].time = "Sesuai jadwal";
    sop.steps[0].time_where = {10, 9};
    sopctl::model::Diagnostics diagnostics("p.yaml");
    CHECK(sopctl::model::format_all(sopctl::time::validate_time_standards(sop, diagnostics)) ==
          "p.yaml:10:9: note: step 1: time standard \"Sesuai jadwal\": no standard: the step is "
          "done when scheduled");
    CHECK(diagnostics.empty());
    CHECK_FALSE(sopctl::time::time_standards_of(sop)[1]);
  }
}
