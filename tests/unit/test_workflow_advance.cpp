#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <workflow/advance.hpp>
#include <workflow/replay.hpp>

using sopctl::model::Error;
using sopctl::model::Event;
using sopctl::model::EventKind;
using sopctl::model::Timestamp;
using sopctl::workflow::AdvanceRequest;
using sopctl::workflow::DraftState;
using sopctl::workflow::plan_advance;

namespace {

// 2026-11-24T09:00:00+07:00 plus `hours`.
Timestamp at_hour(int hours)
{
  return {1795485600 + hours * 3600, 7 * 60};
}

// The state of a seed draft after its first `done` steps were completed in
// order along the Ya path, one an hour.
DraftState after(int done)
{
  static const int path[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  auto seed = sopctl::test::seed();
  std::vector<Event> events(1);
  events[0].at = at_hour(0);
  for (int i = 0; i < done; ++i) {
    Event event;
    event.kind = EventKind::completed;
    event.step = path[i];
    event.role = seed.find_step(path[i])->performers.front();
    event.at = at_hour(i + 1);
    events.push_back(event);
  }
  sopctl::model::Diagnostics diagnostics("draft");
  auto state = sopctl::workflow::replay(seed, events, diagnostics);
  REQUIRE(state);
  return *state;
}

AdvanceRequest request(std::string role, int hour)
{
  AdvanceRequest request;
  request.role = std::move(role);
  request.by = "Sari";
  request.at = at_hour(hour);
  return request;
}

// The message plan_advance refuses `request` with in `state`.
std::string refusal(const DraftState& state, const AdvanceRequest& request)
{
  try {
    plan_advance(sopctl::test::seed(), state, request, "sops/akta.yaml");
  } catch (const Error& error) {
    return error.what();
  }
  return "plan_advance accepted the request";
}

} // namespace

TEST_SUITE("workflow::advance")
{
  TEST_CASE("completing the active step produces a completed event")
  {
    auto req = request("sekretaris", 1);
    req.note = "Disposisi diteruskan";
    auto event = plan_advance(sopctl::test::seed(), after(0), req, "d");
    CHECK(event.kind == EventKind::completed);
    CHECK(event.step == 1);
    CHECK(event.role == "sekretaris");
    CHECK(event.by == "Sari");
    CHECK(event.at == at_hour(1));
    CHECK(event.at.offset_minutes == 420);
    CHECK(event.note == "Disposisi diteruskan");
  }

  TEST_CASE("rejecting at the decision produces a rejected event")
  {
    auto req = request("kabid", 6);
    req.exit = sopctl::model::Exit::tidak;
    req.exit_option = "--reject";
    req.note = "Langkah 3 kurang jelas";
    auto event = plan_advance(sopctl::test::seed(), after(5), req, "d");
    CHECK(event.kind == EventKind::rejected);
    CHECK(event.step == 6);
    CHECK(event.role == "kabid");
    CHECK(event.note == "Langkah 3 kurang jelas");
  }

  TEST_CASE("a decision names both exits when neither --yes nor --no is given")
  {
    // A plain advance that silently approved is how a wrong Ya happened
    // (issue 9, section 3).
    CHECK_THROWS_WITH(plan_advance(sopctl::test::seed(), after(5), request("kabid", 6), "d"),
                      "d: step 6 is a decision: say which way it goes, with --yes (Ya: on to "
                      "step 7) or --no (Tidak: back to step 5)");
  }

  TEST_CASE("--yes takes the decision's Ya exit")
  {
    auto req = request("kabid", 6);
    req.exit = sopctl::model::Exit::ya;
    auto event = plan_advance(sopctl::test::seed(), after(5), req, "d");
    CHECK(event.kind == EventKind::completed);
    CHECK(event.step == 6);
  }

  TEST_CASE("the produced event replays onto the state")
  {
    auto seed = sopctl::test::seed();
    auto event = plan_advance(seed, after(0), request("sekretaris", 1), "d");
    std::vector<Event> events(1);
    events[0].at = at_hour(0);
    events.push_back(event);
    sopctl::model::Diagnostics diagnostics("draft");
    auto state = sopctl::workflow::replay(seed, events, diagnostics);
    REQUIRE(state);
    CHECK(state->active_step == 2);
  }

  TEST_CASE("advancing a finished draft is refused")
  {
    CHECK(refusal(after(10), request("staf", 11)) ==
          "sops/akta.yaml: the draft is finished (its last step was done on "
          "2026-11-24 19:00); there is nothing left to advance");
  }

  TEST_CASE("an unknown role is refused with the roles listed")
  {
    CHECK(refusal(after(0), request("bupati", 1)) ==
          "sops/akta.yaml: unknown role \"bupati\"; the roles are: kadis, "
          "sekretaris, kabid, kasi, staf");
  }

  TEST_CASE("the wrong role names the step and the role that performs it")
  {
    CHECK(refusal(after(1), request("kasi", 2)) ==
          "sops/akta.yaml: step 2 (Mempersiapkan rapat pembahasan SOP "
          "Pelayanan.) is performed by staf (Staf Adm Umum), not kasi; run "
          "it as --role staf");
  }

  TEST_CASE("rejecting a step that is no decision is refused")
  {
    auto req = request("sekretaris", 1);
    req.exit = sopctl::model::Exit::tidak;
    req.exit_option = "--reject";
    req.note = "salah";
    CHECK(refusal(after(0), req) ==
          "sops/akta.yaml: --reject: step 1 is not a decision, so it cannot "
          "be sent back; decisions: step 6");
  }

  TEST_CASE("rejecting without a note is refused")
  {
    auto req = request("kabid", 6);
    req.exit = sopctl::model::Exit::tidak;
    req.exit_option = "--reject";
    CHECK(refusal(after(5), req) ==
          "sops/akta.yaml: --reject needs --note \"...\" giving the reason "
          "step 6 is sent back to step 5");
  }

  TEST_CASE("a time earlier than the last event is refused")
  {
    auto req = request("staf", 0);
    CHECK(refusal(after(1), req) ==
          "sops/akta.yaml: --at 2026-11-24T09:00:00+07:00 is earlier than "
          "the draft's last event (2026-11-24T10:00:00+07:00); give a later "
          "time");
  }

  TEST_CASE("a time equal to the last event is accepted")
  {
    CHECK(plan_advance(sopctl::test::seed(), after(1), request("staf", 1), "d").step == 2);
  }

  TEST_CASE("list_roles gives the performer keys in column order")
  {
    CHECK(sopctl::workflow::list_roles(sopctl::test::seed()) ==
          "kadis, sekretaris, kabid, kasi, staf");
  }
}
