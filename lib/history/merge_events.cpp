#include <algorithm>
#include <history/event_hash.hpp>
#include <history/merge_parts.hpp>
#include <i18n/tr.hpp>
#include <map>
#include <set>
#include <tuple>
#include <workflow/replay.hpp>

namespace sopctl::history {

namespace {

std::string key_of(const model::Event& event)
{
  return event.hash.empty() ? event_hash(event) : event.hash;
}

// A void changes the state too: a void on one side and an act on the
// other are two outcomes, kept together only when they replay as one
// history (the other side's act came after the void, say).
// A revocation ends the SOP's life in force: two are two outcomes.
bool changes_state(const model::Event& event)
{
  return event.kind == model::EventKind::completed || event.kind == model::EventKind::rejected ||
         event.kind == model::EventKind::voided || event.kind == model::EventKind::revoked;
}

std::string describe(const model::Event& event)
{
  return trf("{} by {} at {}",
             event.kind == model::EventKind::rejected ? std::string("Tidak (rejected)")
                                                      : std::string(to_string(event.kind)),
             event.by,
             model::format_iso(event.at));
}

const std::vector<model::Event>& events_of(const model::Sop& sop)
{
  static const std::vector<model::Event> none;
  return sop.drafting ? sop.drafting->events : none;
}

// Two sides' additions in one sequence: each side's own order kept, the two
// interleaved by time, ties by hash, so the result is the same whichever
// side merges. An event both sides added appears once.
std::vector<model::Event> interleave(const std::vector<const model::Event*>& ours,
                                     const std::vector<const model::Event*>& theirs)
{
  std::vector<model::Event> out;
  std::set<std::string> emitted;
  size_t i = 0;
  size_t j = 0;
  auto emit = [&](const model::Event* event) {
    if (emitted.insert(key_of(*event)).second) {
      out.push_back(*event);
    }
  };
  while (i < ours.size() || j < theirs.size()) {
    bool take_ours = j == theirs.size();
    if (i < ours.size() && j < theirs.size()) {
      const auto& a = *ours[i];
      const auto& b = *theirs[j];
      take_ours = a.at == b.at ? key_of(a) <= key_of(b) : a.at < b.at;
    }
    emit(take_ours ? ours[i++] : theirs[j++]);
  }
  return out;
}

// The ancestor's kept events and the additions as one list in time order:
// each list keeps its own order, an addition goes before a kept event only
// when it is earlier (a side that merged it earlier placed it there).
std::vector<model::Event> in_time_order(const std::vector<model::Event>& kept,
                                        const std::vector<model::Event>& added)
{
  std::vector<model::Event> out;
  out.reserve(kept.size() + added.size());
  size_t i = 0;
  size_t j = 0;
  while (i < kept.size() || j < added.size()) {
    bool take_added = i == kept.size() || (j < added.size() && added[j].at < kept[i].at);
    out.push_back(take_added ? added[j++] : kept[i++]);
  }
  return out;
}

// Events merged: the ancestor's events both sides still have (one side's
// removal of an event, such as the losing side of a resolved conflict,
// stands), then what either side added. A conflict when both sides recorded
// different outcomes (completed, rejected or started events), or when one
// side added events after an event the other side removed.

} // namespace

void merge_events(Versions& v)
{
  const auto& base = events_of(v.base);
  const auto& ours = events_of(v.ours);
  const auto& theirs = events_of(v.theirs);
  auto keys = [](const std::vector<model::Event>& events) {
    std::set<std::string> found;
    for (const auto& event : events) {
      found.insert(key_of(event));
    }
    return found;
  };
  auto base_keys = keys(base), ours_keys = keys(ours), theirs_keys = keys(theirs);
  std::vector<model::Event> kept;
  std::set<std::string> removed_by_ours, removed_by_theirs;
  for (const auto& event : base) {
    auto key = key_of(event);
    if (!ours_keys.contains(key)) {
      removed_by_ours.insert(key);
    } else if (!theirs_keys.contains(key)) {
      removed_by_theirs.insert(key);
    } else {
      kept.push_back(event);
    }
  }
  // Each side's additions, and those only that side may keep when the sides
  // clash: its outcomes the other side lacks, events after an event the
  // other side removed, and everything chained onto either.
  struct Side
  {
    std::vector<const model::Event*> added;
    std::vector<const model::Event*> exclusive;
    const model::Event* first_outcome = nullptr;
    const model::Event* first_orphan = nullptr;
  };
  auto side_of = [&](const std::vector<model::Event>& events,
                     const std::set<std::string>& other_keys,
                     const std::set<std::string>& removed_by_other) {
    Side side;
    std::set<std::string> exclusive_keys;
    for (const auto& event : events) {
      auto key = key_of(event);
      if (base_keys.contains(key)) {
        continue;
      }
      side.added.push_back(&event);
      bool outcome = (changes_state(event) || event.kind == model::EventKind::started) &&
                     !other_keys.contains(key);
      bool orphan = removed_by_other.contains(event.prev);
      if (outcome || orphan || exclusive_keys.contains(event.prev)) {
        exclusive_keys.insert(key);
        side.exclusive.push_back(&event);
      }
      if (outcome && !side.first_outcome) {
        side.first_outcome = &event;
      }
      if (orphan && !side.first_orphan) {
        side.first_orphan = &event;
      }
    }
    return side;
  };
  auto mine = side_of(ours, theirs_keys, removed_by_theirs);
  auto other = side_of(theirs, ours_keys, removed_by_ours);
  bool outcomes_clash = mine.first_outcome && other.first_outcome;
  const auto* ours_orphan = mine.first_orphan;
  const auto* theirs_orphan = other.first_orphan;

  auto without = [](std::vector<const model::Event*> events,
                    const std::vector<const model::Event*>& dropped) {
    std::erase_if(events, [&](const auto* event) {
      return std::find(dropped.begin(), dropped.end(), event) != dropped.end();
    });
    return events;
  };
  for (auto* sop : {&v.as_ours, &v.as_theirs}) {
    if (!sop->drafting) {
      sop->drafting = v.ours.drafting ? v.ours.drafting : v.theirs.drafting;
    }
  }
  // Both sides recorded outcomes: still no conflict when, in time order,
  // they replay as one history of the procedure (a rebase replaying commits
  // the other side already holds the start of).
  if (outcomes_clash && v.procedure && !ours_orphan && !theirs_orphan) {
    model::Diagnostics ignored("");
    auto merged = in_time_order(kept, interleave(mine.added, other.added));
    outcomes_clash = !workflow::replay(*v.procedure, merged, ignored).has_value();
  }
  bool conflict = outcomes_clash || ours_orphan || theirs_orphan;
  if (v.as_ours.drafting) {
    auto a = conflict ? interleave(mine.added, without(other.added, other.exclusive))
                      : interleave(mine.added, other.added);
    auto b = conflict ? interleave(without(mine.added, mine.exclusive), other.added) : a;
    v.as_ours.drafting->events = in_time_order(kept, a);
    v.as_theirs.drafting->events = in_time_order(kept, b);
  }
  bool revocations = outcomes_clash && mine.first_outcome->kind == model::EventKind::revoked &&
                     other.first_outcome->kind == model::EventKind::revoked;
  if (revocations) {
    v.conflicts.push_back(trf("two revocations recorded for the SOP: ours {}, theirs {}; keep "
                              "one",
                              describe(*mine.first_outcome),
                              describe(*other.first_outcome)));
  } else if (outcomes_clash) {
    v.conflicts.push_back(trf("two outcomes recorded for the draft: ours step {} {}, "
                              "theirs step {} {}",
                              mine.first_outcome->step,
                              describe(*mine.first_outcome),
                              other.first_outcome->step,
                              describe(*other.first_outcome)));
  }
  // An event of the SOP's life is at no step.
  auto orphan_conflict = [&](const model::Event& orphan, bool ours_side) {
    if (model::is_lifecycle(orphan.kind)) {
      return ours_side ? trf("ours recorded {} after an event that theirs removed (a conflict "
                             "resolved there)",
                             describe(orphan))
                       : trf("theirs recorded {} after an event that ours removed (a conflict "
                             "resolved there)",
                             describe(orphan));
    }
    return ours_side ? trf("ours recorded step {} {} after an event that theirs removed "
                           "(a conflict resolved there)",
                           orphan.step,
                           describe(orphan))
                     : trf("theirs recorded step {} {} after an event that ours removed "
                           "(a conflict resolved there)",
                           orphan.step,
                           describe(orphan));
  };
  if (ours_orphan && !outcomes_clash) {
    v.conflicts.push_back(orphan_conflict(*ours_orphan, true));
  }
  if (theirs_orphan && !outcomes_clash) {
    v.conflicts.push_back(orphan_conflict(*theirs_orphan, false));
  }
}

} // namespace sopctl::history
