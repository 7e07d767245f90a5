// `sopctl report overdue` over whole runs of the seed with explicit times
// (issue 3, sections 4 and 5). 2026-11-24 is a Tuesday.
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "report_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// Five drafts, all started Tuesday 09:00, left at different steps:
//   pelayanan-kk   step 1 (sekretaris, 5 menit) since Tue 09:00, due 09:05
//   surat-pindah   step 2 (staf, 10 menit) since Tue 10:00, due 10:10
//   pelayanan-ktp  step 3 (sekretaris, 2 jam) since Tue 11:00, due 13:00
//   izin-usaha     step 4 (kasi, 2 hari) since Tue 12:00, due Thu 12:00
//   akta-lahir     step 7 (sekretaris, no standard) since Tue 15:00
void seed_office(const Sandbox& sandbox)
{
  sandbox.init();
  const std::string start = "2026-11-24T09:00";
  start_at(sandbox, "pelayanan-kk", "Pelayanan KK", start);
  start_at(sandbox, "surat-pindah", "Surat Pindah", start);
  advance_at(sandbox, "surat-pindah", "sekretaris", "2026-11-24T10:00");
  start_at(sandbox, "pelayanan-ktp", "Pelayanan KTP", start);
  advance_at(sandbox, "pelayanan-ktp", "sekretaris", "2026-11-24T10:00");
  advance_at(sandbox, "pelayanan-ktp", "staf", "2026-11-24T11:00");
  start_at(sandbox, "izin-usaha", "Izin \"Usaha\", Mikro", start);
  advance_at(sandbox, "izin-usaha", "sekretaris", "2026-11-24T10:00");
  advance_at(sandbox, "izin-usaha", "staf", "2026-11-24T10:05");
  advance_at(sandbox, "izin-usaha", "sekretaris", "2026-11-24T12:00");
  start_at(sandbox, "akta-lahir", "Akta Lahir", start);
  const char* akta[][2] = {{"sekretaris", "2026-11-24T10:00"},
                           {"staf", "2026-11-24T10:05"},
                           {"sekretaris", "2026-11-24T11:00"},
                           {"kasi", "2026-11-24T12:00"},
                           {"kasi", "2026-11-24T14:00"},
                           {"kabid", "2026-11-24T15:00"}};
  for (const auto& [role, at] : akta) {
    advance_at(sandbox, "akta-lahir", role, at);
  }
}

} // namespace

TEST_SUITE("e2e: report overdue")
{
  TEST_CASE("with nothing late the report says so in one line with the as-of time")
  {
    Sandbox fresh;
    fresh.init();
    start_at(fresh, "pelayanan-kk", "Pelayanan KK", "2026-11-24T09:00");
    CHECK(run_ok(fresh, {"report", "overdue", "--at", "2026-11-24T09:04"}) ==
          "nothing is overdue as of 2026-11-24 09:04 (+07:00)\n");
    // Due at 09:05 is not late at 09:05.
    CHECK(run_ok(fresh, {"report", "overdue", "--at", "2026-11-24T09:05"}) ==
          "nothing is overdue as of 2026-11-24 09:05 (+07:00)\n");
    CHECK(run_ok(fresh, {"report", "overdue", "--at", "2026-11-24T09:05", "--format", "json"}) ==
          "{\n"
          "  \"schema\": \"sopctl.report.overdue/1\",\n"
          "  \"as_of\": \"2026-11-24T09:05:00+07:00\",\n"
          "  \"rows\": []\n"
          "}\n");
  }

  TEST_CASE("late steps are listed the latest first with how late in working time")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    auto table = table_of(run_ok(sandbox, {"report", "overdue", "--at", "2026-11-25T10:00"}));
    REQUIRE(table.size() == 4);
    CHECK(table[0] == std::vector<std::string>{"DRAFT",
                                               "TITLE",
                                               "STEP",
                                               "ACTIVITY",
                                               "PERFORMER",
                                               "SINCE",
                                               "DUE",
                                               "LATE BY",
                                               "ROUND",
                                               "KIND"});
    // Tuesday 09:05 to Wednesday 10:00: one working day (to Wednesday
    // 09:05) and 55 minutes.
    CHECK(table[1] == std::vector<std::string>{"pelayanan-kk",
                                               "Pelayanan KK",
                                               "1",
                                               seed_step(1).activity,
                                               "Sekretaris",
                                               "2026-11-24 09:00",
                                               "2026-11-24 09:05",
                                               "1 hari 55 menit",
                                               "1",
                                               "step"});
    CHECK(table[2] == std::vector<std::string>{"surat-pindah",
                                               "Surat Pindah",
                                               "2",
                                               seed_step(2).activity,
                                               "Staf Adm Umum",
                                               "2026-11-24 10:00",
                                               "2026-11-24 10:10",
                                               "8 jam 20 menit",
                                               "1",
                                               "step"});
    CHECK(table[3] == std::vector<std::string>{"pelayanan-ktp",
                                               "Pelayanan KTP",
                                               "3",
                                               seed_step(3).activity,
                                               "Sekretaris",
                                               "2026-11-24 11:00",
                                               "2026-11-24 13:00",
                                               "5 jam 30 menit",
                                               "1",
                                               "step"});
  }

  TEST_CASE("the JSON report gives ISO times and late minutes as integers")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    auto json = Json::parse(run_ok(
      sandbox, {"report", "overdue", "--at", "2026-11-25T10:00", "--format", "json"}))["rows"];
    REQUIRE(json.size() == 3);
    CHECK(json[0]["draft"].as_string() == "pelayanan-kk");
    CHECK(json[0]["title"].as_string() == "Pelayanan KK");
    CHECK(json[0]["step"].as_int() == 1);
    CHECK(json[0]["role"].as_string() == "sekretaris");
    CHECK(json[0]["since"].as_string() == "2026-11-24T09:00:00+07:00");
    CHECK(json[0]["due"].as_string() == "2026-11-24T09:05:00+07:00");
    // 415 minutes on Tuesday, 150 on Wednesday morning.
    CHECK(json[0]["late_minutes"].as_int() == 565);
    CHECK(json[0]["late_by"].as_string() == "1 hari 55 menit");
    CHECK(json[0]["round"].as_int() == 1);
    CHECK(json[1]["draft"].as_string() == "surat-pindah");
    CHECK(json[1]["late_minutes"].as_int() == 500);
    CHECK(json[2]["draft"].as_string() == "pelayanan-ktp");
    CHECK(json[2]["due"].as_string() == "2026-11-24T13:00:00+07:00");
    CHECK(json[2]["late_minutes"].as_int() == 330);
  }

  TEST_CASE("an evening after the due time costs no lateness")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    // Tuesday 20:00 is as late as Tuesday 16:00.
    auto evening = Json::parse(run_ok(
      sandbox, {"report", "overdue", "--at", "2026-11-24T20:00", "--format", "json"}))["rows"];
    auto close = Json::parse(run_ok(
      sandbox, {"report", "overdue", "--at", "2026-11-24T16:00", "--format", "json"}))["rows"];
    REQUIRE(evening.size() == 3);
    REQUIRE(close.size() == 3);
    for (size_t i = 0; i < 3; ++i) {
      CHECK(evening[i]["late_minutes"].as_int() == close[i]["late_minutes"].as_int());
    }
    CHECK(evening[2]["late_minutes"].as_int() == 180);
  }

  TEST_CASE("--at may be given in another offset and is read in the office's zone")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    auto local = run_ok(sandbox, {"report", "overdue", "--at", "2026-11-25T10:00"});
    CHECK(run_ok(sandbox, {"report", "overdue", "--at", "2026-11-25T03:00Z"}) == local);
    CHECK(run_ok(sandbox, {"report", "overdue", "--at", "2026-11-25T12:00+09:00"}) == local);
  }

  TEST_CASE("--role keeps only that performer's steps")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    auto json = Json::parse(run_ok(sandbox,
                                   {"report",
                                    "overdue",
                                    "--at",
                                    "2026-11-25T10:00",
                                    "--role",
                                    "staf",
                                    "--format",
                                    "json"}))["rows"];
    REQUIRE(json.size() == 1);
    CHECK(json[0]["draft"].as_string() == "surat-pindah");
    CHECK(run_ok(sandbox, {"report", "overdue", "--at", "2026-11-25T10:00", "--role", "kasi"}) ==
          "nothing is overdue as of 2026-11-25 10:00 (+07:00)\n");
  }

  TEST_CASE("an unknown role is refused with the list of roles")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    CHECK(expect_usage_error(
            sandbox, {"report", "overdue", "--at", "2026-11-25T10:00", "--role", "lurah"}) ==
          "--role \"lurah\": unknown role; the roles are: kadis, sekretaris, kabid, kasi, staf\n");
  }

  TEST_CASE("RFC 4180 CSV has a header and quotes fields with commas and quotes")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    auto csv =
      run_ok(sandbox, {"report", "overdue", "--at", "2026-11-27T14:00", "--format", "csv-rfc4180"});
    auto rows = lines_of(csv);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0] == "draft,title,step,activity,role,performer,since,due,late_minutes,late_by,"
                     "round,kind\r");
    CHECK(rows[1].starts_with("pelayanan-kk,Pelayanan KK,1,"));
    CHECK(rows[1].ends_with(",1825,3 hari 4 jam 55 menit,1,step\r"));
    // Thursday 12:00 to Friday 14:00: 240 + 390 minutes.
    CHECK(rows[4] == std::string("izin-usaha,\"Izin \"\"Usaha\"\", Mikro\",4,") +
                       seed_step(4).activity +
                       ",kasi,Kasi Kerjasama dan Inovasi,2026-11-24T12:00:00+07:00,"
                       "2026-11-26T12:00:00+07:00,630,1 hari 2 jam,1,step\r");
  }

  TEST_CASE("--exit-code exits 3 when anything is overdue and 0 otherwise")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    auto late = sandbox.run({"report", "overdue", "--at", "2026-11-25T10:00", "--exit-code"});
    CHECK(late.exit_code == 3);
    CHECK(late.err == "");
    CHECK(late.out == run_ok(sandbox, {"report", "overdue", "--at", "2026-11-25T10:00"}));
    auto none = sandbox.run(
      {"report", "overdue", "--at", "2026-11-25T10:00", "--role", "kasi", "--exit-code"});
    CHECK(none.exit_code == 0);
    CHECK(none.out == "nothing is overdue as of 2026-11-25 10:00 (+07:00)\n");
    auto json = sandbox.run(
      {"report", "overdue", "--at", "2026-11-25T10:00", "--format", "json", "--exit-code"});
    CHECK(json.exit_code == 3);
  }

  TEST_CASE("a step sent back at the decision shows its second round")
  {
    Sandbox sandbox;
    sandbox.init();
    start_at(sandbox, "konsep", "Konsep Ulang", "2026-11-23T08:00");
    const char* moves[][2] = {{"sekretaris", "2026-11-23T08:05"},
                              {"staf", "2026-11-23T08:15"},
                              {"sekretaris", "2026-11-23T10:00"},
                              {"kasi", "2026-11-24T10:00"},
                              {"kasi", "2026-11-25T10:00"}};
    for (const auto& [role, at] : moves) {
      advance_at(sandbox, "konsep", role, at);
    }
    advance_at(sandbox, "konsep", "kabid", "2026-11-25T10:30", "Belum lengkap");
    // Step 5 again (5 hari) from Wednesday 10:30: due Wednesday 2 December.
    auto json = Json::parse(run_ok(
      sandbox, {"report", "overdue", "--at", "2026-12-02T11:30", "--format", "json"}))["rows"];
    REQUIRE(json.size() == 1);
    CHECK(json[0]["step"].as_int() == 5);
    CHECK(json[0]["round"].as_int() == 2);
    CHECK(json[0]["since"].as_string() == "2026-11-25T10:30:00+07:00");
    CHECK(json[0]["due"].as_string() == "2026-12-02T10:30:00+07:00");
    CHECK(json[0]["late_minutes"].as_int() == 60);
  }
}
