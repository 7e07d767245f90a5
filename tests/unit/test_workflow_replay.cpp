#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <workflow/replay.hpp>

using sopctl::model::Event;
using sopctl::model::EventKind;
using sopctl::model::Timestamp;
using sopctl::workflow::DraftState;
using sopctl::workflow::Phase;
using sopctl::workflow::replay;

namespace {

// 2026-11-24T09:00:00+07:00 plus `hours`.
Timestamp at_hour(int hours)
{
  return {1795485600 + hours * 3600, 7 * 60};
}

// Builds a draft's events as the file would hold them, one per 3 lines from
// line 10, each an hour after the one before.
class History
{
public:
  History() { add(EventKind::started, 0, ""); }

  History& done(int step, std::string role)
  {
    return add(EventKind::completed, step, std::move(role));
  }
  History& reject(int step, std::string role, std::string note)
  {
    add(EventKind::rejected, step, std::move(role));
    events.back().note = std::move(note);
    return *this;
  }
  History& add(EventKind kind, int step, std::string role)
  {
    Event event;
    event.kind = kind;
    event.step = step;
    event.role = std::move(role);
    event.by = "Budi";
    event.at = at_hour(static_cast<int>(events.size()));
    event.where = {10 + 3 * static_cast<int>(events.size()), 7};
    events.push_back(std::move(event));
    return *this;
  }
  // Steps 1 to 5 of the seed, done in order.
  History& up_to_step_6()
  {
    return done(1, "sekretaris")
      .done(2, "staf")
      .done(3, "sekretaris")
      .done(4, "kasi")
      .done(5, "kasi");
  }

  std::vector<Event> events;
};

// The one problem replay reports for `events`, formatted.
std::string misfit(const std::vector<Event>& events)
{
  sopctl::model::Diagnostics diagnostics("draft.yaml");
  auto state = replay(sopctl::test::seed(), events, diagnostics);
  if (state) {
    return "replay accepted the events";
  }
  return sopctl::model::format_all(diagnostics.list());
}

DraftState replayed(const std::vector<Event>& events)
{
  sopctl::model::Diagnostics diagnostics("draft.yaml");
  auto state = replay(sopctl::test::seed(), events, diagnostics);
  INFO(sopctl::model::format_all(diagnostics.list()));
  REQUIRE(state);
  return *state;
}

} // namespace

TEST_SUITE("workflow::replay")
{
  TEST_CASE("a started draft has step 1 active since its start")
  {
    auto state = replayed(History().events);
    CHECK(state.phase == Phase::in_progress);
    CHECK(state.active_step == 1);
    CHECK(state.round == 1);
    CHECK(state.started_at == at_hour(0));
    REQUIRE(state.active());
    CHECK(state.active()->step == 1);
    CHECK(state.active()->since == at_hour(0));
    CHECK_FALSE(state.active()->until);
  }

  TEST_CASE("completing a step activates the next one")
  {
    auto state = replayed(History().done(1, "sekretaris").events);
    CHECK(state.active_step == 2);
    CHECK(state.last_event_at == at_hour(1));
    REQUIRE(state.activations.size() == 2);
    CHECK(state.activations[0].until == at_hour(1));
    CHECK(state.activations[0].by == "Budi");
    CHECK(state.activations[0].role == "sekretaris");
    CHECK(state.activations[1].since == at_hour(1));
  }

  TEST_CASE("a full seed run with one rejection ends done in round 2")
  {
    History history;
    history.up_to_step_6()
      .reject(6, "kabid", "Langkah 3 kurang jelas")
      .done(5, "kasi")
      .done(6, "kabid")
      .done(7, "sekretaris")
      .done(8, "kadis")
      .done(9, "staf")
      .done(10, "staf");
    auto state = replayed(history.events);
    CHECK(state.phase == Phase::done);
    CHECK(sopctl::workflow::to_string(state.phase) == "done");
    CHECK(state.active_step == 0);
    CHECK(state.active() == nullptr);
    CHECK(state.round == 2);
    CHECK(state.last_event_at == at_hour(12));
    std::vector<int> steps, rounds;
    for (const auto& activation : state.activations) {
      steps.push_back(activation.step);
      rounds.push_back(activation.round);
      CHECK(activation.until);
    }
    CHECK(steps == std::vector<int>{1, 2, 3, 4, 5, 6, 5, 6, 7, 8, 9, 10});
    CHECK(rounds == std::vector<int>{1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2});
  }

  TEST_CASE("each round of a step has its own since and until")
  {
    History history;
    history.up_to_step_6().reject(6, "kabid", "ulang").done(5, "kasi");
    auto state = replayed(history.events);
    CHECK(state.active_step == 6);
    CHECK(state.round == 2);
    const auto& first_five = state.activations[4];
    const auto& rejected_six = state.activations[5];
    const auto& second_five = state.activations[6];
    CHECK(first_five.step == 5);
    CHECK(first_five.since == at_hour(4));
    CHECK(first_five.until == at_hour(5));
    CHECK(rejected_six.rejected);
    CHECK(rejected_six.note == "ulang");
    CHECK(rejected_six.since == at_hour(5));
    CHECK(rejected_six.until == at_hour(6));
    CHECK(second_five.step == 5);
    CHECK(second_five.round == 2);
    CHECK(second_five.since == at_hour(6));
    CHECK(second_five.until == at_hour(7));
    CHECK(state.last_done(5) == &second_five);
    CHECK(state.last_done(6) == &rejected_six);
    CHECK(state.last_done(7) == nullptr);
    REQUIRE(state.active());
    CHECK(state.active()->since == at_hour(7));
    CHECK(state.active()->round == 2);
  }

  TEST_CASE("an event for a step that is not active is refused")
  {
    CHECK(misfit(History().done(1, "sekretaris").done(3, "sekretaris").events) ==
          "draft.yaml:16:7: this event records step 3, but step 2 is the "
          "active one at this point");
  }

  TEST_CASE("an event with the wrong role is refused")
  {
    CHECK(misfit(History().done(1, "kasi").events) ==
          "draft.yaml:13:7: this event records role \"kasi\" for step 1, "
          "which is performed by \"sekretaris\"");
  }

  TEST_CASE("a rejection of a step that is no decision is refused")
  {
    CHECK(misfit(History().reject(1, "sekretaris", "salah").events) ==
          "draft.yaml:13:7: step 1 is not a decision, so it cannot be "
          "rejected");
  }

  TEST_CASE("a rejection without a note is refused")
  {
    History history;
    history.up_to_step_6().reject(6, "kabid", "");
    CHECK(misfit(history.events) ==
          "draft.yaml:28:7: a rejected event needs a note giving the reason");
  }

  TEST_CASE("an event earlier than the one before it is refused")
  {
    History history;
    history.done(1, "sekretaris").done(2, "staf");
    // A minute before the previous event, written in UTC.
    history.events[2].at = Timestamp{at_hour(1).utc_seconds - 60, 0};
    CHECK(misfit(history.events) == "draft.yaml:16:7: this event (2026-11-24T02:59:00+00:00) is "
                                    "earlier than the one before it (2026-11-24T10:00:00+07:00); "
                                    "events are kept in time order");
  }

  TEST_CASE("events at the same moment are in order")
  {
    History history;
    history.done(1, "sekretaris").done(2, "staf");
    history.events[2].at = history.events[1].at;
    CHECK(replayed(history.events).active_step == 3);
  }

  TEST_CASE("an event after the draft is done is refused")
  {
    History history;
    history.up_to_step_6()
      .done(6, "kabid")
      .done(7, "sekretaris")
      .done(8, "kadis")
      .done(9, "staf")
      .done(10, "staf")
      .done(10, "staf");
    CHECK(misfit(history.events) ==
          "draft.yaml:43:7: this event comes after the draft was finished");
  }

  TEST_CASE("a second started event is refused")
  {
    History history;
    history.done(1, "sekretaris").add(EventKind::started, 0, "");
    CHECK(misfit(history.events) == "draft.yaml:16:7: the draft is started only once; remove this "
                                    "second \"started\" event");
  }

  TEST_CASE("a first event other than started is refused")
  {
    History history;
    history.events.front().kind = EventKind::completed;
    history.events.front().step = 1;
    history.events.front().role = "sekretaris";
    CHECK(misfit(history.events) ==
          "draft.yaml:10:7: the first event of a draft must be \"started\"");
  }

  TEST_CASE("a draft without events is refused")
  {
    CHECK(misfit({}) == "draft.yaml: the draft has no \"started\" event");
  }

  TEST_CASE("the replay stops at the first misfit")
  {
    History history;
    history.done(1, "kasi").done(3, "staf");
    CHECK(misfit(history.events) == "draft.yaml:13:7: this event records role \"kasi\" for step 1, "
                                    "which is performed by \"sekretaris\"");
  }

  TEST_CASE("next_step follows the Ya exit and ends after the last step")
  {
    auto seed = sopctl::test::seed();
    using sopctl::workflow::next_step;
    CHECK(next_step(seed, *seed.find_step(1)) == 2);
    CHECK(next_step(seed, *seed.find_step(6)) == 7);
    CHECK(next_step(seed, *seed.find_step(10)) == 0);
  }
}
