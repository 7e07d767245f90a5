#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <model/event_fields.hpp>
#include <workflow/replay.hpp>
#include <workflow/voids.hpp>

using sopctl::model::Event;
using sopctl::model::EventKind;
using sopctl::model::Timestamp;
using sopctl::workflow::cancelled_events;
using sopctl::workflow::DraftState;
using sopctl::workflow::Phase;
using sopctl::workflow::replay;
using sopctl::workflow::void_target;

namespace {

// 2026-11-24T09:00:00+07:00 plus `hours`.
Timestamp at_hour(int hours)
{
  return {1795485600 + hours * 3600, 7 * 60};
}

// A draft's events, each with a hash of its own (`h<position>`), an hour
// apart, one per 3 lines from line 10.
class History
{
public:
  History() { add(EventKind::started, 0, ""); }

  History& done(int step, std::string role) { return add(EventKind::completed, step, role); }
  History& noted(int step) { return add(EventKind::noted, step, ""); }
  // A void of the event at `position`, as sopctl void writes it.
  History& voids(size_t position)
  {
    const auto cancelled = events.at(position);
    add(EventKind::voided, cancelled.step, cancelled.role);
    events.back().voids = cancelled.hash;
    events.back().note = "keliru";
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
    event.hash = "h" + std::to_string(events.size());
    events.push_back(std::move(event));
    return *this;
  }

  std::vector<Event> events;
};

std::string misfit(const std::vector<Event>& events)
{
  sopctl::model::Diagnostics diagnostics("draft.yaml");
  auto state = replay(sopctl::test::seed(), events, diagnostics);
  return state ? "replay accepted the events" : sopctl::model::format_all(diagnostics.list());
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

TEST_SUITE("workflow::voids")
{
  TEST_CASE("a void puts the cancelled step back, active since it first was")
  {
    auto history = History().done(1, "sekretaris").done(2, "staf").voids(2);
    auto state = replayed(history.events);
    CHECK(state.active_step == 2);
    REQUIRE(state.active());
    CHECK(state.active()->since == at_hour(1)); // its clock, not the void's
    CHECK(state.activations.size() == 2);
    CHECK(state.last_event_at == at_hour(3));
    CHECK(state.cancelled == std::set<size_t>{2});
    // Done again, the draft goes on.
    history.done(2, "staf");
    CHECK(replayed(history.events).active_step == 3);
  }

  TEST_CASE("voids walk back one act at a time")
  {
    auto history = History().done(1, "sekretaris").noted(2).voids(2).voids(1);
    auto state = replayed(history.events);
    CHECK(state.active_step == 1);
    CHECK(state.cancelled == std::set<size_t>{1, 2});
    CHECK(cancelled_events(history.events) == std::set<size_t>{1, 2});
    CHECK_FALSE(void_target(history.events));
    CHECK(void_target(History().done(1, "sekretaris").noted(2).voids(2).events) == 1u);
  }

  TEST_CASE("a void of a finished draft's last step reopens it")
  {
    History history;
    const char* roles[] = {"sekretaris",
                           "staf",
                           "sekretaris",
                           "kasi",
                           "kasi",
                           "kabid",
                           "sekretaris",
                           "kadis",
                           "staf",
                           "staf"};
    for (int step = 1; step <= 10; ++step) {
      history.done(step, roles[step - 1]);
    }
    CHECK(replayed(history.events).phase == Phase::done);
    history.voids(10);
    auto state = replayed(history.events);
    CHECK(state.phase == Phase::in_progress);
    CHECK(state.active_step == 10);
  }

  TEST_CASE("a void that does not cancel the last act is refused at its line")
  {
    auto not_last = History().done(1, "sekretaris").done(2, "staf").voids(1);
    CHECK(misfit(not_last.events) ==
          "draft.yaml:19:7: this void names the event at line 13, but a later act (line 16) is "
          "not voided: voids cancel the last act first");

    auto of_void = History().done(1, "sekretaris").voids(1);
    of_void.voids(2);
    CHECK(misfit(of_void.events) == "draft.yaml:19:7: this void names another void (line 16); a "
                                    "void is not voided: record the act it cancelled again "
                                    "instead");

    auto of_start = History().voids(0);
    CHECK(misfit(of_start.events) ==
          "draft.yaml:13:7: this void names the draft's start (line 10); a start is not voided");

    auto twice = History().done(1, "sekretaris").voids(1);
    twice.voids(1);
    CHECK(misfit(twice.events) ==
          "draft.yaml:19:7: this void names the event at line 13, which is already voided");

    auto unknown = History().done(1, "sekretaris").voids(1);
    unknown.events.back().voids = "0123456789abcdef";
    CHECK(misfit(unknown.events) == "draft.yaml:16:7: this void names event 0123456789abcdef, "
                                    "which is not an earlier event of this draft");

    auto wrong_role = History().done(1, "sekretaris").voids(1);
    wrong_role.events.back().role = "kadis";
    CHECK(misfit(wrong_role.events) ==
          "draft.yaml:16:7: this void records step 1 as \"kadis\", but the event it cancels (line "
          "13) is step 1 as \"sekretaris\"");
  }

  TEST_CASE("a draft without voids replays as before, nothing cancelled")
  {
    auto state = replayed(History().done(1, "sekretaris").events);
    CHECK(state.cancelled.empty());
    CHECK(cancelled_events(History().done(1, "sekretaris").events).empty());
  }
}

TEST_SUITE("workflow::express_in_zone")
{
  TEST_CASE("a state's times are the same instants at the repository's offset")
  {
    auto events = History().done(1, "sekretaris").events;
    events[1].at = {events[1].at.utc_seconds, 0}; // written in Z
    auto state = replayed(events);
    sopctl::workflow::express_in_zone(state, 8 * 60);
    CHECK(state.started_at.offset_minutes == 480);
    CHECK(state.started_at == at_hour(0));
    CHECK(state.activations[0].until->offset_minutes == 480);
    CHECK(sopctl::model::format_short(*state.activations[0].until) == "2026-11-24 11:00");
    auto shown = sopctl::workflow::events_in_zone(events, 8 * 60);
    CHECK(sopctl::model::format_iso(shown[1].at) == "2026-11-24T11:00:00+08:00");
    CHECK(sopctl::model::is_default(shown[0].recorded)); // unset stays unset
  }
}
