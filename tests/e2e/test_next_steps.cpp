// A step that is not a decision saying where it goes (`next: N`, `next:
// end`; issue 9, "Branches that end after an ordinary step"): `check`
// refuses a `next` that cannot hold and notes one that says what happens
// anyway; a repository drafting by such a procedure follows the jump, shows
// the steps passed over as skipped, and finishes at `next: end`.
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// Shaped like Diskominfo Padang Lawas' "SOP Permohonan Informasi": step 3
// jumps over step 4 (line 24: `next: 5`), the Dipenuhi branch ends after
// step 7 (`next: end`), the Ditolak branch is step 8.
constexpr std::string_view information = "number: \"800/PPID/1\"\n"
                                         "name: Permohonan Informasi\n"
                                         "performers:\n"
                                         "  - key: pemohon\n"
                                         "    name: Pemohon\n"
                                         "    external: true\n"
                                         "  - key: ppid\n"
                                         "    name: PPID\n"
                                         "steps:\n"
                                         "  - step: 1\n"
                                         "    activity: Mengajukan permohonan informasi\n"
                                         "    performer: pemohon\n"
                                         "    time: 15 menit\n"
                                         "  - step: 2\n"
                                         "    activity: Memeriksa kelengkapan permohonan\n"
                                         "    performer: ppid\n"
                                         "    time: 30 menit\n"
                                         "    decision: {ya: 3, tidak: 4}\n"
                                         "    labels: {ya: Lengkap, tidak: Tidak lengkap}\n"
                                         "  - step: 3\n"
                                         "    activity: Mencatat permohonan dalam register\n"
                                         "    performer: ppid\n"
                                         "    time: 15 menit\n"
                                         "    next: 5\n"
                                         "  - step: 4\n"
                                         "    activity: Mengembalikan permohonan kepada pemohon\n"
                                         "    performer: ppid\n"
                                         "    time: 15 menit\n"
                                         "    next: end\n"
                                         "  - step: 5\n"
                                         "    activity: Mempertimbangkan permohonan\n"
                                         "    performer: ppid\n"
                                         "    time: 1 hari\n"
                                         "    decision: {ya: 6, tidak: 8}\n"
                                         "    labels: {ya: Dipenuhi, tidak: Ditolak}\n"
                                         "  - step: 6\n"
                                         "    activity: Memproses informasi\n"
                                         "    performer: ppid\n"
                                         "    time: 3 hari\n"
                                         "  - step: 7\n"
                                         "    activity: Menyerahkan informasi kepada pemohon\n"
                                         "    performer: ppid\n"
                                         "    time: 15 menit\n"
                                         "    next: end\n"
                                         "  - step: 8\n"
                                         "    activity: Menyampaikan penolakan kepada pemohon\n"
                                         "    performer: ppid\n"
                                         "    time: 1 hari\n";

// A repository drafting by `information` (procedure.yaml).
struct InformationRepo
{
  Sandbox sandbox;

  InformationRepo()
  {
    sandbox.init();
    write_bytes(sandbox.repo() / "procedure.yaml", std::string(information));
    auto config = sandbox.repo() / "sopctl.yaml";
    write_bytes(
      config, replace_once(read_bytes(config), "procedure: \"\"\n", "procedure: procedure.yaml\n"));
  }

  // Completes the active step `step` as `role` at local_time(hour), with
  // `exit` ("--yes", "--no") at a decision; returns what advance printed.
  std::string advance(const std::string& id,
                      const std::string& role,
                      int hour,
                      const std::string& exit = "")
  {
    std::vector<std::string> args = {
      "advance", id, "--role", role, "--by", "Rina", "--at", local_time(hour)};
    if (!exit.empty()) {
      args.push_back(exit);
    }
    auto result = sandbox.run(args);
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    return result.out;
  }

  Json status_json(const std::string& id)
  {
    auto result = sandbox.run({"status", id, "--format", "json"});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    return Json::parse(result.out);
  }
};

// The state of each step in `status --format json`, "1:done 2:done ...".
std::string step_states(const Json& status)
{
  std::string states;
  for (size_t i = 0; i < status["steps"].size(); ++i) {
    const auto& step = status["steps"][i];
    states += (states.empty() ? "" : " ") + std::to_string(step["step"].as_int()) + ":" +
              step["state"].as_string();
  }
  return states;
}

} // namespace

TEST_SUITE("e2e: next")
{
  TEST_CASE("check refuses a next that goes back, naming where and how to fix it")
  {
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.repo() / "informasi.yaml",
                replace_once(information, "    next: 5\n", "    next: 2\n"));
    auto before = snapshot(sandbox.repo());
    auto result = sandbox.run({"check", "informasi.yaml"});
    CHECK(result.exit_code == 1);
    CHECK(result.out ==
          "informasi.yaml:24:11: step 3: its next is step 2, which is not after it; a step that "
          "is not a decision only goes forward (a way back needs a decision, to leave the loop "
          "by): give a later step or end\n");
    CHECK(differences(before, snapshot(sandbox.repo())) == "");
  }

  TEST_CASE("check refuses a next that is not a step number or end")
  {
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.repo() / "informasi.yaml",
                replace_once(information, "    next: 5\n", "    next: lima\n"));
    auto result = sandbox.run({"check", "informasi.yaml"});
    CHECK(result.exit_code == 1);
    CHECK(result.out == "informasi.yaml:24:11: the next of step 3 must be a later step number "
                        "or end (the procedure ends there), not \"lima\"\n");
  }

  TEST_CASE("check accepts next as written and notes one that says what happens anyway")
  {
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.repo() / "informasi.yaml", std::string(information));
    auto clean = sandbox.run({"check", "informasi.yaml"});
    CHECK(clean.exit_code == 0);
    CHECK(clean.out == "");
    CHECK(clean.err == "");

    write_bytes(sandbox.repo() / "informasi.yaml",
                std::string(information) + "    next: end\n"); // after the last step
    auto noted = sandbox.run({"check", "informasi.yaml"});
    CHECK(noted.exit_code == 0);
    CHECK(noted.out == "");
    CHECK(noted.err == "informasi.yaml:49:11: note: step 8 is the last step, so next: end says "
                       "what happens anyway; it may be left out\n");
  }

  TEST_CASE("drafting follows next: N, shows the step passed over as skipped, and finishes at "
            "next: end")
  {
    InformationRepo repo;
    auto id = start_draft(repo.sandbox, "Pelayanan KTP");
    repo.advance(id, "pemohon", 1);
    repo.advance(id, "ppid", 2, "--yes");
    CHECK(repo.advance(id, "ppid", 3) ==
          id + ": step 3 done by Rina; step 5 is now active: Mempertimbangkan permohonan (ppid)\n");
    auto at_5 = repo.status_json(id);
    CHECK(at_5["step"].as_int() == 5);
    CHECK(step_states(at_5) == "1:done 2:done 3:done 4:skipped 5:active 6:pending 7:pending "
                               "8:pending");
    auto table = repo.sandbox.run({"status", id});
    CHECK(contains(table.out, "step 5/8 active"));

    repo.advance(id, "ppid", 4, "--yes");
    repo.advance(id, "ppid", 5);
    CHECK(repo.advance(id, "ppid", 6) == id + ": step 7 done by Rina; the draft is finished\n");
    auto done = repo.status_json(id);
    CHECK(done["state"].as_string() == "done");
    CHECK(done["outcome"]["step"].as_int() == 7);
    CHECK(done["outcome"]["exit"].is_null());
    CHECK(done["outcome"]["label"].as_string() == "Selesai");
    CHECK(step_states(done) == "1:done 2:done 3:done 4:skipped 5:done 6:done 7:done 8:skipped");
    auto shown = repo.sandbox.run({"status", id});
    INFO(shown.out);
    CHECK(contains(shown.out, "finished after step 7"));

    // The log: a completed event at each step done, none at a skipped one.
    auto log = repo.sandbox.run({"log", id, "--format", "json"});
    REQUIRE(log.exit_code == 0);
    auto events = Json::parse(log.out)["events"];
    std::string steps;
    for (size_t i = 0; i < events.size(); ++i) {
      if (!events[i]["step"].is_null()) {
        steps += std::to_string(events[i]["step"].as_int()) + events[i]["event"].as_string()[0];
      }
    }
    CHECK(steps == "1c2c3c5c6c7c");
    CHECK(repo.sandbox.run({"check"}).exit_code == 0);
  }

  TEST_CASE("the Tidak branch finishes at its next: end, every step not reached skipped")
  {
    InformationRepo repo;
    auto id = start_draft(repo.sandbox, "Pelayanan KTP");
    repo.advance(id, "pemohon", 1);
    repo.advance(id, "ppid", 2, "--no");
    CHECK(repo.advance(id, "ppid", 3) == id + ": step 4 done by Rina; the draft is finished\n");
    auto done = repo.status_json(id);
    CHECK(done["outcome"]["step"].as_int() == 4);
    CHECK(step_states(done) ==
          "1:done 2:done 3:skipped 4:done 5:skipped 6:skipped 7:skipped 8:skipped");
    // A note on the finished draft goes on step 4, where it finished, not on
    // step 8, which it never reached.
    auto note = repo.sandbox.run(
      {"note", id, "Berkas dikembalikan", "--role", "ppid", "--by", "Rina", "--at", local_time(4)});
    INFO("stderr: ", note.err);
    REQUIRE(note.exit_code == 0);
    CHECK(note.out == id + ": note at step 4 by Rina\n");
  }

  TEST_CASE("check notes a procedure whose next jumps over its signing step, and passes")
  {
    InformationRepo repo;
    write_bytes(repo.sandbox.repo() / "procedure.yaml",
                std::string(information) + "signing:\n  step: 6\n");
    auto checked = repo.sandbox.run({"check"});
    INFO(checked.out);
    CHECK(checked.exit_code == 0);
    CHECK(checked.out == "");
    CHECK(contains(checked.err,
                   "procedure.yaml: note: step 4's next: end jumps over step 6, the signing "
                   "step: a draft that goes that way finishes unsigned and stays KONSEP; check "
                   "that this is meant\n"));
  }
}
