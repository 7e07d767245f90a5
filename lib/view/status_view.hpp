#pragma once

#include <model/sop.hpp>
#include <string>
#include <vector>
#include <workflow/replay.hpp>

namespace sopctl::view {

// One draft as `sopctl status` shows it.
struct DraftSummary
{
  std::string id;
  std::string title;
  workflow::DraftState state;
};

// One line per draft: id, title, step n/total, activity, performer, since,
// state.
std::string status_table(const model::Sop& procedure,
                         const std::vector<DraftSummary>& drafts);

// The drafts as a JSON array; see README "JSON output".
std::string status_json(const model::Sop& procedure,
                        const std::vector<DraftSummary>& drafts);

// Every step of the procedure with its state for one draft.
std::string draft_table(const model::Sop& procedure, const DraftSummary& draft);

// One draft as a JSON object; see README "JSON output".
std::string draft_json(const model::Sop& procedure, const DraftSummary& draft);

// A draft's events, oldest first.
std::string log_table(const model::Sop& procedure,
                      const std::vector<model::Event>& events);

// A draft's events as a JSON array.
std::string log_json(const std::vector<model::Event>& events);

} // namespace sopctl::view
