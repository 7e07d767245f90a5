#pragma once

#include <model/sop.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::history {

// The outcome of merging two versions of a draft.
struct DraftMerge
{
  std::string text; // the merged file (with markers if not clean)
  // What could not be merged, in words, in the user's language: a message
  // to whoever resolves the conflict (printed by the merge driver, and
  // written under the markers, which resolving removes), not data the draft
  // keeps.
  std::vector<std::string> conflicts;
  bool clean() const { return conflicts.empty(); }
};

// Merges two versions of an SOP file against their common ancestor, as git's
// merge driver:
// - events: the union of both sides' events (the ancestor's first, then what
//   either side added, in time order, each side's own order kept, ties by
//   hash), so the result is the same whichever side merges; an event one
//   side removed (the losing side of a resolved conflict) stays removed;
//   a conflict only when both sides recorded outcomes (completed, rejected,
//   started) that do not replay as one history of `procedure` (any two, when
//   no procedure is given), or when one side added events after one the
//   other side removed;
// - the SOP content key by key (each identity field, each list, performers
//   as a whole, each step by its number): a key changed on one side only
//   takes that side; changed two ways it is a conflict.
// A clean result is checked: it must load, keep every event of both sides,
// be in time order and replay; otherwise it is a conflict.
// Conflicts leave git-style markers around both versions of what differs.
// When one side does not load as an SOP file and the other does, that is a
// conflict keeping both sides whole; an ancestor that does not load counts
// as absent. Returns nullopt only when no version loads (the caller falls
// back to a line merge). `base` may be empty (added on both sides).
std::optional<DraftMerge> merge_drafts(std::string_view base,
                                       std::string_view ours,
                                       std::string_view theirs,
                                       const model::Sop* procedure = nullptr);

} // namespace sopctl::history
