// Two sopctl processes advancing the same draft at once never lose an
// event (issue 2, section 4: lock the draft, re-read under the lock).
// Steps 9 and 10 of the seed are both performed by `staf`, so two staf
// advances started together at step 9 must both succeed, one after the
// other, whichever wins the lock.
#include "git_helpers.hpp"
#include "json_lite.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <set>
#include <string>
#include <vector>

using namespace e2e;

namespace {

constexpr int attempts = 8;

// What a concurrency test went through, printed so its figures can be read
// (ctest -R concurrency -V).
struct Tally
{
  int processes = 0;
  int events = 0;
  int failures = 0;

  void report(const std::string& what, int rounds) const
  {
    MESSAGE(what,
            ": rounds ",
            rounds,
            ", processes ",
            processes,
            ", events ",
            events,
            ", failures ",
            failures);
  }
};

} // namespace

TEST_SUITE("e2e: concurrency")
{
  TEST_CASE("two advances of the same draft at once both take effect")
  {
    Sandbox sandbox;
    sandbox.init();
    Tally tally;
    for (int attempt = 0; attempt < attempts; ++attempt) {
      CAPTURE(attempt);
      auto id = "serentak-" + std::to_string(attempt);
      auto started = sandbox.run(
        {"start", "Pelayanan Serentak", "--id", id, "--by", "Budi", "--at", local_time(0)});
      REQUIRE(started.exit_code == 0);
      advance_until(sandbox, id, 9);

      // Both are started before either is waited for. The same --at keeps
      // the outcome independent of the clock.
      auto first =
        sandbox.spawn({"advance", id, "--role", "staf", "--by", "Eko", "--at", local_time(9)});
      auto second =
        sandbox.spawn({"advance", id, "--role", "staf", "--by", "Fajar", "--at", local_time(9)});
      auto a = first.wait();
      auto b = second.wait();
      tally.processes += 2;
      INFO("first: ", a.out, a.err, "\nsecond: ", b.out, b.err);
      // One completed step 9, the other step 10 and finished the draft.
      bool a_finished = a.out.find("the draft is finished") != std::string::npos;
      bool b_finished = b.out.find("the draft is finished") != std::string::npos;
      bool right = a.exit_code == 0 && b.exit_code == 0 && a_finished != b_finished;

      auto log = sandbox.run({"log", id, "--format", "json"});
      REQUIRE(log.exit_code == 0);
      auto events = Json::parse(log.out)["events"];
      tally.events += static_cast<int>(events.size());
      right = right && events.size() == 11; // started + steps 1..10
      for (size_t i = 1; right && i < events.size(); ++i) {
        right = events[i]["step"].as_int() == static_cast<int>(i);
      }
      if (right) {
        std::set<std::string> people{events[9]["by"].as_string(), events[10]["by"].as_string()};
        right = people == std::set<std::string>{"Eko", "Fajar"};
      }
      auto status = sandbox.run({"status", id, "--format", "json"});
      right =
        right && status.exit_code == 0 && Json::parse(status.out)["state"].as_string() == "done";
      CHECK(right);
      tally.failures += right ? 0 : 1;
    }
    tally.report("two advances at once", attempts);
  }

  TEST_CASE("two advances at once of a step only one may do leave one event")
  {
    // At step 8 (kadis) the loser of the race finds step 9 active, which
    // kadis does not perform: it is refused, and exactly one event is added.
    Sandbox sandbox;
    sandbox.init();
    Tally tally;
    for (int attempt = 0; attempt < attempts; ++attempt) {
      CAPTURE(attempt);
      auto id = "berebut-" + std::to_string(attempt);
      REQUIRE(
        sandbox
          .run({"start", "Pelayanan Berebut", "--id", id, "--by", "Budi", "--at", local_time(0)})
          .exit_code == 0);
      advance_until(sandbox, id, 8);
      auto first = sandbox.spawn(
        {"advance", id, "--role", "kadis", "--by", "Amarullah", "--at", local_time(8)});
      auto second = sandbox.spawn(
        {"advance", id, "--role", "kadis", "--by", "Amarullah", "--at", local_time(8)});
      auto a = first.wait();
      auto b = second.wait();
      tally.processes += 2;
      INFO("first: ", a.out, a.err, "\nsecond: ", b.out, b.err);
      auto log = sandbox.run({"log", id, "--format", "json"});
      REQUIRE(log.exit_code == 0);
      auto events = Json::parse(log.out)["events"];
      tally.events += static_cast<int>(events.size());
      bool right = a.exit_code + b.exit_code == 1 // one 0, one 1
                   && events.size() == 9          // started + steps 1..8
                   && events[8]["step"].as_int() == 8;
      CHECK(right);
      tally.failures += right ? 0 : 1;
    }
    tally.report("two advances at once, one allowed", attempts);
  }

  TEST_CASE("notes by many processes at once in a git repository: each recorded and committed once")
  {
    // With git.commit auto every process commits under the lock: no event
    // lost, none committed twice or by another's commit, the tree clean.
    constexpr int processes = 8;
    constexpr int rounds = 4;
    Sandbox sandbox;
    git_init(sandbox, sandbox.repo());
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan Ramai");
    Tally tally;
    for (int round = 0; round < rounds; ++round) {
      CAPTURE(round);
      std::vector<Process> running;
      for (int i = 0; i < processes; ++i) {
        auto name = "Petugas " + std::to_string(i);
        running.push_back(
          sandbox.spawn({"note",
                         id,
                         "catatan " + std::to_string(round) + "-" + std::to_string(i),
                         "--by",
                         name}));
      }
      for (auto& process : running) {
        auto result = process.wait();
        ++tally.processes;
        INFO(result.err);
        CHECK(result.exit_code == 0);
        tally.failures += result.exit_code == 0 ? 0 : 1;
      }
    }
    auto events =
      Json::parse(sopctl_ok(sandbox, sandbox.repo(), {"log", id, "--format", "json"}))["events"];
    tally.events = static_cast<int>(events.size()) - 1;
    std::multiset<std::string> notes;
    for (size_t i = 1; i < events.size(); ++i) {
      notes.insert(events[i]["note"].as_string());
    }
    for (int round = 0; round < rounds; ++round) {
      for (int i = 0; i < processes; ++i) {
        auto note = "catatan " + std::to_string(round) + "-" + std::to_string(i);
        bool once = notes.count(note) == 1;
        CHECK_MESSAGE(once, note);
        tally.failures += once ? 0 : 1;
      }
    }
    // One commit per note, after the start's.
    auto subjects = commit_subjects(sandbox, sandbox.repo());
    auto note_commits = std::count_if(subjects.begin(), subjects.end(), [](const auto& subject) {
      return subject.starts_with("note ");
    });
    CHECK(note_commits == processes * rounds);
    tally.failures += note_commits == processes * rounds ? 0 : 1;
    auto dirty = git_status(sandbox, sandbox.repo());
    CHECK(dirty == "");
    tally.failures += dirty.empty() ? 0 : 1;
    tally.report("notes at once with git", rounds);
  }
}
