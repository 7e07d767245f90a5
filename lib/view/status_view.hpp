#pragma once

#include <model/sop.hpp>
#include <report/step_clock.hpp>
#include <string>
#include <vector>
#include <view/format.hpp>
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

// One line per draft: id, title, step n/total, activity, performer, since,
// due, late by, round, state; in the user's language.
std::string status_table(const model::Sop& procedure,
                         const std::vector<DraftSummary>& drafts,
                         const TableStyle& style);

// Every step of the procedure with its state for one draft.
std::string draft_table(const model::Sop& procedure,
                        const DraftSummary& draft,
                        const TableStyle& style);

// The active step's clock of a draft in progress; nullptr when it is done.
const report::StepClock* active_clock(const DraftSummary& draft);

// When the draft's current state began: the active step's start, or the
// moment the draft finished.
model::Timestamp since(const workflow::DraftState& state);

// A step's state for one draft, as JSON and CSV name it: `active`,
// `skipped`, `pending`, `sent_back` or `done`.
std::string_view step_state(const workflow::DraftState& state, int step);

// The working time all rounds of a step took (so far, for the active one).
struct StepTotals
{
  int rounds = 0;
  int missed = 0; // done rounds that missed their due time
  std::int64_t seconds = 0;
};

// The totals of `step` over a draft's activations.
StepTotals step_totals(const DraftSummary& draft, int step);

} // namespace sopctl::view
