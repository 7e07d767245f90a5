#pragma once

#include <model/timestamp.hpp>
#include <ops/clock.hpp>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// What `sopctl revise` was asked for.
struct ReviseRequest
{
  std::string reason; // why it is revised: the note of the revision's start; may be empty
  std::string id;     // the revision's id; empty: derived (revision_id)
  std::string by;
  model::Timestamp at;
  bool at_given = true; // false: `at` is read from `clock`
  Clock clock;
  // With a roster: git's user.email; anyone on the roster may revise, as
  // anyone may start a draft.
  std::string identity;
};

// The id of revision `version` of the SOP `id`: the id without a version
// suffix it may already have, then `-v<version>` ("akta" -> "akta-v2",
// "akta-v2" -> "akta-v3"), cut to fit the 60 characters of an id.
std::string revision_id(const std::string& id, int version);

// `sopctl revise`: starts a new draft copying the content of the SOP in
// force `query` names, as version N+1 with its approval, revision and
// effective dates emptied, and a start that records `revises` and the
// reason. Refuses an SOP not in force (a draft, superseded, revoked) and
// one with a revision already open, naming it. Prints and returns the id.
std::string revise_sop(const store::Repository& repository,
                       const std::string& query,
                       const ReviseRequest& request,
                       std::ostream& out);

} // namespace sopctl::ops
