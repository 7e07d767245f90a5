// `sopctl report due` and `sopctl report performance` over runs of the seed
// with explicit times (issue 3, section 4). 2026-11-23 is a Monday.
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "report_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// Three drafts started Tuesday 09:00:
//   rapat-a   step 3 (2 jam) since Tue 11:00, due 13:00
//   data-b    step 4 (2 hari) since Tue 12:00, due Thu 12:00
//   konsep-c  step 6 (kabid, 1 jam) since Tue 14:00, due 15:00
void seed_due(const Sandbox& sandbox)
{
  sandbox.init();
  const std::string start = "2026-11-24T09:00";
  start_at(sandbox, "rapat-a", "Rapat A", start);
  advance_at(sandbox, "rapat-a", "sekretaris", "2026-11-24T10:00");
  advance_at(sandbox, "rapat-a", "staf", "2026-11-24T11:00");
  start_at(sandbox, "data-b", "Data B", start);
  advance_at(sandbox, "data-b", "sekretaris", "2026-11-24T10:00");
  advance_at(sandbox, "data-b", "staf", "2026-11-24T10:05");
  advance_at(sandbox, "data-b", "sekretaris", "2026-11-24T12:00");
  start_at(sandbox, "konsep-c", "Konsep C", start);
  const char* moves[][2] = {{"sekretaris", "2026-11-24T10:00"},
                            {"staf", "2026-11-24T10:05"},
                            {"sekretaris", "2026-11-24T11:00"},
                            {"kasi", "2026-11-24T12:00"},
                            {"kasi", "2026-11-24T14:00"}};
  for (const auto& [role, at] : moves) {
    advance_at(sandbox, "konsep-c", role, at);
  }
}

// One complete run with a rejection at step 6, from Monday 08:00, and a
// second draft with only step 1 done. Actual working minutes per step:
// 1: 3 and 4, 2: 27, 3: 90, 4: 960, 5: 360 and 120, 6: 90 (sent back) and
// 30, 7: 270, 8: 90, 9: 5, 10: 55.
void seed_performance(const Sandbox& sandbox)
{
  sandbox.init();
  start_at(sandbox, "lengkap", "Lengkap", "2026-11-23T08:00");
  const char* moves[][3] = {{"sekretaris", "2026-11-23T08:03", ""},
                            {"staf", "2026-11-23T08:30", ""},
                            {"sekretaris", "2026-11-23T10:00", ""},
                            {"kasi", "2026-11-25T09:00", ""},
                            {"kasi", "2026-11-25T15:00", ""},
                            {"kabid", "2026-11-26T08:00", "Belum sesuai format"},
                            {"kasi", "2026-11-26T10:00", ""},
                            {"kabid", "2026-11-26T10:30", ""},
                            {"sekretaris", "2026-11-26T15:00", ""},
                            {"kadis", "2026-11-27T08:00", ""},
                            {"staf", "2026-11-27T08:05", ""},
                            {"staf", "2026-11-27T09:00", ""}};
  for (const auto& [role, at, note] : moves) {
    advance_at(sandbox, "lengkap", role, at, note);
  }
  start_at(sandbox, "sedang", "Sedang", "2026-11-23T08:00");
  advance_at(sandbox, "sedang", "sekretaris", "2026-11-23T08:04");
}

// Checks one entry of the performance JSON.
void check_entry(const Json& entry,
                 int completions,
                 int median,
                 int p90,
                 int with_standard,
                 int met)
{
  CHECK(entry["completions"].as_int() == completions);
  CHECK(entry["median_minutes"].as_int() == median);
  CHECK(entry["p90_minutes"].as_int() == p90);
  CHECK(entry["with_standard"].as_int() == with_standard);
  CHECK(entry["met"].as_int() == met);
}

} // namespace

TEST_SUITE("e2e: report due and performance")
{
  TEST_CASE("report due --within 2 jam lists the steps due by then, not the late ones")
  {
    Sandbox sandbox;
    seed_due(sandbox);
    auto table =
      table_of(run_ok(sandbox, {"report", "due", "--within", "2 jam", "--at", "2026-11-24T14:30"}));
    REQUIRE(table.size() == 2);
    CHECK(
      table[0] ==
      std::vector<std::string>{
        "DRAFT", "TITLE", "STEP", "ACTIVITY", "PERFORMER", "DUE", "REMAINING", "STATE", "KIND"});
    REQUIRE(table[1].size() == 9);
    CHECK(table[1][0] == "konsep-c");
    CHECK(table[1][2] == "6");
    CHECK(table[1][4] == "Kabid PIAK");
    CHECK(table[1][5] == "2026-11-24 15:00");
    CHECK(table[1][6] == "30 menit");
    CHECK(table[1][7] == "on track");
    CHECK(table[1][8] == "step");
  }

  TEST_CASE("report due looks one working day ahead by default")
  {
    Sandbox sandbox;
    seed_due(sandbox);
    auto json = Json::parse(
      run_ok(sandbox, {"report", "due", "--at", "2026-11-24T14:30", "--format", "json"}))["rows"];
    REQUIRE(json.size() == 1);
    CHECK(json[0]["draft"].as_string() == "konsep-c");
    auto wide = Json::parse(run_ok(sandbox,
                                   {"report",
                                    "due",
                                    "--within",
                                    "3 hari",
                                    "--at",
                                    "2026-11-24T14:30",
                                    "--format",
                                    "json"}))["rows"];
    REQUIRE(wide.size() == 2);
    CHECK(wide[0]["draft"].as_string() == "konsep-c");
    CHECK(wide[1]["draft"].as_string() == "data-b");
    CHECK(wide[1]["due"].as_string() == "2026-11-26T12:00:00+07:00");
    CHECK(wide[1]["state"].as_string() == "on_track");
  }

  TEST_CASE("report due includes an at-risk step due beyond the horizon")
  {
    Sandbox sandbox;
    seed_due(sandbox);
    // Thursday 10:00: data-b has 120 of its 1020 minutes left.
    auto json = Json::parse(run_ok(sandbox,
                                   {"report",
                                    "due",
                                    "--within",
                                    "1 jam",
                                    "--at",
                                    "2026-11-26T10:00",
                                    "--format",
                                    "json"}))["rows"];
    REQUIRE(json.size() == 1);
    CHECK(json[0]["draft"].as_string() == "data-b");
    CHECK(json[0]["step"].as_int() == 4);
    CHECK(json[0]["role"].as_string() == "kasi");
    CHECK(json[0]["since"].as_string() == "2026-11-24T12:00:00+07:00");
    CHECK(json[0]["remaining_minutes"].as_int() == 120);
    CHECK(json[0]["state"].as_string() == "at_risk");
    CHECK(json[0]["round"].as_int() == 1);
  }

  TEST_CASE("report due says so when nothing is due soon")
  {
    Sandbox sandbox;
    seed_due(sandbox);
    CHECK(run_ok(sandbox, {"report", "due", "--at", "2026-11-24T14:30", "--role", "kadis"}) ==
          "nothing is due soon as of 2026-11-24 14:30 (+07:00)\n");
  }

  TEST_CASE("report due refuses a horizon that is not a duration")
  {
    Sandbox sandbox;
    seed_due(sandbox);
    CHECK(expect_usage_error(sandbox, {"report", "due", "--within", "2 jm"}) ==
          "--within: time standard \"2 jm\": unknown unit \"jm\"; write it like \"5 menit\", "
          "\"2 jam\", \"1,5 jam\", \"2 hari\", \"1 minggu\" or leave it blank\n");
    CHECK(expect_usage_error(sandbox, {"report", "due", "--within", ""}) ==
          "--within: give a duration\n");
  }

  TEST_CASE("report performance gives per step completions, median, p90 and met")
  {
    Sandbox sandbox;
    seed_performance(sandbox);
    auto json = Json::parse(run_ok(sandbox, {"report", "performance", "--format", "json"}));
    const auto& steps = json["steps"];
    REQUIRE(steps.size() == 10);
    CHECK(steps[0]["step"].as_int() == 1);
    CHECK(steps[0]["role"].as_string() == "sekretaris");
    CHECK(steps[0]["standard"].as_string() == "5 menit");
    check_entry(steps[0], 2, 3, 4, 2, 2);
    check_entry(steps[1], 1, 27, 27, 1, 0);
    check_entry(steps[2], 1, 90, 90, 1, 1);
    check_entry(steps[3], 1, 960, 960, 1, 1);
    check_entry(steps[4], 2, 120, 360, 2, 2);
    check_entry(steps[5], 2, 30, 90, 2, 1);
    CHECK(steps[6]["standard"].as_string() == "");
    check_entry(steps[6], 1, 270, 270, 0, 0);
    check_entry(steps[7], 1, 90, 90, 1, 0);
    check_entry(steps[8], 1, 5, 5, 1, 1);
    check_entry(steps[9], 1, 55, 55, 1, 1);
  }

  TEST_CASE("report performance gives the same per performer role")
  {
    Sandbox sandbox;
    seed_performance(sandbox);
    auto json = Json::parse(run_ok(sandbox, {"report", "performance", "--format", "json"}));
    const auto& roles = json["roles"];
    REQUIRE(roles.size() == 5);
    CHECK(roles[0]["role"].as_string() == "kadis");
    check_entry(roles[0], 1, 90, 90, 1, 0);
    CHECK(roles[1]["role"].as_string() == "sekretaris");
    check_entry(roles[1], 4, 4, 270, 3, 3);
    CHECK(roles[2]["role"].as_string() == "kabid");
    check_entry(roles[2], 2, 30, 90, 2, 1);
    CHECK(roles[3]["role"].as_string() == "kasi");
    check_entry(roles[3], 3, 360, 960, 3, 3);
    CHECK(roles[4]["role"].as_string() == "staf");
    check_entry(roles[4], 3, 27, 55, 3, 2);
  }

  TEST_CASE("the performance table shows durations in working time and the share met")
  {
    Sandbox sandbox;
    seed_performance(sandbox);
    auto table = table_of(run_ok(sandbox, {"report", "performance"}));
    REQUIRE(table.size() >= 11);
    CHECK(table[0] ==
          std::vector<std::string>{
            "STEP", "ACTIVITY", "PERFORMER", "DONE", "MEDIAN", "P90", "STANDARD", "MET"});
    REQUIRE(table[6].size() == 8);
    CHECK(table[6][0] == "6");
    CHECK(table[6][2] == "Kabid PIAK");
    CHECK(std::vector<std::string>(table[6].begin() + 3, table[6].end()) ==
          std::vector<std::string>{"2", "30 menit", "1 jam 30 menit", "1 jam", "50%"});
    CHECK(std::vector<std::string>(table[7].begin() + 3, table[7].end()) ==
          std::vector<std::string>{"1", "4 jam 30 menit", "4 jam 30 menit", "-", "-"});
  }
}
