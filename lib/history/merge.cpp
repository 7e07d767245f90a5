#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <history/line_conflicts.hpp>
#include <history/merge.hpp>
#include <history/merge_parts.hpp>
#include <i18n/tr.hpp>
#include <map>
#include <set>
#include <tuple>
#include <workflow/paper_record.hpp>
#include <workflow/replay.hpp>
#include <yaml/draft_text.hpp>
#include <yaml/sop_reader.hpp>
#include <yaml/sop_writer.hpp>

namespace sopctl::history {

namespace {

// Blank text: a version of a file that is not there.
bool blank(std::string_view text)
{
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

std::optional<model::Sop> load(std::string_view text)
{
  if (blank(text)) {
    return model::Sop{}; // the file did not exist in the ancestor
  }
  model::Diagnostics diagnostics("");
  return yaml::read_sop(text, diagnostics);
}

std::string content_text(std::string_view text, const model::Sop& sop)
{
  if (!sop.drafting) {
    return std::string(text);
  }
  return yaml::split_draft_text(text, sop).content;
}

std::string record_text(std::string_view text, const model::Sop& sop)
{
  return sop.drafting ? yaml::split_draft_text(text, sop).record : std::string();
}

std::string canonical_content(model::Sop sop)
{
  sop.drafting.reset();
  return yaml::write_content(sop);
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

// Why a merged draft cannot stand: it does not load, lost an event either
// side has, or does not replay against `procedure`; nullopt when it can.
std::optional<std::string> unsound(const std::string& text,
                                   const model::Sop& ours,
                                   const model::Sop& theirs,
                                   const model::Sop* procedure)
{
  model::Diagnostics diagnostics("merged");
  auto merged = yaml::read_sop(text, diagnostics);
  bool draft = ours.is_draft() || theirs.is_draft();
  if (!merged || !merged->drafting) {
    return std::string(draft ? tr("the merged draft would not load; merge it by hand")
                             : tr("the merged SOP file would not load; merge it by hand"));
  }
  std::set<std::string> kept;
  for (const auto& event : merged->drafting->events) {
    kept.insert(event.hash.empty() ? event_hash(event) : event.hash);
  }
  for (const auto* side : {&ours, &theirs}) {
    for (const auto& event : side->drafting->events) {
      if (kept.contains(event.hash.empty() ? event_hash(event) : event.hash)) {
        continue;
      }
      if (model::is_lifecycle(event.kind)) {
        return trf("the merge would lose the {} event at {}; merge it by hand",
                   model::to_string(event.kind),
                   model::format_iso(event.at));
      }
      return trf("the merge would lose the {} event of step {} at {}; merge it by hand",
                 model::to_string(event.kind),
                 event.step,
                 model::format_iso(event.at));
    }
  }
  const auto& events = merged->drafting->events;
  for (size_t i = 1; i < events.size(); ++i) {
    if (events[i].at < events[i - 1].at) {
      return trf("the merged events would be out of time order ({} after {}); merge "
                 "them by hand",
                 model::format_iso(events[i].at),
                 model::format_iso(events[i - 1].at));
    }
  }
  if (!merged->is_draft()) {
    if (!workflow::check_paper_record(merged->drafting->events, diagnostics)) {
      // Said without the position: "merged" is no file the user has.
      return trf("the merged events do not make one record of the SOP signed on paper ({}); "
                 "merge them by hand",
                 diagnostics.list().front().message);
    }
    return std::nullopt;
  }
  if (procedure && !workflow::replay(*procedure, merged->drafting->events, diagnostics)) {
    return std::string(tr("the merged events do not replay as one history; merge them by hand"));
  }
  return std::nullopt;
}

// One direction of merge_drafts.
std::optional<DraftMerge> merge_once(std::string_view base,
                                     std::string_view ours,
                                     std::string_view theirs,
                                     const model::Sop* procedure)
{
  auto b = load(base);
  auto o = load(ours);
  auto t = load(theirs);
  DraftMerge result;
  if (blank(ours) && blank(theirs)) {
    // Emptied on both sides: empty, whichever side merges.
    result.text = ours == theirs ? std::string(ours) : std::string();
    return result;
  }
  if (!o || !t) {
    if (!b && !o && !t) {
      return std::nullopt; // not an SOP file on any side: the caller merges lines
    }
    // One side is an SOP file and the other is not (garbage, a half-written
    // file): taking either side whole could lose the other's events, so it
    // is a conflict that keeps both versions.
    result.conflicts.push_back(
      !o && !t ? tr("neither side loads as an SOP file (run sopctl check on it); both versions "
                    "are kept: resolve by hand")
      : !o     ? tr("ours does not load as an SOP file (run sopctl check on it); both versions "
                    "are kept: resolve by hand")
               : tr("theirs does not load as an SOP file (run sopctl check on it); both versions "
                    "are kept: resolve by hand"));
    result.text = with_conflict_markers(ours, theirs, result.conflicts.back());
    return result;
  }
  if (!b) {
    b = model::Sop{}; // an ancestor that does not load is treated as absent
  }
  // A draft's events are only ever appended: a side that dropped the whole
  // drafting record would take every event with it, so that is never a
  // clean merge, even when the other side left the record as it was.
  if (b->drafting && (!o->drafting || !t->drafting) && !b->is_draft()) {
    // The record of an SOP signed on paper: its monitorings, evaluations,
    // revocation.
    result.conflicts.push_back(
      !o->drafting && !t->drafting
        ? tr("both sides removed the SOP's record (of an SOP signed on paper), and with it every "
             "event; events are never removed: keep the record from the side that has it")
      : !o->drafting
        ? tr("ours removed the SOP's record (of an SOP signed on paper), and with it every "
             "event; events are never removed: keep the record from the side that has it")
        : tr("theirs removed the SOP's record (of an SOP signed on paper), and with it every "
             "event; events are never removed: keep the record from the side that has it"));
    result.text =
      with_conflict_markers(yaml::write_sop(*o), yaml::write_sop(*t), result.conflicts.back());
    return result;
  }
  if (b->drafting && (!o->drafting || !t->drafting)) {
    result.conflicts.push_back(
      !o->drafting && !t->drafting
        ? tr("both sides removed the draft's drafting record, and with it every event; events "
             "are never removed: keep the record from the side that has it")
      : !o->drafting
        ? tr("ours removed the draft's drafting record, and with it every event; events are "
             "never removed: keep the record from the side that has it")
        : tr("theirs removed the draft's drafting record, and with it every event; events are "
             "never removed: keep the record from the side that has it"));
    result.text =
      with_conflict_markers(yaml::write_sop(*o), yaml::write_sop(*t), result.conflicts.back());
    return result;
  }
  model::Sop as_ours = *o;
  model::Sop as_theirs = *o;
  Versions v{*b, *o, *t, as_ours, as_theirs, result.conflicts, procedure};
  merge_content(v);
  merge_field(
    v,
    tr("the drafting procedure"),
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
    record_canonical[i] = sops[i]->drafting ? yaml::write_drafting(*sops[i]->drafting) : "";
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
    result.text += pick_text(
      yaml::write_drafting(*as_ours.drafting), record_canonical[0], record_canonical, record_texts);
    // A clean result must load, keep every event of both sides and replay;
    // one that does not is a conflict, never a silent loss.
    auto problem =
      content_conflicts.empty() ? unsound(result.text, *o, *t, procedure) : std::nullopt;
    if (problem) {
      result.conflicts.push_back(*problem);
      result.text = with_conflict_markers(ours, theirs, *problem);
    }
  } else {
    result.text += with_conflict_markers(yaml::write_drafting(*as_ours.drafting),
                                         yaml::write_drafting(*as_theirs.drafting),
                                         explain(event_conflicts));
  }
  return result;
}

} // namespace

std::optional<DraftMerge> merge_drafts(std::string_view base,
                                       std::string_view ours,
                                       std::string_view theirs,
                                       const model::Sop* procedure)
{
  auto one = merge_once(base, ours, theirs, procedure);
  if (!one || !one->clean()) {
    return one;
  }
  // Two clean results may still differ in bytes where the sides wrote the
  // same thing two ways (an event with and without its hash line, kept
  // from the side that merges). The one keeping more hashes is taken (a
  // hash is never dropped), then the smaller text, so the result is the
  // same whichever side merges.
  auto other = merge_once(base, theirs, ours, procedure);
  if (!other || !other->clean() || other->text == one->text) {
    return one;
  }
  auto hashes = [](const std::string& text) {
    model::Diagnostics ignored("");
    size_t count = 0;
    if (auto sop = yaml::read_sop(text, ignored); sop && sop->drafting) {
      for (const auto& event : sop->drafting->events) {
        count += event.hash.empty() ? 0 : 1;
      }
    }
    return count;
  };
  auto mine = hashes(one->text);
  auto theirs_count = hashes(other->text);
  if (theirs_count > mine || (theirs_count == mine && other->text < one->text)) {
    return other;
  }
  return one;
}

} // namespace sopctl::history
