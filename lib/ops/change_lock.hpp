#pragma once

#include <filesystem>
#include <store/files.hpp>
#include <store/repository.hpp>
#include <vector>

namespace sopctl::ops {

// The lock on sops/ that a command recording a change holds while it reads,
// checks and writes (issue 10, section 5). Taking it, in a git work tree
// with git.commit auto:
// - what an interrupted sopctl saved but did not commit (events appended to
//   a draft, a new draft, grown counters in numbers.yaml) is committed
//   first, one commit per person, each authored by the event's person, so
//   the command's own commit holds only its own change;
// - a file the command writes that holds changes sopctl did not make (a
//   hand edit) is refused, rather than swept into sopctl's commit;
// - git's index lock in the way is named, with whether a process holds it.
class ChangeLock
{
public:
  // `writes`: the files the command may write. Says on
  // repository.lock_wait.notices (stderr) what it committed on an
  // interrupted sopctl's behalf. Throws model::Error, having written nothing
  // of the command's own, when it cannot go ahead.
  ChangeLock(const store::Repository& repository, const std::vector<std::filesystem::path>& writes);

private:
  store::DirectoryLock lock_;
};

} // namespace sopctl::ops
