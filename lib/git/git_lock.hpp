#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace sopctl::git {

namespace fs = std::filesystem;

// What can be told about one of git's lock files (`.git/index.lock`,
// `.git/refs/heads/main.lock`): git itself never says whether the git that
// made it is still running.
struct LockFile
{
  fs::path path;
  bool exists = false;
  // Processes that have it open, as "pid 1234 (git)", found in /proc/*/fd
  // (only processes sopctl may look at: the same user's).
  std::vector<std::string> holders;
  std::chrono::seconds age{0}; // since it was last modified
};

// Looks at `path` now.
LockFile inspect_lock(const fs::path& path);

// Waits for a lock file to go away, as it does when the git holding it
// finishes: up to `patience` while a process has it open, a quarter of it
// otherwise. Returns what is known about it then.
LockFile wait_for_lock(const fs::path& path, std::chrono::milliseconds patience);

// Removes what a killed git leaves that blocks no commit but stays for
// ever: `next-index-<pid>.lock` in `git_dir`, the index a partial commit
// (`git commit -- paths`) builds, named after its pid, kept when that pid
// still runs or a process has it open; and `objects/maintenance.lock` in
// `common_dir` (it makes every later automatic maintenance skip), kept
// when a process has it open, as a running `git maintenance` does for as
// long as it runs. Returns the files removed.
std::vector<fs::path> remove_abandoned_locks(const fs::path& git_dir, const fs::path& common_dir);

// One sentence naming the lock (as `shown`), what was found about it and
// how to clear it. Never suggests removing a lock a process has open.
std::string explain_lock(const LockFile& lock, const std::string& shown);

} // namespace sopctl::git
