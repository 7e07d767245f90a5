// An SOP signed on paper that now has a record (`drafting:` without a
// procedure, as `sopctl adopt`, `monitor` and `revoke` write it; issue 13):
// status does not take it for a draft, check checks its record, verify
// verifies its hash chain, register lists it in force.
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "paper_record.hpp"
#include "report_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// A repository with one draft (kk, at step 2) and sops/pindah.yaml, an SOP
// signed on paper, adopted and then monitored; returns pindah's text.
std::string seed_adopted(const Sandbox& sandbox)
{
  sandbox.init();
  start_at(sandbox, "kk", "Pelayanan Kartu Keluarga", local_time(0));
  advance_until(sandbox, "kk", 2);
  auto text = paper_sop("5/SOP-Disdukcapil/2021",
                        "Pelayanan Surat Pindah",
                        "2021-02-10",
                        "2021-03-15",
                        "2021-04-01") +
              paper_record(sandbox,
                           {{.kind = "adopted", .by = "Ani", .at = "2026-11-02T09:00:00+07:00"},
                            {.kind = "monitored",
                             .role = "sekretaris",
                             .by = "Ani",
                             .at = "2026-11-20T10:00:00+07:00",
                             .note = "Petugas belum memakai formulir baru",
                             .result = "tidak",
                             .action = "Sosialisasi formulir kepada petugas loket"}});
  write_bytes(sandbox.draft("pindah"), text);
  return text;
}

} // namespace

TEST_SUITE("e2e: an SOP signed on paper with a record")
{
  TEST_CASE("status lists only the drafts, not an SOP signed on paper with a record")
  {
    Sandbox sandbox;
    seed_adopted(sandbox);
    auto table = run_ok(sandbox, {"status", "--at", local_time(3)});
    CHECK(contains(table, "kk"));
    CHECK_FALSE(contains(table, "pindah"));
    auto json = Json::parse(run_ok(sandbox, {"status", "--at", local_time(3), "--format", "json"}));
    REQUIRE(json["drafts"].size() == 1);
    CHECK(json["drafts"][0]["id"].as_string() == "kk");
    // Nor do the reports measure it.
    CHECK_FALSE(contains(run_ok(sandbox, {"report", "performance"}), "pindah"));
    // status of it by name says what it is and where to look.
    auto one = sandbox.run({"status", "pindah"});
    CHECK(one.exit_code == 1);
    CHECK(contains(one.err,
                   "sops/pindah.yaml: this SOP is not a draft: it was signed on paper, and its "
                   "record holds its life in force (see sopctl register)"));
  }

  TEST_CASE("check checks the record of an SOP signed on paper")
  {
    Sandbox sandbox;
    auto text = seed_adopted(sandbox);
    auto valid = sandbox.run({"check"});
    INFO(valid.out, valid.err);
    CHECK(valid.exit_code == 0);
    // A drafting act in a record without a procedure is refused at its line.
    write_bytes(sandbox.draft("pindah"),
                text + "    - event: completed\n      step: 1\n      role: sekretaris\n"
                       "      by: Ani\n      at: \"2026-11-21T09:00:00+07:00\"\n");
    auto result = sandbox.run({"check"});
    CHECK(result.exit_code == 1);
    CHECK(contains(result.out,
                   "sops/pindah.yaml:" + std::to_string(line_count(text) + 1) +
                     ":7: a \"completed\" event is a drafting act, but this record names no "
                     "procedure: it is the record of an SOP signed on paper, which holds adopted, "
                     "monitored, evaluated and revoked events only"));
    // A monitoring whose result is tidak needs its action.
    write_bytes(
      sandbox.draft("pindah"),
      replace_once(text, "      action: \"Sosialisasi formulir kepada petugas loket\"\n", ""));
    auto no_action = sandbox.run({"check"});
    CHECK(no_action.exit_code == 1);
    CHECK(contains(no_action.out,
                   "a monitoring whose result is \"tidak\" needs the action to take (\"action\": "
                   "Tindakan yang Harus Diambil)"));
  }

  TEST_CASE("verify verifies the hash chain of an SOP signed on paper")
  {
    Sandbox sandbox;
    auto text = seed_adopted(sandbox);
    // kk: started and one step; pindah: adopted and monitored.
    CHECK(run_ok(sandbox, {"verify"}) == "2 drafts, 4 events: the history is intact\n");
    CHECK(run_ok(sandbox, {"verify", "pindah"}) == "1 draft, 2 events: the history is intact\n");
    // The monitoring's result changed by hand after it was recorded.
    auto line = line_of(text, "  - event: monitored");
    write_bytes(sandbox.draft("pindah"),
                replace_once(text, "      result: \"tidak\"", "      result: \"baik\""));
    auto changed = sandbox.run({"verify", "pindah"});
    CHECK(changed.exit_code == 1);
    CHECK(changed.out == "sops/pindah.yaml:" + std::to_string(line) +
                           ":7: event 2 (monitored) was changed after it was recorded: its hash "
                           "does not match its fields\n");
    // The adoption removed: the monitoring follows an event that is missing.
    auto adopted_at = text.find("    - event: adopted");
    auto monitored_at = text.find("    - event: monitored");
    write_bytes(sandbox.draft("pindah"), text.substr(0, adopted_at) + text.substr(monitored_at));
    auto removed = sandbox.run({"verify", "pindah"});
    CHECK(removed.exit_code == 1);
    CHECK(contains(removed.out,
                   "event 1 (monitored) follows an event that is missing: the events before it "
                   "were removed"));
  }

  TEST_CASE("register lists an SOP signed on paper with a record as berlaku, its monitoring")
  {
    Sandbox sandbox;
    seed_adopted(sandbox);
    auto json = Json::parse(run_ok(sandbox, {"register", "--format", "json"}));
    REQUIRE(json["sops"].size() == 2);
    const auto& pindah = json["sops"][0];
    CHECK(pindah["id"].as_string() == "pindah");
    CHECK(pindah["state"].as_string() == "berlaku");
    CHECK(pindah["last_monitoring"].as_string() == "2026-11-20");
    CHECK(pindah["last_monitoring_result"].as_string() == "tidak");
    CHECK(pindah["next_monitoring"].as_string() == "2027-05-20");
    CHECK(json["sops"][1]["state"].as_string() == "konsep");
  }
}
