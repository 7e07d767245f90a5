#pragma once

#include <model/timestamp.hpp>
#include <ops/clock.hpp>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// What `sopctl start` was asked for.
struct StartRequest
{
  std::string title;
  std::string id; // empty: derived from the title
  std::string by; // --by; with a roster, it must name the git identity's person
  model::Timestamp at;
  bool at_given = true; // false: `at` is read from `clock`
  Clock clock;          // now: the event's `recorded`, and the limit of --at
  // With a roster: git's user.email (empty without one); the event records
  // the roster name of the person it names.
  std::string identity;
};

// `sopctl start`: creates the draft file; prints and returns its id.
std::string start_draft(const store::Repository& repository,
                        const StartRequest& request,
                        std::ostream& out);

} // namespace sopctl::ops
