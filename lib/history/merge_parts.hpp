#pragma once

#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/sop.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::history {

// The parts of merge_drafts (merge.hpp): the content merged key by key
// (merge_content.cpp) and the events (merge_events.cpp). Internal to
// lib/history.

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
    v.conflicts.push_back(trf("{} was changed two ways", name));
  }
}

template<typename Get>
void merge_field(Versions& v, std::string_view name, Get get)
{
  merge_field(v, name, get, [](const auto& a, const auto& b) { return a == b; });
}

// Merges the SOP content key by key into `v`'s two resolutions.
void merge_content(Versions& v);

// Merges the drafting record's events into `v`'s two resolutions.
void merge_events(Versions& v);

} // namespace sopctl::history
