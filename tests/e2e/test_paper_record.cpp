// An SOP signed on paper that now has a record (`drafting:` without a
// procedure, as `sopctl adopt`, `monitor` and `revoke` write it; issue 13):
// status does not take it for a draft, check checks its record, verify
// verifies its hash chain, register lists it in force.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
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
    CHECK(run_ok(sandbox, {"verify"}) ==
          "1 draft, 1 SOP signed on paper, 4 events: the history is intact\n");
    CHECK(run_ok(sandbox, {"verify", "pindah"}) ==
          "1 SOP signed on paper, 2 events: the history is intact\n");
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

  TEST_CASE("verify --git checks that each event of such a record was committed by its person")
  {
    Sandbox sandbox;
    auto repo = sandbox.repo();
    git_init(sandbox, repo);
    sandbox.init();
    auto config = repo / "sopctl.yaml";
    write_bytes(config,
                replace_once(read_bytes(config),
                             "people: []\n",
                             "people:\n"
                             "  - name: Budi Santoso\n    roles: [sekretaris]\n"
                             "    email: budi@sibolga.go.id\n"
                             "  - name: Joko Purnomo\n    roles: [staf]\n"
                             "    email: joko@sibolga.go.id\n"));
    git_ok(sandbox, repo, {"commit", "--quiet", "-am", "roster"});
    HandEvent adopted{.kind = "adopted", .by = "Budi Santoso", .at = "2026-11-02T09:00:00+07:00"};
    auto monitored = [](const std::string& at) {
      return HandEvent{.kind = "monitored",
                       .role = "sekretaris",
                       .by = "Budi Santoso",
                       .at = at,
                       .note = "Berjalan sesuai SOP",
                       .result = "baik"};
    };
    auto sop = paper_sop(
      "5/SOP-Disdukcapil/2021", "Pelayanan Surat Pindah", "2021-02-10", "2021-03-15", "2021-04-01");
    // Each event committed when it was recorded, by `name`.
    auto commit = [&](const std::vector<HandEvent>& events, const std::string& name) {
      auto text = sop + paper_record(sandbox, events);
      write_bytes(sandbox.draft("pindah"), text);
      auto email = (name == "Budi Santoso" ? "budi" : "joko") + std::string("@sibolga.go.id");
      git_ok(sandbox, repo, {"add", "sops/pindah.yaml"});
      git_ok(sandbox,
             repo,
             {"commit", "--quiet", "-m", "pindah"},
             {{"GIT_AUTHOR_NAME", name},
              {"GIT_AUTHOR_EMAIL", email},
              {"GIT_AUTHOR_DATE", events.back().at},
              {"GIT_COMMITTER_DATE", events.back().at}});
      return text;
    };
    commit({adopted}, "Budi Santoso");
    commit({adopted, monitored("2026-11-20T10:00:00+07:00")}, "Budi Santoso");
    CHECK(run_ok(sandbox, {"verify", "--git"}) == "1 SOP signed on paper, 2 events: the history is "
                                                  "intact and every event was committed by its own "
                                                  "person, holding its role\n");
    // Budi's next monitoring, committed by Joko.
    auto text = commit(
      {adopted, monitored("2026-11-20T10:00:00+07:00"), monitored("2026-11-27T10:00:00+07:00")},
      "Joko Purnomo");
    auto head = git_ok(sandbox, repo, {"rev-parse", "HEAD"}).substr(0, 10);
    auto line = line_count(text.substr(0, text.rfind("    - event: monitored") + 1));
    auto result = sandbox.run({"verify", "--git"});
    CHECK(result.exit_code == 1);
    CHECK(result.out == "sops/pindah.yaml:" + std::to_string(line) +
                          ":7: event 3 (monitored as sekretaris) was committed in " + head +
                          " by Joko Purnomo <joko@sibolga.go.id>, but the event names Budi "
                          "Santoso as who did it\n");
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
