#pragma once

#include <map>
#include <model/timestamp.hpp>
#include <ops/actor.hpp>
#include <ops/assignments.hpp>
#include <ops/format.hpp>
#include <store/repository.hpp>
#include <string>
#include <vector>

namespace sopctl::cmd {

// The repository the command acts on (see store::open_repository).
store::Repository open_repository(const struct Context& context);

// How long to wait for another sopctl's lock: $SOPCTL_LOCK_TIMEOUT seconds,
// else 30; says on `notices` that it waits. Throws model::UsageError for a
// value that is not a number of seconds.
store::LockWait lock_wait(std::ostream& notices);

// Where caches go: $XDG_CACHE_HOME, else ~/.cache; none without either.
std::optional<std::filesystem::path> cache_directory();

// The path of the running sopctl binary (for git's merge driver).
std::filesystem::path own_executable();

// Who acts by default and the time now: defined in lib/ops/actor.hpp,
// shared with `sopctl serve`.
using ops::now;

// `--at` as given (local to the repository's timezone unless it carries an
// offset), else now(); throws model::UsageError for a malformed time.
model::Timestamp moment(const std::string& at, const store::Repository& repository);

// Who acts and when, for a command that records an event (start, advance,
// note): `--at` (and whether it was given); with a roster, the git identity
// (`--by` may only name that person), without one `--by` or the defaults of
// acting_person. `Request` has members at, at_given, by and identity.
template<typename Request>
void set_actor(Request& request,
               const std::string& by,
               const std::string& at,
               const store::Repository& repository)
{
  request.at = moment(at, repository);
  request.at_given = !at.empty();
  auto actor = ops::acting(by, repository);
  request.by = actor.by;
  request.identity = actor.identity;
}

// `--set KEY=VALUE` options as a map (lib/ops/assignments.hpp).
using ops::parse_assignments;

// `--format` as given; throws model::UsageError for an unknown one.
ops::Format output_format(const std::string& format);

} // namespace sopctl::cmd
