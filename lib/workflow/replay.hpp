#pragma once

#include <map>
#include <model/diagnostics.hpp>
#include <model/sop.hpp>
#include <optional>
#include <set>
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
  // When the draft started (its `started` event): hari H, from which a
  // time standard like `H+1 s.d H+2` counts.
  model::Timestamp started;
  std::string by; // who closed it
  std::string role;
  std::string note;
  // At a decision, the exit taken; unset elsewhere and while active.
  std::optional<model::Exit> exit;
  bool rejected = false; // closed by a decision exit back (a new round)
  model::Position where; // of the event that closed it, for messages about it
  // The values the closing event recorded (`set`): the signer's block, for
  // one (see workflow/signing.hpp).
  std::map<std::string, std::string> set;
};

// How a finished draft ended, when a decision exit ended it (`end`) rather
// than its last step: papers returned to the applicant, say.
struct Ending
{
  int step = 0;
  model::Exit exit = model::Exit::tidak;
  std::string label; // the exit's word: Tidak lengkap
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
  // Steps a decision branched past in the current round (and, once done,
  // every step never reached): shown as skipped, never as pending.
  std::set<int> skipped;
  std::optional<Ending> ended_at_decision; // set when done through an `end` exit
  // The step whose completion finished the draft: the last step, a decision
  // whose exit is `end`, or a step whose `next` is `end`; 0 while in progress.
  int finished_at = 0;
  // The positions (in the draft's events) of the acts a `voided` event
  // cancelled: left out of this state, shown marked in the log.
  std::set<size_t> cancelled;
  // Whether a `revoked` event ended the SOP's life in force (only notes may
  // follow it); lifecycle events change nothing else of a draft's state.
  bool revoked = false;

  // The activation of the active step; null when done.
  const Activation* active() const;
  // The latest activation of `step` that was closed, or null.
  const Activation* last_done(int step) const;
};

// Replays `events` against `procedure`. An event that does not fit (wrong
// step, wrong role, out of time order, after the end, a void that does not
// cancel the last act...) is reported at its position and the replay stops
// there; nullopt then. A `voided` event puts the state back as it was
// before the act it cancels (see workflow/voids.hpp).
std::optional<DraftState> replay(const model::Sop& procedure,
                                 const std::vector<model::Event>& events,
                                 model::Diagnostics& diagnostics);

// `state` with every time in it expressed at `offset_minutes` (the
// repository's zone): the same instants, so that everything that prints
// them as local times (status, log, reports, rendered dates) prints the
// office's clock, whatever offset each event was written in.
void express_in_zone(DraftState& state, int offset_minutes);

// `events` (copies) with `at` and `recorded` expressed at `offset_minutes`,
// for showing them; an unset `recorded` stays unset. Never written back:
// a stored event keeps the offset it was written with (its hash covers it).
std::vector<model::Event> events_in_zone(std::vector<model::Event> events, int offset_minutes);

// The step that follows `step` when it is completed (its Ya exit for a
// decision, its `next` or the following step otherwise; see
// model::Sop::after); 0 when it is the last or it leads to `end`.
int next_step(const model::Sop& procedure, const model::Step& step);

// Where `exit` of decision `step` leads: a step number, or 0 for the end.
int exit_target(const model::Step& step, model::Exit exit);

// Whether leaving `step` for `target` goes back (the same or an earlier
// step): that starts a new round. The end (0) and later steps do not.
bool goes_back(const model::Step& step, int target);

// The exit an event records at a decision: `rejected` and `exit: tidak` are
// the Tidak exit, any other completion the Ya exit.
model::Exit exit_of(const model::Event& event);

// `state.phase` as stored in JSON and shown in tables: in_progress, done.
std::string_view to_string(Phase phase);

} // namespace sopctl::workflow
