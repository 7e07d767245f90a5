#pragma once

#include <model/sop.hpp>
#include <optional>
#include <report/step_clock.hpp>
#include <string>
#include <vector>
#include <workflow/replay.hpp>

namespace sopctl::report {

// A draft as reports see it.
struct DraftInput
{
  std::string id;
  std::string title;
  const workflow::DraftState* state = nullptr;
};

// One active step of one draft, measured.
struct ActiveStep
{
  std::string draft;
  std::string title;
  const model::Step* step = nullptr;
  StepClock clock;
  int late_days = 0;             // late by, in whole working days ...
  std::int64_t late_rest = 0;    // ... and working minutes
  std::int64_t late_minutes = 0; // in working minutes all told
};

// Every active step that is overdue as of `now` (only those performed by
// `role` when given), the latest first.
std::vector<ActiveStep> overdue_steps(const model::Sop& procedure,
                                      const ClockRules& rules,
                                      const std::vector<DraftInput>& drafts,
                                      model::Timestamp now,
                                      const std::optional<std::string>& role);

// Every active step not yet overdue but due by `horizon` or at risk, the
// soonest due first.
std::vector<ActiveStep> due_steps(const model::Sop& procedure,
                                  const ClockRules& rules,
                                  const std::vector<DraftInput>& drafts,
                                  model::Timestamp now,
                                  model::Timestamp horizon,
                                  const std::optional<std::string>& role);

// How one step (or one role) has performed over all drafts: its done
// activations' actual working durations against its standard.
struct Performance
{
  std::string label;                 // step number or role key
  const model::Step* step = nullptr; // null for a role
  int completions = 0;
  std::int64_t median_seconds = 0; // nearest-rank median
  std::int64_t p90_seconds = 0;    // nearest-rank 90th percentile
  int with_standard = 0;           // completions that had a standard
  int met = 0;                     // ... and finished by their due time
};

// Per step of the procedure, then per performer role.
struct PerformanceReport
{
  std::vector<Performance> steps;
  std::vector<Performance> roles;
};

PerformanceReport performance(const model::Sop& procedure,
                              const ClockRules& rules,
                              const std::vector<DraftInput>& drafts);

// The nearest-rank `percent` percentile of `values` (sorted in place); 0
// for none.
std::int64_t percentile(std::vector<std::int64_t>& values, int percent);

} // namespace sopctl::report
