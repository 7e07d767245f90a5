// The hash chain over a draft's events (issue 5, section 3): each event's
// hash covers its fields and the hash of the event before it, so editing,
// removing or reordering a past event is found, at the first event that
// shows it, with a message in words.
#include <doctest/doctest.h>
#include <history/event_hash.hpp>
#include <string>
#include <vector>

using sopctl::history::chain_head;
using sopctl::history::ChainProblem;
using sopctl::history::check_chain;
using sopctl::history::event_hash;
using sopctl::history::seal;
using sopctl::model::Event;
using sopctl::model::EventKind;
using sopctl::model::Timestamp;

namespace {

// 2026-11-24T09:00:00+07:00 plus `hours`.
Timestamp at_hour(int hours)
{
  return {1795485600 + hours * 3600, 7 * 60};
}

Event make_event(EventKind kind, int step, std::string role, std::string by, int hour)
{
  Event event;
  event.kind = kind;
  event.step = step;
  event.role = std::move(role);
  event.by = std::move(by);
  event.at = at_hour(hour);
  return event;
}

// started, steps 1-3 completed, a note at step 4: each sealed after the
// ones before it, as sopctl appends them.
std::vector<Event> sealed_history()
{
  std::vector<Event> plain = {
    make_event(EventKind::started, 0, "", "Budi", 0),
    make_event(EventKind::completed, 1, "sekretaris", "Budi", 1),
    make_event(EventKind::completed, 2, "staf", "Ani", 2),
    make_event(EventKind::completed, 3, "sekretaris", "Budi", 3),
    make_event(EventKind::noted, 4, "", "Rina", 4),
  };
  plain[4].note = "data bidang belum lengkap";
  std::vector<Event> events;
  for (auto event : plain) {
    seal(event, events);
    events.push_back(event);
  }
  return events;
}

// Every problem as "index: message", one per line.
std::string problems_of(const std::vector<Event>& events)
{
  std::string text;
  for (const ChainProblem& problem : check_chain(events)) {
    text += std::to_string(problem.index) + ": " + problem.message + "\n";
  }
  return text;
}

} // namespace

TEST_SUITE("history::event_hash")
{
  TEST_CASE("the hash is the first 16 hex digits of SHA-256 over format 1 of the fields")
  {
    // Values computed outside sopctl (Python's hashlib) from the documented
    // text; a change of the hashed text would break every stored hash.
    auto started = make_event(EventKind::started, 0, "", "Budi", 0);
    CHECK(event_hash(started) == "826a3018168c582e");
    auto completed = make_event(EventKind::completed, 1, "sekretaris", "Budi", 1);
    completed.prev = "826a3018168c582e";
    CHECK(event_hash(completed) == "2133b7a7f1fce173");
  }

  TEST_CASE("equal fields give the same hash, whatever the event's position or stored hash")
  {
    auto a = make_event(EventKind::completed, 6, "kabid", "Rina", 5);
    auto b = make_event(EventKind::completed, 6, "kabid", "Rina", 5);
    b.where = {40, 7};
    b.hash = "0123456789abcdef";
    CHECK(event_hash(a) == event_hash(b));
    CHECK(event_hash(a).size() == 16);
  }

  TEST_CASE("each field changes the hash")
  {
    auto base = make_event(EventKind::completed, 6, "kabid", "Rina", 5);
    base.note = "sesuai";
    base.prev = "826a3018168c582e";
    auto original = event_hash(base);
    std::vector<std::pair<const char*, Event>> variants;
    auto add = [&](const char* name, auto change) {
      Event changed = base;
      change(changed);
      variants.emplace_back(name, changed);
    };
    add("kind", [](Event& e) { e.kind = EventKind::rejected; });
    add("step", [](Event& e) { e.step = 5; });
    add("role", [](Event& e) { e.role = "kasi"; });
    add("by", [](Event& e) { e.by = "Rini"; });
    add("at", [](Event& e) { e.at.utc_seconds += 60; });
    add("note", [](Event& e) { e.note = "sesuai."; });
    add("prev", [](Event& e) { e.prev = "2133b7a7f1fce173"; });
    add("set", [](Event& e) { e.set["number.sop"] = "08/SOP/2026"; });
    for (const auto& [name, changed] : variants) {
      INFO("field: ", name);
      CHECK(event_hash(changed) != original);
    }
  }

  TEST_CASE("fields are separated, so text moved from one field to the next changes the hash")
  {
    auto a = make_event(EventKind::noted, 2, "", "Rina", 2);
    a.note = "x";
    auto b = make_event(EventKind::noted, 2, "", "Rinax", 2);
    CHECK(event_hash(a) != event_hash(b));
  }

  TEST_CASE("seal links an event to the last one and hashes it")
  {
    auto events = sealed_history();
    CHECK(events[0].prev == "");
    for (size_t i = 1; i < events.size(); ++i) {
      CHECK(events[i].prev == events[i - 1].hash);
    }
    for (const auto& event : events) {
      CHECK(event.hash == event_hash(event));
    }
    CHECK(chain_head(events) == events.back().hash);
    CHECK(chain_head({}) == "");
  }

  TEST_CASE("an event without a stored hash is followed by its computed hash")
  {
    std::vector<Event> legacy = {make_event(EventKind::started, 0, "", "Budi", 0)};
    CHECK(chain_head(legacy) == "826a3018168c582e");
  }

  TEST_CASE("an intact history has no problems")
  {
    CHECK(problems_of(sealed_history()) == "");
  }

  TEST_CASE("an event edited by hand is reported at its index, and only there")
  {
    auto events = sealed_history();
    events[2].by = "Bukan Ani";
    CHECK(problems_of(events) == "2: event 3 (completed step 2) was changed after it was "
                                 "recorded: its hash does not match its fields\n");
  }

  TEST_CASE("an edited note is reported as a change")
  {
    auto events = sealed_history();
    events[4].note = "data lengkap";
    CHECK(problems_of(events) == "4: event 5 (noted step 4) was changed after it was recorded: "
                                 "its hash does not match its fields\n");
  }

  TEST_CASE("a removed middle event is reported at the event that followed it")
  {
    auto events = sealed_history();
    events.erase(events.begin() + 2);
    CHECK(problems_of(events) == "2: event 3 (completed step 3) follows an event that is "
                                 "missing or comes later: an event was removed or the events "
                                 "were reordered\n");
  }

  TEST_CASE("a removed first event is reported at the new first event")
  {
    auto events = sealed_history();
    events.erase(events.begin());
    CHECK(problems_of(events) == "0: event 1 (completed step 1) follows an event that is "
                                 "missing: the events before it were removed\n");
  }

  TEST_CASE("two swapped events are reported at the first of them")
  {
    auto events = sealed_history();
    std::swap(events[2], events[3]);
    CHECK(problems_of(events) == "2: event 3 (completed step 3) follows an event that is "
                                 "missing or comes later: an event was removed or the events "
                                 "were reordered\n");
  }

  TEST_CASE("a missing hash is reported, and the chain goes on from the computed one")
  {
    auto events = sealed_history();
    events[1].hash.clear();
    CHECK(problems_of(events) ==
          "1: event 2 (completed step 1) has no hash; it was not recorded by sopctl\n");
  }

  TEST_CASE("an event without prev after the first is reported")
  {
    auto events = sealed_history();
    events[4].prev.clear();
    events[4].hash = event_hash(events[4]);
    CHECK(problems_of(events) ==
          "4: event 5 (noted step 4) does not name the event before it (no prev)\n");
  }

  TEST_CASE("merged histories, where two events share a prev, are valid")
  {
    auto events = sealed_history();
    // Two clones each appended after the last event; the merge keeps both.
    auto ours = make_event(EventKind::noted, 4, "", "Sari", 5);
    ours.note = "ours";
    auto theirs = make_event(EventKind::completed, 4, "kasi", "Joko", 6);
    seal(ours, events);
    seal(theirs, events);
    CHECK(ours.prev == theirs.prev);
    events.push_back(ours);
    events.push_back(theirs);
    auto next = make_event(EventKind::noted, 5, "", "Rina", 7);
    seal(next, events);
    events.push_back(next);
    CHECK(problems_of(events) == "");
  }
}
