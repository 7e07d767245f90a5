#pragma once

#include <store/draft_scan.hpp>
#include <store/procedure.hpp>
#include <string>
#include <vector>
#include <workflow/replay.hpp>

namespace sopctl::ops {

// A draft as listings and reports see it: its digest and replayed state.
struct ListedDraft
{
  std::string id;
  store::DraftDigest digest;
  workflow::DraftState state;
};

// Every draft of a repository, and what was wrong with those that did not
// load (one message each, already naming the file).
struct DraftList
{
  std::vector<ListedDraft> drafts;
  std::vector<std::string> problems;
};

// Reads every draft in `sops/` (SOP files that are not drafts are skipped)
// and replays it against the procedure.
DraftList list_drafts(const store::Repository& repository, const store::Procedure& procedure);

} // namespace sopctl::ops
