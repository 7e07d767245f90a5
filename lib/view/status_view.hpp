#pragma once

#include <model/sop.hpp>
#include <report/step_clock.hpp>
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
  // One per activation of `state`, in the same order, measured as of now.
  std::vector<report::StepClock> clocks;
  // How late the active step is, in working days and minutes; empty when
  // it is not late.
  std::string late_by;
};

// How tables are printed.
enum class Colour
{
  yes, // highlight overdue rows (a terminal without NO_COLOR)
  no,
};

// One line per draft: id, title, step n/total, activity, performer, since,
// state.
std::string status_table(const model::Sop& procedure,
                         const std::vector<DraftSummary>& drafts,
                         Colour colour);

// The drafts as a JSON array; see README "JSON output".
std::string status_json(const model::Sop& procedure, const std::vector<DraftSummary>& drafts);

// Every step of the procedure with its state for one draft.
std::string draft_table(const model::Sop& procedure, const DraftSummary& draft, Colour colour);

// One draft as a JSON object; see README "JSON output".
std::string draft_json(const model::Sop& procedure, const DraftSummary& draft);

// A draft's events, oldest first.
std::string log_table(const model::Sop& procedure, const std::vector<model::Event>& events);

// A draft's events as a JSON array.
std::string log_json(const std::vector<model::Event>& events);

} // namespace sopctl::view
