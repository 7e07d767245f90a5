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
  // The lock file git could not create because it exists ("Unable to create
  // '.../.git/index.lock': File exists."), or nullopt for any other failure.
  std::optional<fs::path> lock_in_the_way() const;
};

// Runs `git -C dir args...` (no shell), feeding `input` on stdin.
GitResult run_git(const fs::path& dir,
                  const std::vector<std::string>& args,
                  const std::string& input = {});

// Whether `dir` lies inside a git work tree.
bool is_work_tree(const fs::path& dir);

// Where git keeps the repository of a work tree, as seen from a directory
// inside it.
struct WorkTree
{
  fs::path git_dir;    // absolute: `.git`, or a linked work tree's own
  fs::path common_dir; // absolute: where objects and refs are (`.git`)
  std::string prefix;  // the directory relative to the top, "" or "sub/"
  bool has_head = false;
};

// The work tree `dir` lies in, or nullopt when it lies in none.
std::optional<WorkTree> find_work_tree(const fs::path& dir);

// `git config --get key` in `dir`, or nullopt when unset.
std::optional<std::string> config_get(const fs::path& dir, const std::string& key);

// Commits exactly `paths` (adding new ones) with `message`, whatever else
// is staged; `author` ("Name <email>") when given, else git's identity.
// Returns git's failure, or nullopt when the commit was made.
std::optional<GitResult> commit_paths(const fs::path& dir,
                                      const std::vector<fs::path>& paths,
                                      const std::string& message,
                                      const std::string& author = {});

// Commits `text` as the content of `relative` (a path relative to `dir`),
// leaving the file in the work tree and the user's index as they are: a
// version between the committed one and the one on disk. Uses a temporary
// index in the git directory. Returns git's failure, or nullopt.
std::optional<GitResult> commit_version(const fs::path& dir,
                                        const WorkTree& tree,
                                        const fs::path& relative,
                                        const std::string& text,
                                        const std::string& message,
                                        const std::string& author);

// A path that differs between HEAD and the work tree.
struct Change
{
  fs::path relative; // to the directory git was asked in
  bool untracked = false;
  bool renamed = false; // git reports a rename (or copy) from another path
};

// `git status` over `pathspecs` (relative to `dir`): what differs from
// HEAD, staged or not, untracked files included.
std::vector<Change> changed_paths(const fs::path& dir,
                                  const WorkTree& tree,
                                  const std::vector<std::string>& pathspecs);

// The text of `relative` in HEAD, or nullopt when HEAD has no such file.
std::optional<std::string> committed_text(const fs::path& dir, const fs::path& relative);

} // namespace sopctl::git
