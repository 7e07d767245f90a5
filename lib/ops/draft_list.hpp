#pragma once

#include <functional>
#include <store/procedure.hpp>
#include <string>
#include <vector>
#include <workflow/replay.hpp>
#include <model/draft_digest.hpp>

namespace sopctl::ops {

// A draft as listings and reports see it: its digest and replayed state.
struct ListedDraft
{
  std::string id;
  model::DraftDigest digest;
  workflow::DraftState state;
};

// Every draft of a repository, and what was wrong with those that did not
// load (one message each, already naming the file).
struct DraftList
{
  std::vector<ListedDraft> drafts;
  std::vector<std::string> problems;
};

// Called with each draft in turn, so a report keeps only what it needs.
using DraftVisitor = std::function<void(ListedDraft&&)>;

// Reads every draft in `sops/` (SOP files that are not drafts are skipped),
// replays it against the procedure and hands it to `visit`; returns the
// problems of the drafts that did not load. Drafts unchanged since the last
// listing come from the digest cache without being read.
std::vector<std::string> for_each_draft(const store::Repository& repository,
                                        const store::Procedure& procedure,
                                        const DraftVisitor& visit);

// for_each_draft, keeping every draft.
DraftList list_drafts(const store::Repository& repository, const store::Procedure& procedure);

} // namespace sopctl::ops
