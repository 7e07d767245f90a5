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

// Waits up to `patience` for a lock file to go away, as it does when the
// git holding it finishes; returns what is known about it then.
LockFile wait_for_lock(const fs::path& path, std::chrono::milliseconds patience);

// One sentence naming the lock (as `shown`), what was found about it and
// how to clear it. Never suggests removing a lock a process has open.
std::string explain_lock(const LockFile& lock, const std::string& shown);

} // namespace sopctl::git
