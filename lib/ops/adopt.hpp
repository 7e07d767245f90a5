#pragma once

#include <filesystem>
#include <model/timestamp.hpp>
#include <ops/clock.hpp>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// What `sopctl adopt` was asked for.
struct AdoptRequest
{
  std::filesystem::path file; // the SOP's file, relative to where sopctl runs
  std::string id;             // empty: the file's name, else from the SOP's name
  std::string note;           // optional: said on the adopted event
  std::string by;             // --by; with a roster, it must name the git identity's person
  model::Timestamp at;
  bool at_given = true; // false: `at` is read from `clock`
  Clock clock;          // now: the event's `recorded`, and the limit of --at
  // With a roster: git's user.email (empty without one); the event records
  // the roster name of the person it names.
  std::string identity;
};

// `sopctl adopt`: brings an SOP signed on paper (dates.approved set, no
// record, checking clean) into sops/<id>.yaml, its text kept byte for byte
// and followed by a record holding one sealed `adopted` event; one commit.
// A file already in sops/ without a record gets its record in place.
// Prints and returns the id.
std::string adopt_sop(const store::Repository& repository,
                      const AdoptRequest& request,
                      std::ostream& out);

} // namespace sopctl::ops
