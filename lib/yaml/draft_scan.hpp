#pragma once

#include <model/sop.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::yaml {

// What listings and reports need of a draft: its title and drafting record.
struct DraftDigest
{
  std::string title;
  std::string procedure;
  std::vector<model::Event> events;
};

// Reads a draft's digest quickly when the file keeps to the simple YAML that
// sopctl writes: one `key: value` per line, plain or double-quoted one-line
// values, literal blocks, block lists. Returns nullopt for anything else (a
// flow list, a single-quoted or multi-line quoted string, an anchor, a
// duplicate key, a tab...), so the caller falls back to the full loader,
// which also reports the errors. Reading the whole file with yaml-cpp cost
// about 75 us per 1 KB; this scan is what keeps `report overdue` over
// thousands of drafts fast.
std::optional<DraftDigest> scan_draft(std::string_view text);

} // namespace sopctl::yaml
