#pragma once

#include <map>
#include <model/timestamp.hpp>
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
  if (repository.config.people.empty()) {
    request.by = acting_person(by, repository);
  } else {
    request.by = by;
    request.identity = git_identity(by, repository);
  }
}

// `--set KEY=VALUE` options as a map; throws model::UsageError for one
// without `=`, with a key that cannot name a value, or given twice.
std::map<std::string, std::string> parse_assignments(const std::vector<std::string>& options);

// `--format` as given; throws model::UsageError for an unknown one.
ops::Format output_format(const std::string& format);

} // namespace sopctl::cmd
