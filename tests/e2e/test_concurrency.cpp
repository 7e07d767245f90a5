// Two sopctl processes advancing the same draft at once never lose an
// event (issue 2, section 4: lock the draft, re-read under the lock).
// Steps 9 and 10 of the seed are both performed by `staf`, so two staf
// advances started together at step 9 must both succeed, one after the
// other, whichever wins the lock.
#include "json_lite.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>
#include <set>

using namespace e2e;

namespace {

constexpr int attempts = 8;

} // namespace

TEST_SUITE("e2e: concurrency")
{
  TEST_CASE("two advances of the same draft at once both take effect")
  {
    Sandbox sandbox;
    sandbox.init();
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
      INFO("first: ", a.out, a.err, "\nsecond: ", b.out, b.err);
      REQUIRE(a.exit_code == 0);
      REQUIRE(b.exit_code == 0);
      // One completed step 9, the other step 10 and finished the draft.
      bool a_finished = a.out.find("the draft is finished") != std::string::npos;
      bool b_finished = b.out.find("the draft is finished") != std::string::npos;
      CHECK(a_finished != b_finished);

      auto log = sandbox.run({"log", id, "--format", "json"});
      REQUIRE(log.exit_code == 0);
      auto events = Json::parse(log.out);
      REQUIRE(events.size() == 11); // started + steps 1..10
      for (size_t i = 1; i < events.size(); ++i) {
        CHECK(events[i]["step"].as_int() == static_cast<int>(i));
      }
      std::set<std::string> people{events[9]["by"].as_string(), events[10]["by"].as_string()};
      CHECK(people == std::set<std::string>{"Eko", "Fajar"});

      auto status = sandbox.run({"status", id, "--format", "json"});
      REQUIRE(status.exit_code == 0);
      CHECK(Json::parse(status.out)["state"].as_string() == "done");
    }
  }

  TEST_CASE("two advances at once of a step only one may do leave one event")
  {
    // At step 8 (kadis) the loser of the race finds step 9 active, which
    // kadis does not perform: it is refused, and exactly one event is added.
    Sandbox sandbox;
    sandbox.init();
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
      INFO("first: ", a.out, a.err, "\nsecond: ", b.out, b.err);
      CHECK(a.exit_code + b.exit_code == 1); // one 0, one 1
      auto log = sandbox.run({"log", id, "--format", "json"});
      REQUIRE(log.exit_code == 0);
      auto events = Json::parse(log.out);
      REQUIRE(events.size() == 9); // started + steps 1..8
      CHECK(events[8]["step"].as_int() == 8);
    }
  }
}
