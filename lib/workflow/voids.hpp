#pragma once

#include <model/sop.hpp>
#include <optional>
#include <set>
#include <vector>

namespace sopctl::workflow {

// How a mistaken event is corrected (README "Correcting a mistake"): a
// `voided` event is appended that cancels an earlier act (a completed,
// rejected or noted event), named by its hash in `voids`. Nothing is
// deleted; replay leaves the cancelled act out, so the step it closed is
// active again with the clock it had. Voids go back one act at a time: a
// void cancels the last act not yet cancelled; a second void the act
// before that. A void is never voided (redo the act instead), and the
// start of a draft is never voided.

// Whether `event` is an act a void may cancel: completed, rejected, noted.
bool is_act(const model::Event& event);

// The positions in `events` of the acts cancelled by a `voided` event (the
// earlier event whose hash its `voids` names). Replay checks that each void
// is well formed; this only reads them, for values an act recorded (a
// cancelled `--set` or number is no value).
std::set<size_t> cancelled_events(const std::vector<model::Event>& events);

// The position of the act a new void would cancel: the last act not
// cancelled. nullopt when there is none (only the start, or every act
// voided).
std::optional<size_t> void_target(const std::vector<model::Event>& events);

} // namespace sopctl::workflow
