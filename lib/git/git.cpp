#include <git/git.hpp>
#include <i18n/tr.hpp>
#include <process/process.hpp>

namespace sopctl::git {

std::string GitResult::first_error_line() const
{
  const auto& text = err.empty() ? out : err;
  auto line = text.substr(0, text.find('\n'));
  return line.empty() ? trf("git exited with status {}", exit_code) : line;
}

std::optional<fs::path> GitResult::lock_in_the_way() const
{
  // git's lockfile.c: "Unable to create '%s.lock': %s." with strerror(EEXIST).
  const std::string opening = "Unable to create '";
  const std::string closing = "': File exists";
  auto start = err.find(opening);
  if (start == std::string::npos) {
    return std::nullopt;
  }
  start += opening.size();
  auto end = err.find(closing, start);
  if (end == std::string::npos) {
    return std::nullopt;
  }
  return fs::path(err.substr(start, end - start));
}

namespace {

GitResult run(std::vector<std::string> argv,
              const std::string& input = {},
              std::vector<std::pair<std::string, std::string>> environment = {})
{
  process::Request request;
  request.argv = std::move(argv);
  request.input = input;
  // git speaks English whatever language sopctl speaks: sopctl reads some
  // of its messages (lock_in_the_way), and sets LANGUAGE itself for its
  // own (i18n/language.cpp). C.UTF-8 keeps paths in UTF-8.
  environment.insert(environment.begin(), {{"LANGUAGE", ""}, {"LC_ALL", "C.UTF-8"}});
  request.environment = std::move(environment);
  auto result = process::run(request);
  return {result.status, std::move(result.out), std::move(result.err)};
}

std::vector<std::string> git_in(const fs::path& dir, const std::vector<std::string>& args)
{
  std::vector<std::string> argv = {"git", "-C", dir.string()};
  argv.insert(argv.end(), args.begin(), args.end());
  return argv;
}

std::string without_newline(std::string text)
{
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
    text.pop_back();
  }
  return text;
}

} // namespace

GitResult run_git(const fs::path& dir,
                  const std::vector<std::string>& args,
                  const std::string& input)
{
  return run(git_in(dir, args), input);
}

bool is_work_tree(const fs::path& dir)
{
  auto result = run_git(dir, {"rev-parse", "--is-inside-work-tree"});
  return result.ok() && result.out.starts_with("true");
}

std::optional<WorkTree> find_work_tree(const fs::path& dir)
{
  auto result = run_git(dir,
                        {"rev-parse",
                         "--is-inside-work-tree",
                         "--absolute-git-dir",
                         "--path-format=absolute",
                         "--git-common-dir",
                         "--show-prefix",
                         "--verify",
                         "--quiet",
                         "HEAD"});
  // Without HEAD (no commit yet) --verify fails but the lines before it
  // are printed.
  auto text = result.out;
  std::vector<std::string> lines;
  for (size_t start = 0, end; start < text.size(); start = end + 1) {
    end = text.find('\n', start);
    if (end == std::string::npos) {
      end = text.size();
    }
    lines.push_back(text.substr(start, end - start));
  }
  if (lines.size() < 4 || lines[0] != "true") {
    return std::nullopt;
  }
  return WorkTree{lines[1], lines[2], lines[3], result.ok() && lines.size() >= 5};
}

std::optional<std::string> config_get(const fs::path& dir, const std::string& key)
{
  auto result = run_git(dir, {"config", "--get", key});
  if (!result.ok()) {
    return std::nullopt;
  }
  return without_newline(result.out);
}

std::optional<GitResult> commit_paths(const fs::path& dir,
                                      const std::vector<fs::path>& paths,
                                      const std::string& message,
                                      const std::string& author)
{
  std::vector<std::string> add = {"add", "--"};
  std::vector<std::string> commit = {"commit", "--quiet", "-m", message};
  if (!author.empty()) {
    commit.push_back("--author=" + author);
  }
  commit.push_back("--");
  for (const auto& path : paths) {
    add.push_back(path.string());
    commit.push_back(path.string());
  }
  if (auto added = run_git(dir, add); !added.ok()) {
    return added;
  }
  // `git commit -- paths` commits those paths only (--only is the default
  // with paths), leaving anything else the user staged alone.
  if (auto committed = run_git(dir, commit); !committed.ok()) {
    return committed;
  }
  return std::nullopt;
}

std::optional<GitResult> commit_version(const fs::path& dir,
                                        const WorkTree& tree,
                                        const fs::path& relative,
                                        const std::string& text,
                                        const std::string& message,
                                        const std::string& author)
{
  auto blob = run_git(dir, {"hash-object", "-w", "--stdin", "--path=" + relative.string()}, text);
  if (!blob.ok()) {
    return blob;
  }
  // A temporary index for these commands only (GIT_INDEX_FILE), so the
  // user's index and work tree are left alone.
  auto index = tree.git_dir / "sopctl-recovery-index";
  auto index_lock = fs::path(index.string() + ".lock");
  std::error_code ignored;
  // Only sopctl uses this index, under its lock on sops/: what is there is
  // left from a sopctl that was killed.
  fs::remove(index, ignored);
  fs::remove(index_lock, ignored);
  auto with_index = [&](const std::vector<std::string>& args) {
    return run(git_in(dir, args), {}, {{"GIT_INDEX_FILE", index.string()}});
  };
  // --cacheinfo takes a path from the top of the work tree, not from `dir`.
  const std::vector<std::vector<std::string>> steps = {
    {"read-tree", "HEAD"},
    {"update-index",
     "--add",
     "--cacheinfo",
     "100644," + without_newline(blob.out) + "," + tree.prefix + relative.generic_string()},
    {"commit", "--quiet", "-m", message, "--author=" + author},
  };
  std::optional<GitResult> failure;
  for (const auto& args : steps) {
    if (auto result = with_index(args); !result.ok()) {
      failure = std::move(result);
      break;
    }
  }
  fs::remove(index, ignored);
  fs::remove(index_lock, ignored);
  return failure;
}

std::vector<Change> changed_paths(const fs::path& dir,
                                  const WorkTree& tree,
                                  const std::vector<std::string>& pathspecs)
{
  std::vector<std::string> args = {
    "status", "--porcelain=v1", "-z", "--untracked-files=all", "--no-renames", "--"};
  args.insert(args.end(), pathspecs.begin(), pathspecs.end());
  auto result = run_git(dir, args);
  std::vector<Change> changes;
  const auto& out = result.out;
  // Entries are "XY path\0"; a rename adds "from\0" (not with --no-renames,
  // but a config cannot turn that back on, so it is still read).
  for (size_t start = 0; start < out.size();) {
    auto end = out.find('\0', start);
    if (end == std::string::npos || end - start < 4) {
      break;
    }
    auto entry = out.substr(start, end - start);
    start = end + 1;
    Change change;
    auto path = entry.substr(3);
    change.untracked = entry.starts_with("??");
    change.renamed = entry[0] == 'R' || entry[0] == 'C';
    if (change.renamed) {
      auto from_end = out.find('\0', start);
      start = from_end == std::string::npos ? out.size() : from_end + 1;
    }
    // Porcelain paths start at the top of the work tree.
    if (!path.starts_with(tree.prefix)) {
      continue;
    }
    change.relative = path.substr(tree.prefix.size());
    changes.push_back(std::move(change));
  }
  return changes;
}

std::optional<std::string> committed_text(const fs::path& dir, const fs::path& relative)
{
  auto result = run_git(dir, {"cat-file", "blob", "HEAD:./" + relative.generic_string()});
  if (!result.ok()) {
    return std::nullopt;
  }
  return std::move(result.out);
}

} // namespace sopctl::git
