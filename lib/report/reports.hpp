#pragma once

#include <map>
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

// The active step of `draft` measured as of `now`, with its lateness; nullopt
// when the draft is done or the step is not `role`'s (when given).
std::optional<ActiveStep> measure_active(const model::Sop& procedure,
                                         const ClockRules& rules,
                                         const DraftInput& draft,
                                         model::Timestamp now,
                                         const std::optional<std::string>& role);

// Whether a measured step belongs in the `due` report: not yet overdue, but
// due by `horizon` or at risk.
bool is_due_soon(const StepClock& clock, model::Timestamp horizon);

// Sorts overdue rows the latest first (then by draft id).
void order_overdue(std::vector<ActiveStep>& rows);

// Sorts due rows the soonest first (then by draft id).
void order_due(std::vector<ActiveStep>& rows);

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

// Adds up the done activations of drafts one at a time, so a report over
// thousands of drafts need not keep them all.
class PerformanceTally
{
public:
  explicit PerformanceTally(const ClockRules& rules)
    : rules_(rules)
  {}

  void add(const workflow::DraftState& state);
  PerformanceReport finish(const model::Sop& procedure);

private:
  struct Tally
  {
    std::vector<std::int64_t> durations;
    int with_standard = 0;
    int met = 0;
  };

  static Performance summarize(Tally& tally, std::string label, const model::Step* step);

  const ClockRules& rules_;
  std::map<int, Tally> by_step_;
  std::map<std::string, Tally> by_role_;
};

// The rows of `report` about `role` only (its steps and its own line); all
// of them without a role.
PerformanceReport only_role(PerformanceReport report, const std::optional<std::string>& role);

PerformanceReport performance(const model::Sop& procedure,
                              const ClockRules& rules,
                              const std::vector<DraftInput>& drafts);

// The nearest-rank `percent` percentile of `values` (sorted in place); 0
// for none.
std::int64_t percentile(std::vector<std::int64_t>& values, int percent);

} // namespace sopctl::report
