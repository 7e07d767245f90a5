#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace sopctl::git {

namespace fs = std::filesystem;

// What one git command did.
struct GitResult
{
  int exit_code = -1; // 127 when git could not be run
  std::string out;
  std::string err;

  bool ok() const { return exit_code == 0; }
  // The first line of stderr (or stdout), for messages.
  std::string first_error_line() const;
};

// Runs `git -C dir args...` (no shell), feeding `input` on stdin.
GitResult run_git(const fs::path& dir,
                  const std::vector<std::string>& args,
                  const std::string& input = {});

// Whether `dir` lies inside a git work tree.
bool is_work_tree(const fs::path& dir);

// `git config --get key` in `dir`, or nullopt when unset.
std::optional<std::string> config_get(const fs::path& dir, const std::string& key);

// Commits exactly `paths` (adding new ones) with `message`, whatever else
// is staged. Returns git's failure, or nullopt when the commit was made.
std::optional<GitResult> commit_paths(const fs::path& dir,
                                      const std::vector<fs::path>& paths,
                                      const std::string& message);

} // namespace sopctl::git
