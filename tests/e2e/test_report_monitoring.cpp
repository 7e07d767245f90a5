// `report overdue` and `report due` list the monitorings and evaluations of
// SOPs in force that are late or near beside late drafting steps, told
// apart by `kind`; `--kind` filters (issue 13, section 3).
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "report_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// The seed, signed on paper, as sops/seed.yaml: monitored on 10 May 2026
// (next due 10 November 2026) and evaluated the same day (next due 10 May
// 2027).
void monitored_office(const Sandbox& sandbox)
{
  sandbox.init();
  write_bytes(sandbox.draft("seed"), read_bytes(seed_source_path()));
  run_ok(sandbox,
         {"monitor",
          "seed",
          "--result",
          "baik",
          "--note",
          "Baik",
          "--by",
          "Budi",
          "--at",
          "2026-05-10T10:00"});
  run_ok(sandbox,
         {"evaluate",
          "seed",
          "--criteria",
          "ya,ya,ya,ya,ya,ya,ya",
          "--note",
          "Efektif",
          "--by",
          "Budi",
          "--at",
          "2026-05-10T11:00"});
}

const std::string seed_name = "PENYUSUNAN SOP PELAYANAN";

} // namespace

TEST_SUITE("e2e: report monitoring")
{
  TEST_CASE("a monitoring is overdue the day after it is due, not on the day")
  {
    Sandbox sandbox;
    monitored_office(sandbox);
    CHECK(run_ok(sandbox, {"report", "overdue", "--at", "2026-11-10T23:59"}) ==
          "nothing is overdue as of 2026-11-10 23:59 (+07:00)\n");
    auto table = table_of(run_ok(sandbox, {"report", "overdue", "--at", "2026-11-11T00:00"}));
    REQUIRE(table.size() == 2);
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
    CHECK(table[1] == std::vector<std::string>{"seed",
                                               table[1][1],
                                               "-",
                                               "Monitoring of the SOP in force",
                                               "-",
                                               "2026-05-10",
                                               "2026-11-10",
                                               "1 hari",
                                               "-",
                                               "monitoring"});
    auto late = sandbox.run({"report", "overdue", "--at", "2026-11-11T08:00", "--exit-code"});
    CHECK(late.exit_code == 3);
    auto json = Json::parse(run_ok(
      sandbox, {"report", "overdue", "--at", "2026-11-20T08:00", "--format", "json"}))["rows"];
    REQUIRE(json.size() == 1);
    CHECK(json[0]["kind"].as_string() == "monitoring");
    CHECK(json[0]["draft"].as_string() == "seed");
    CHECK(json[0]["since"].as_string() == "2026-05-10");
    CHECK(json[0]["due"].as_string() == "2026-11-10");
    CHECK(json[0]["late_by"].as_string() == "10 hari");
    CHECK(json[0]["step"].is_null());
    CHECK(json[0]["late_minutes"].is_null());
  }

  TEST_CASE("due lists a monitoring from due_soon_days before its day")
  {
    Sandbox sandbox;
    monitored_office(sandbox);
    CHECK(run_ok(sandbox, {"report", "due", "--at", "2026-10-26T12:00"}) ==
          "nothing is due soon as of 2026-10-26 12:00 (+07:00)\n");
    auto table = table_of(run_ok(sandbox, {"report", "due", "--at", "2026-10-27T12:00"}));
    REQUIRE(table.size() == 2);
    CHECK(table[0].back() == "KIND");
    CHECK(table[1][0] == "seed");
    CHECK(table[1][5] == "2026-11-10");
    CHECK(table[1][6] == "14 hari");
    CHECK(table[1][7] == "due soon");
    CHECK(table[1][8] == "monitoring");
    auto csv = lines_of(
      run_ok(sandbox, {"report", "due", "--at", "2026-10-27T12:00", "--format", "csv-rfc4180"}));
    REQUIRE(csv.size() == 2);
    CHECK(csv[0] == "draft,title,step,activity,role,performer,since,due,remaining_minutes,state,"
                    "round,kind\r");
    CHECK(csv[1].starts_with("seed,"));
    CHECK(csv[1].ends_with(",,,,,2026-05-10,2026-11-10,,due_soon,,monitoring\r"));
  }

  TEST_CASE("steps and monitorings side by side, told apart by kind, and --kind filters")
  {
    Sandbox sandbox;
    monitored_office(sandbox);
    start_at(sandbox, "pelayanan-kk", "Pelayanan KK", "2026-11-24T09:00");
    auto at = std::vector<std::string>{"report", "overdue", "--at", "2026-11-25T10:00"};
    auto csv = at;
    csv.insert(csv.end(), {"--format", "csv-rfc4180"});
    auto rows = lines_of(run_ok(sandbox, csv));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == "draft,title,step,activity,role,performer,since,due,late_minutes,late_by,"
                     "round,kind\r");
    CHECK(rows[1].starts_with("pelayanan-kk,Pelayanan KK,1,"));
    CHECK(rows[1].ends_with(",1,step\r"));
    CHECK(rows[2].starts_with("seed,"));
    CHECK(rows[2].ends_with(",2026-05-10,2026-11-10,,15 hari,,monitoring\r"));
    auto only = [&](const std::string& kinds) {
      auto args = csv;
      args.insert(args.end(), {"--kind", kinds});
      return lines_of(run_ok(sandbox, args));
    };
    CHECK(only("step").size() == 2);
    CHECK(only("step")[1].starts_with("pelayanan-kk,"));
    CHECK(only("monitoring,evaluation").size() == 2);
    CHECK(only("monitoring,evaluation")[1].starts_with("seed,"));
    CHECK(only("evaluation").size() == 1);
    auto repeated = at;
    repeated.insert(repeated.end(), {"--kind", "evaluation", "--kind", "step"});
    CHECK(table_of(run_ok(sandbox, repeated)).size() == 2);
    auto kinds = at;
    kinds.insert(kinds.end(), {"--kind", "langkah"});
    CHECK(expect_usage_error(sandbox, kinds) ==
          "--kind \"langkah\": unknown kind; the kinds are step, monitoring and evaluation\n");
  }
}
