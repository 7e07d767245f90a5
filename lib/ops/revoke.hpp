#pragma once

#include <model/timestamp.hpp>
#include <ops/clock.hpp>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// What `sopctl revoke` was asked to record.
struct RevokeRequest
{
  std::string reason; // why: the event's note
  std::string ref;    // the decree: "Keputusan Kepala Dinas Nomor ..."
  std::string by;
  model::Timestamp at;
  bool at_given = true; // false: `at` is read from `clock` under the lock
  Clock clock;
  // With a roster: git's user.email; the person must hold the signing role.
  std::string identity;
};

// `sopctl revoke`: appends a `revoked` event (the reason, the decree, the
// signing role) to the record of the SOP in force `query` names. An SOP
// signed on paper with no record gets one, appended after its content,
// which stays byte for byte. Refuses an SOP not in force.
void revoke_sop(const store::Repository& repository,
                const std::string& query,
                const RevokeRequest& request,
                std::ostream& out);

} // namespace sopctl::ops
