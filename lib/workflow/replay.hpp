#pragma once

#include <model/diagnostics.hpp>
#include <model/sop.hpp>
#include <optional>
#include <string>
#include <vector>

namespace sopctl::workflow {

// One stretch during which a step was active: from when it became active to
// the event that closed it. A step the draft went back to has one
// activation per round; this is the clock that time standards measure.
struct Activation
{
  int step = 0;
  int round = 1;
  model::Timestamp since;
  std::optional<model::Timestamp> until; // unset while the step is active
  std::string by;                        // who closed it
  std::string role;
  std::string note;
  bool rejected = false; // closed by the Tidak exit of a decision
};

// Whether a draft is still being drafted.
enum class Phase
{
  in_progress,
  done,
};

// What a draft's events say about it, derived by replaying them against the
// governing procedure; never stored.
struct DraftState
{
  Phase phase = Phase::in_progress;
  int active_step = 0; // 0 when done
  int round = 1;       // 1 + the number of times a decision went back
  model::Timestamp started_at;
  model::Timestamp last_event_at;
  std::vector<Activation> activations; // in order; the last is the active one

  // The activation of the active step; null when done.
  const Activation* active() const;
  // The latest activation of `step` that was closed, or null.
  const Activation* last_done(int step) const;
};

// Replays `events` against `procedure`. An event that does not fit (wrong
// step, wrong role, out of time order, after the end...) is reported at its
// position and the replay stops there; nullopt then.
std::optional<DraftState> replay(const model::Sop& procedure,
                                 const std::vector<model::Event>& events,
                                 model::Diagnostics& diagnostics);

// The step that follows `step` when it is completed (its Ya exit for a
// decision); 0 when it is the last.
int next_step(const model::Sop& procedure, const model::Step& step);

// `state.phase` as stored in JSON and shown in tables: in_progress, done.
std::string_view to_string(Phase phase);

} // namespace sopctl::workflow
