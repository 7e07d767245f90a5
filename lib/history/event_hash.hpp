#pragma once

#include <model/sop.hpp>
#include <string>
#include <vector>

namespace sopctl::history {

// Each event carries `hash`: the first 16 hex digits of the SHA-256 of its
// fields and of `prev`, the hash of the event it was appended after. So an
// event edited by hand no longer matches its hash, and an event removed or
// moved leaves a later event pointing at a hash that is missing or later in
// the list. Events merged from two clones may share a `prev`: the chain is a
// tree whose order the list follows.

// The hash an event should carry, from its fields and its `prev`.
std::string event_hash(const model::Event& event);

// The hash of the last event of `events` as a successor's `prev`: its
// recorded hash, or for an event written before the chain, its computed one.
std::string chain_head(const std::vector<model::Event>& events);

// Sets `event.prev` to follow `events` and `event.hash` accordingly.
void seal(model::Event& event, const std::vector<model::Event>& events);

// A break in a draft's hash chain.
struct ChainProblem
{
  size_t index = 0; // of the first event that shows it
  std::string message;
};

// Checks every event's hash and that its `prev` names an earlier event (the
// first event has none; nor has a monitored, evaluated or revoked event that
// began the record of an SOP signed on paper in another clone, merged in).
// Events without a hash at all are reported too.
std::vector<ChainProblem> check_chain(const std::vector<model::Event>& events);

} // namespace sopctl::history
