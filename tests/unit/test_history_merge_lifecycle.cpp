// The merge and the hash chain of the events of an SOP's life in force
// (issue 13, section 4): monitorings, evaluations and revocations merge in
// time order like drafting events, in a draft's record and in the record of
// an SOP signed on paper, also when both sides began that record; two
// revocations, or an event after the other side's revocation, conflict with
// a message that fits a record that is not a draft.
#include "merge_fixtures.hpp"

#include <yaml/draft_text.hpp>
#include <yaml/paper_record_text.hpp>

using namespace sopctl;
using namespace sopctl::test;

namespace {

model::Event lifecycle_event(model::EventKind kind, const std::string& by, int hour)
{
  auto event = make_event(kind, 0, "sekretaris", by, hour);
  event.note = "Berjalan sesuai SOP";
  if (kind == model::EventKind::monitored || kind == model::EventKind::evaluated) {
    event.result = "baik";
  }
  if (kind == model::EventKind::revoked) {
    event.role = "kadis";
    event.note = "Diganti peraturan baru";
    event.ref = "Keputusan Kepala Dinas Nomor 5 Tahun 2027";
  }
  return event;
}

// The seed as signed on paper: its text, no record.
std::string paper()
{
  auto sop = seed();
  return yaml::write_sop(sop);
}

// `text` (an SOP signed on paper, with or without its record) with `event`
// sealed onto its record, the record begun when there is none.
std::string recorded(const std::string& text, model::Event event)
{
  auto sop = load(text);
  if (!sop.drafting) {
    history::seal(event, {});
    return yaml::append_paper_record(text, sop, event).value();
  }
  history::seal(event, sop.drafting->events);
  return yaml::append_event(text, sop, event);
}

std::string chain_problems(const std::string& text)
{
  std::string out;
  for (const auto& problem : history::check_chain(events_of(text))) {
    out += std::to_string(problem.index) + ": " + problem.message + "\n";
  }
  return out;
}

} // namespace

TEST_SUITE("history::merge lifecycle")
{
  TEST_CASE("monitorings and evaluations added on both sides of a record merge in time order")
  {
    auto base = recorded(paper(), lifecycle_event(model::EventKind::adopted, "Admin", 0));
    auto ours = recorded(base, lifecycle_event(model::EventKind::monitored, "Sari", 7));
    auto theirs = recorded(base, lifecycle_event(model::EventKind::evaluated, "Joko", 6));
    auto merged = merged_both_ways(base, ours, theirs);
    auto events = events_of(merged);
    REQUIRE(events.size() == 3);
    CHECK(events[1].kind == model::EventKind::evaluated); // hour 6 before hour 7
    CHECK(events[2].kind == model::EventKind::monitored);
    check_holds_all(merged, hashes_of(ours));
    check_holds_all(merged, hashes_of(theirs));
    CHECK(chain_problems(merged) == "");
    CHECK(merged.starts_with(paper())); // the text above the record as written
  }

  TEST_CASE("a record begun on both sides of an SOP that had none merges into one record")
  {
    auto base = paper();
    auto ours = recorded(base, lifecycle_event(model::EventKind::monitored, "Sari", 7));
    auto theirs = recorded(base, lifecycle_event(model::EventKind::evaluated, "Joko", 6));
    auto merged = merged_both_ways(base, ours, theirs);
    auto events = events_of(merged);
    REQUIRE(events.size() == 2);
    CHECK(events[0].prev == "");
    CHECK(events[1].prev == ""); // each the first of its side's chain
    CHECK(chain_problems(merged) == "");
    CHECK(merged.starts_with(base));
    CHECK(load(merged).drafting->procedure == "");
    // What comes next chains onto the merged record.
    auto next = recorded(merged, lifecycle_event(model::EventKind::monitored, "Rina", 8));
    CHECK(chain_problems(next) == "");
  }

  TEST_CASE("a drafting act or an adoption without prev after the first is still a break")
  {
    auto base = recorded(paper(), lifecycle_event(model::EventKind::adopted, "Admin", 0));
    auto events = events_of(base);
    auto second = lifecycle_event(model::EventKind::adopted, "Joko", 1);
    history::seal(second, {});
    events.push_back(second);
    REQUIRE(history::check_chain(events).size() == 1);
    CHECK(history::check_chain(events)[0].message ==
          "event 2 (adopted) does not name the event before it (no prev)");
    // In a draft's record, a monitoring without prev is a break too.
    auto draft = events_of(base_draft());
    auto monitored = lifecycle_event(model::EventKind::monitored, "Sari", 9);
    history::seal(monitored, {});
    draft.push_back(monitored);
    REQUIRE(history::check_chain(draft).size() == 1);
    CHECK(history::check_chain(draft)[0].message ==
          "event 7 (monitored) does not name the event before it (no prev)");
  }

  TEST_CASE("two revocations are a conflict that says so, from each side's point of view")
  {
    auto base = recorded(paper(), lifecycle_event(model::EventKind::adopted, "Admin", 0));
    auto ours = recorded(base, lifecycle_event(model::EventKind::revoked, "Amarullah", 6));
    auto theirs = recorded(base, lifecycle_event(model::EventKind::revoked, "Rina", 7));
    auto procedure = seed();
    auto merged = history::merge_drafts(base, ours, theirs, &procedure);
    REQUIRE(merged);
    CHECK(merged->conflicts ==
          std::vector<std::string>{
            "two revocations recorded for the SOP: ours revoked by Amarullah at "
            "2026-11-24T15:00:00+07:00, theirs revoked by Rina at 2026-11-24T16:00:00+07:00; "
            "keep one"});
    CHECK(occurrences(merged->text, "<<<<<<<") == 1);
    // Either side kept gives a record that loads.
    for (bool ours_kept : {true, false}) {
      CHECK(events_of(keep_side(merged->text, ours_kept)).size() == 2);
    }
  }

  TEST_CASE("an event after the other side's revocation is a conflict naming why")
  {
    auto base = recorded(paper(), lifecycle_event(model::EventKind::adopted, "Admin", 0));
    auto ours = recorded(base, lifecycle_event(model::EventKind::revoked, "Amarullah", 6));
    auto theirs = recorded(base, lifecycle_event(model::EventKind::monitored, "Sari", 7));
    auto merged = history::merge_drafts(base, ours, theirs);
    REQUIRE(merged);
    CHECK(merged->conflicts ==
          std::vector<std::string>{
            "the merged events do not make one record of the SOP signed on paper (this "
            "\"monitored\" event comes after the SOP was revoked); merge them by hand"});
    // A monitoring before the revocation is no conflict.
    auto earlier = recorded(base, lifecycle_event(model::EventKind::monitored, "Sari", 5));
    auto clean = merged_both_ways(base, ours, earlier);
    CHECK(events_of(clean).back().kind == model::EventKind::revoked);
  }

  TEST_CASE("a side that removed the record of an SOP signed on paper is a conflict")
  {
    auto base = recorded(paper(), lifecycle_event(model::EventKind::adopted, "Admin", 0));
    auto ours = recorded(base, lifecycle_event(model::EventKind::monitored, "Sari", 7));
    auto theirs = paper();
    auto merged = history::merge_drafts(base, ours, theirs);
    REQUIRE(merged);
    CHECK(merged->conflicts ==
          std::vector<std::string>{
            "theirs removed the SOP's record (of an SOP signed on paper), and with it every "
            "event; events are never removed: keep the record from the side that has it"});
  }

  TEST_CASE("monitorings of a signed draft on both sides merge and replay")
  {
    // A draft signed: steps 6 to 10 completed after the base's five.
    auto signed_draft = appended(base_draft(), completed_6());
    auto sop = seed();
    for (int step = 7; step <= 10; ++step) {
      signed_draft = appended(signed_draft,
                              make_event(model::EventKind::completed,
                                         step,
                                         sop.find_step(step)->performers.front(),
                                         "Petugas",
                                         step));
    }
    auto ours = appended(signed_draft, lifecycle_event(model::EventKind::monitored, "Sari", 12));
    auto theirs = appended(signed_draft, lifecycle_event(model::EventKind::evaluated, "Joko", 11));
    auto merged = merged_both_ways(signed_draft, ours, theirs);
    check_valid(merged);
    auto events = events_of(merged);
    CHECK(events[events.size() - 2].kind == model::EventKind::evaluated);
    CHECK(events.back().kind == model::EventKind::monitored);
  }
}
