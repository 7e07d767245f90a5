#pragma once

// Who acts and when, by default, for every command that records an event
// and for `sopctl serve` on loopback: the same rules whether the person
// types a command or presses a button (README "Roster").

#include <model/timestamp.hpp>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// `--by` as given, else `git config user.name` in the repository, else $USER.
std::string acting_person(const std::string& by, const store::Repository& repository);

// Who acts, for a repository with a roster: git's user.email in the
// repository. Outside a git work tree with no git identity at all, "" (then
// `--by` names the person). Throws model::UsageError when there is none to
// be had: in a work tree without user.email, or outside one without --by.
std::string git_identity(const std::string& by, const store::Repository& repository);

// The current time in the repository's timezone; $SOPCTL_NOW instead when
// it is set (a test and replay hook). Throws model::UsageError when
// SOPCTL_NOW is not a time.
model::Timestamp now(const store::Repository& repository);

// Who acts, as an event request takes it.
struct Actor
{
  std::string by;       // the name recorded (without a roster), or --by as given
  std::string identity; // with a roster: git's user.email, to authorize
};

// Who acts when `by` (--by, may be empty) is all that was said: without a
// roster, `by` or the defaults of acting_person; with one, `by` as given and
// the git identity (`by` may only name that person: workflow::acting_identity).
Actor acting(const std::string& by, const store::Repository& repository);

} // namespace sopctl::ops
