#include <algorithm>
#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <history/line_conflicts.hpp>
#include <history/merge.hpp>
#include <map>
#include <set>
#include <store/draft_file.hpp>
#include <store/sop_reader.hpp>
#include <store/sop_writer.hpp>
#include <tuple>
#include <workflow/replay.hpp>

namespace sopctl::history {

namespace {

// The three versions being merged, and the two resolutions built from them:
// identical where the merge is clean, each side's value where it is not.
struct Versions
{
  const model::Sop& base;
  const model::Sop& ours;
  const model::Sop& theirs;
  model::Sop& as_ours;
  model::Sop& as_theirs;
  std::vector<std::string>& conflicts;
  const model::Sop* procedure; // to tell outcomes that fit together; may be null
};

// Three-way merge of one field, compared by `same`.
template<typename Get, typename Same>
void merge_field(Versions& v, std::string_view name, Get get, Same same)
{
  const auto& b = get(v.base);
  const auto& o = get(v.ours);
  const auto& t = get(v.theirs);
  if (same(o, t) || same(t, b)) {
    get(v.as_ours) = o;
    get(v.as_theirs) = o;
  } else if (same(o, b)) {
    get(v.as_ours) = t;
    get(v.as_theirs) = t;
  } else {
    get(v.as_ours) = o;
    get(v.as_theirs) = t;
    v.conflicts.push_back(fmt::format("{} was changed two ways", name));
  }
}

template<typename Get>
void merge_field(Versions& v, std::string_view name, Get get)
{
  merge_field(v, name, get, [](const auto& a, const auto& b) { return a == b; });
}

bool same_performers(const std::vector<model::Performer>& a, const std::vector<model::Performer>& b)
{
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto& x, const auto& y) {
    return x.key == y.key && x.name == y.name;
  });
}

// Steps compare by everything they say (not where they were written).
std::string step_text(const model::Step* step)
{
  if (!step) {
    return "(none)";
  }
  model::Sop holder;
  holder.steps.push_back(*step);
  return store::write_content(holder);
}

void merge_steps(Versions& v)
{
  std::set<int> numbers;
  for (const auto* sop : {&v.base, &v.ours, &v.theirs}) {
    for (const auto& step : sop->steps) {
      numbers.insert(step.number);
    }
  }
  v.as_ours.steps.clear();
  v.as_theirs.steps.clear();
  for (int number : numbers) {
    const auto* b = v.base.find_step(number);
    const auto* o = v.ours.find_step(number);
    const auto* t = v.theirs.find_step(number);
    auto bt = step_text(b), ot = step_text(o), tt = step_text(t);
    const model::Step* for_ours = o;
    const model::Step* for_theirs = o;
    if (ot == tt || tt == bt) {
    } else if (ot == bt) {
      for_ours = for_theirs = t;
    } else {
      for_theirs = t;
      v.conflicts.push_back(fmt::format("step {} was changed two ways", number));
    }
    if (for_ours) {
      v.as_ours.steps.push_back(*for_ours);
    }
    if (for_theirs) {
      v.as_theirs.steps.push_back(*for_theirs);
    }
  }
}

void merge_content(Versions& v)
{
  using model::Sop;
  merge_field(
    v, "number", [](auto& s) -> auto& { return s.number; });
  merge_field(
    v, "name", [](auto& s) -> auto& { return s.name; });
  merge_field(
    v, "section", [](auto& s) -> auto& { return s.section; });
  merge_field(
    v, "office.government", [](auto& s) -> auto& { return s.office.government; });
  merge_field(
    v, "office.name", [](auto& s) -> auto& { return s.office.name; });
  merge_field(
    v, "office.address", [](auto& s) -> auto& { return s.office.address; });
  merge_field(
    v, "office.phone", [](auto& s) -> auto& { return s.office.phone; });
  merge_field(
    v, "office.fax", [](auto& s) -> auto& { return s.office.fax; });
  merge_field(
    v, "office.city", [](auto& s) -> auto& { return s.office.city; });
  merge_field(
    v, "dates.created", [](auto& s) -> auto& { return s.dates.created; });
  merge_field(
    v, "dates.revised", [](auto& s) -> auto& { return s.dates.revised; });
  merge_field(
    v, "dates.approved", [](auto& s) -> auto& { return s.dates.approved; });
  merge_field(
    v, "approver.position", [](auto& s) -> auto& { return s.approver.position; });
  merge_field(
    v, "approver.name", [](auto& s) -> auto& { return s.approver.name; });
  merge_field(
    v, "approver.rank", [](auto& s) -> auto& { return s.approver.rank; });
  merge_field(
    v, "approver.nip", [](auto& s) -> auto& { return s.approver.nip; });
  merge_field(
    v, "legal_basis", [](auto& s) -> auto& { return s.legal_basis; });
  merge_field(
    v, "qualifications", [](auto& s) -> auto& { return s.qualifications; });
  merge_field(
    v, "related", [](auto& s) -> auto& { return s.related; });
  merge_field(
    v, "equipment", [](auto& s) -> auto& { return s.equipment; });
  merge_field(
    v, "warning", [](auto& s) -> auto& { return s.warning; });
  merge_field(
    v, "records", [](auto& s) -> auto& { return s.records; });
  merge_field(
    v, "performers", [](auto& s) -> auto& { return s.performers; }, same_performers);
  merge_field(
    v, "data", [](auto& s) -> auto& { return s.data; });
  merge_steps(v);
}

std::string key_of(const model::Event& event)
{
  return event.hash.empty() ? event_hash(event) : event.hash;
}

bool changes_state(const model::Event& event)
{
  return event.kind == model::EventKind::completed || event.kind == model::EventKind::rejected;
}

std::string describe(const model::Event& event)
{
  return fmt::format("{} by {} at {}",
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
  if (outcomes_clash) {
    v.conflicts.push_back(fmt::format("two outcomes recorded for the draft: ours step {} {}, "
                                      "theirs step {} {}",
                                      mine.first_outcome->step,
                                      describe(*mine.first_outcome),
                                      other.first_outcome->step,
                                      describe(*other.first_outcome)));
  }
  for (auto [orphan, side, other] :
       {std::tuple{ours_orphan, "ours", "theirs"}, std::tuple{theirs_orphan, "theirs", "ours"}}) {
    if (orphan && !outcomes_clash) {
      v.conflicts.push_back(fmt::format("{} recorded step {} {} after an event that {} removed "
                                        "(a conflict resolved there)",
                                        side,
                                        orphan->step,
                                        describe(*orphan),
                                        other));
    }
  }
}

std::optional<model::Sop> load(std::string_view text)
{
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return model::Sop{}; // the file did not exist in the ancestor
  }
  model::Diagnostics diagnostics("");
  return store::read_sop(text, diagnostics);
}

std::string content_text(std::string_view text, const model::Sop& sop)
{
  if (!sop.drafting) {
    return std::string(text);
  }
  return store::split_draft_text(text, sop).content;
}

std::string record_text(std::string_view text, const model::Sop& sop)
{
  return sop.drafting ? store::split_draft_text(text, sop).record : std::string();
}

std::string canonical_content(model::Sop sop)
{
  sop.drafting.reset();
  return store::write_content(sop);
}

// The text of a merged half (content or record): kept as one side wrote it
// when that side's version is the result and the other side left the half
// as the ancestor had it; else written in the canonical layout. Symmetric,
// so both directions of a merge give the same bytes.
std::string pick_text(const std::string& merged_canonical,
                      const std::string& base_canonical,
                      const std::array<std::string, 3>& canonical, // base, ours, theirs
                      const std::array<std::string, 3>& text)
{
  if (canonical[1] == merged_canonical && canonical[2] == merged_canonical && text[1] == text[2]) {
    return text[1];
  }
  if (canonical[1] == merged_canonical && text[2] == text[0] && canonical[2] == base_canonical) {
    return text[1];
  }
  if (canonical[2] == merged_canonical && text[1] == text[0] && canonical[1] == base_canonical) {
    return text[2];
  }
  return merged_canonical;
}

} // namespace

std::optional<DraftMerge> merge_drafts(std::string_view base,
                                       std::string_view ours,
                                       std::string_view theirs,
                                       const model::Sop* procedure)
{
  auto b = load(base);
  auto o = load(ours);
  auto t = load(theirs);
  if (!b || !o || !t) {
    return std::nullopt;
  }
  model::Sop as_ours = *o;
  model::Sop as_theirs = *o;
  DraftMerge result;
  Versions v{*b, *o, *t, as_ours, as_theirs, result.conflicts, procedure};
  merge_content(v);
  merge_field(
    v,
    "the drafting procedure",
    [](auto& s) -> auto& { return s.drafting; },
    [](const auto& x, const auto& y) {
      return x.has_value() == y.has_value() && (!x || x->procedure == y->procedure);
    });
  auto content_conflicts = result.conflicts;
  merge_events(v);
  std::vector<std::string> event_conflicts(result.conflicts.begin() + content_conflicts.size(),
                                           result.conflicts.end());

  std::array<const model::Sop*, 3> sops = {&*b, &*o, &*t};
  std::array<std::string_view, 3> texts = {base, ours, theirs};
  std::array<std::string, 3> content_canonical, content_texts, record_canonical, record_texts;
  for (size_t i = 0; i < 3; ++i) {
    content_canonical[i] = canonical_content(*sops[i]);
    content_texts[i] = content_text(texts[i], *sops[i]);
    record_canonical[i] = sops[i]->drafting ? store::write_drafting(*sops[i]->drafting) : "";
    record_texts[i] = record_text(texts[i], *sops[i]);
  }
  // Each half is merged on its own: a conflict among the events leaves the
  // content as written, and the other way round.
  auto explain = [](const std::vector<std::string>& conflicts) {
    std::string text;
    for (const auto& conflict : conflicts) {
      text += (text.empty() ? "" : "; ") + conflict;
    }
    return text;
  };
  if (content_conflicts.empty()) {
    result.text =
      pick_text(canonical_content(as_ours), content_canonical[0], content_canonical, content_texts);
  } else {
    result.text = with_conflict_markers(
      canonical_content(as_ours), canonical_content(as_theirs), explain(content_conflicts));
  }
  if (!as_ours.drafting) {
    return result;
  }
  if (event_conflicts.empty()) {
    result.text += pick_text(store::write_drafting(*as_ours.drafting),
                             record_canonical[0],
                             record_canonical,
                             record_texts);
  } else {
    result.text += with_conflict_markers(store::write_drafting(*as_ours.drafting),
                                         store::write_drafting(*as_theirs.drafting),
                                         explain(event_conflicts));
  }
  return result;
}

} // namespace sopctl::history
