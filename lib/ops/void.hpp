#pragma once

#include <model/timestamp.hpp>
#include <ops/clock.hpp>
#include <optional>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// What `sopctl void` was asked to record.
struct VoidRequest
{
  std::string reason; // required: why the act is cancelled
  std::string role;   // optional: must be the cancelled act's role
  std::string by;
  model::Timestamp at;
  bool at_given = true; // false: `clock` gives the time, read under the lock
  Clock clock;
  // With a roster: who is voiding (--by, or git's user.email); they must
  // hold the cancelled act's role (any roster person for a role outside
  // the office, or a note made without a role).
  std::string identity;
};

// `sopctl void`: appends a `voided` event cancelling the draft's last act
// not yet cancelled (see workflow/voids.hpp). Refuses (model::Error) a
// draft with no act left to cancel, and an act written before sopctl kept
// the hash chain (the void could not name it).
void void_last_act(const store::Repository& repository,
                   const std::optional<std::string>& draft,
                   const VoidRequest& request,
                   std::ostream& out);

} // namespace sopctl::ops
