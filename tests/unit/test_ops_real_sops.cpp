// Real SOP AP documents of other offices serve as a repository's drafting
// procedure (issue 9, section 1): for each file of tests/fixtures/real/ (its
// source and transcription choices are in its header comment), drafts run
// from start to end through the ops functions, together taking every exit of
// every decision, and each ends where its exits (and its steps' `next`) say,
// every step it did not do skipped, never pending.
#include "ops_fixtures.hpp"

#include <algorithm>
#include <ops/drafts.hpp>
#include <set>
#include <store/procedure.hpp>
#include <workflow/replay.hpp>
#include <yaml/sop_reader.hpp>

using namespace sopctl;
using namespace sopctl::ops_test;

namespace {

std::vector<fs::path> real_sops()
{
  std::vector<fs::path> files;
  for (const auto& entry :
       fs::directory_iterator(fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "real")) {
    if (entry.path().extension() == ".yaml") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// A decision exit: (step, exit).
using ExitTaken = std::pair<int, model::Exit>;

// A repository drafting by the real SOP `file`.
struct RealRepo
{
  TempRepo repo;
  store::Procedure procedure;
  int runs_ = 0;

  explicit RealRepo(const fs::path& file)
  {
    write_bytes(repo.root / "procedure.yaml", read_bytes(file));
    auto config = repo.root / "sopctl.yaml";
    write_bytes(
      config, replace_once(read_bytes(config), "procedure: \"\"\n", "procedure: procedure.yaml\n"));
    repo.reopen();
    procedure = store::load_procedure(repo.repository);
  }

  // Drafts from start to end, taking `wanted` at its decision the first time
  // it comes up and elsewhere the exit that does not go back (so every run
  // ends). Returns the exits taken and the final state.
  std::pair<std::set<ExitTaken>, workflow::DraftState> run(std::optional<ExitTaken> wanted)
  {
    auto id = repo.start("Uji " + std::to_string(++runs_));
    std::set<ExitTaken> taken;
    std::set<int> decided;
    int hour_now = 1;
    const auto& sop = procedure.sop;
    for (int moves = 0; moves < 4 * static_cast<int>(sop.steps.size()) + 10; ++moves) {
      auto state = ops::load_draft(repo.repository, procedure, id).state;
      if (state.phase == workflow::Phase::done) {
        return std::make_pair(taken, state);
      }
      const auto& step = *sop.find_step(state.active_step);
      workflow::AdvanceRequest request;
      request.role = step.performers.back(); // any listed performer may complete it
      request.by = "Petugas";
      request.at = hour(hour_now++);
      if (step.decision) {
        auto forward = workflow::goes_back(step, workflow::exit_target(step, model::Exit::ya))
                         ? model::Exit::tidak
                         : model::Exit::ya;
        auto exit = wanted && wanted->first == step.number && !decided.contains(step.number)
                      ? wanted->second
                      : forward;
        decided.insert(step.number);
        request.exit = exit;
        request.note = "alasan keputusan";
        taken.insert(ExitTaken{step.number, exit});
      }
      std::ostringstream out;
      ops::advance_draft(repo.repository, id, request, clock_at(hour_now), out);
    }
    FAIL("the draft did not reach the end");
    return {};
  }
};

} // namespace

TEST_SUITE("ops::real_sops")
{
  TEST_CASE("the corpus holds at least 8 real SOPs of other offices")
  {
    CHECK(real_sops().size() >= 8);
  }

  TEST_CASE("each real SOP drafts to the end through every exit of every decision")
  {
    for (const auto& file : real_sops()) {
      CAPTURE(file.filename().string());
      RealRepo real(file);
      std::vector<std::optional<ExitTaken>> runs = {std::nullopt};
      std::set<ExitTaken> all_exits;
      for (const auto& step : real.procedure.sop.steps) {
        if (step.decision) {
          for (auto exit : {model::Exit::ya, model::Exit::tidak}) {
            runs.emplace_back(ExitTaken{step.number, exit});
            all_exits.insert(ExitTaken{step.number, exit});
          }
        }
      }
      std::set<ExitTaken> covered;
      for (const auto& wanted : runs) {
        auto [taken, state] = real.run(wanted);
        covered.insert(taken.begin(), taken.end());
        CHECK(state.phase == workflow::Phase::done);
        // It finished at a step that ends the procedure: a decision through
        // its `end` exit, else a step whose `next` is `end` or the last step
        // (padang-lawas's Ya runs end at step 7, before steps 8 and 9).
        const auto* finished = real.procedure.sop.find_step(state.finished_at);
        REQUIRE(finished != nullptr);
        CHECK(state.last_done(finished->number) != nullptr);
        if (finished->decision) {
          CHECK(state.ended_at_decision);
        } else {
          CHECK(real.procedure.sop.after(*finished) == model::procedure_end);
        }
        // Never pending once finished: each step not done was passed over
        // (a decision's branch, a step's `next`, the end) and is skipped.
        for (const auto& step : real.procedure.sop.steps) {
          if (!state.last_done(step.number)) {
            CAPTURE(step.number);
            CHECK(state.skipped.contains(step.number));
          }
        }
        if (!wanted) {
          continue;
        }
        const auto& step = *real.procedure.sop.find_step(wanted->first);
        if (step.decision->target(wanted->second) == model::procedure_end) {
          // Ended there, with that exit's word, and the rest skipped.
          REQUIRE(state.ended_at_decision);
          CHECK(state.ended_at_decision->step == step.number);
          CHECK(state.ended_at_decision->label == step.decision->label(wanted->second));
          for (const auto& later : real.procedure.sop.steps) {
            if (later.number > step.number) {
              CHECK(state.skipped.contains(later.number));
            }
          }
        }
      }
      for (const auto& exit : all_exits) {
        CAPTURE(exit.first);
        CHECK(covered.contains(exit));
      }
    }
  }
}
