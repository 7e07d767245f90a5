#include <git/git.hpp>
#include <process/process.hpp>

namespace sopctl::git {

std::string GitResult::first_error_line() const
{
  const auto& text = err.empty() ? out : err;
  auto line = text.substr(0, text.find('\n'));
  return line.empty() ? "git exited with status " + std::to_string(exit_code) : line;
}

GitResult run_git(const fs::path& dir,
                  const std::vector<std::string>& args,
                  const std::string& input)
{
  process::Request request;
  request.argv = {"git", "-C", dir.string()};
  request.argv.insert(request.argv.end(), args.begin(), args.end());
  request.input = input;
  auto result = process::run(request);
  return {result.status, std::move(result.out), std::move(result.err)};
}

bool is_work_tree(const fs::path& dir)
{
  auto result = run_git(dir, {"rev-parse", "--is-inside-work-tree"});
  return result.ok() && result.out.starts_with("true");
}

std::optional<std::string> config_get(const fs::path& dir, const std::string& key)
{
  auto result = run_git(dir, {"config", "--get", key});
  if (!result.ok()) {
    return std::nullopt;
  }
  auto value = result.out;
  while (!value.empty() && (value.back() == '\n' || value.back() == '\r')) {
    value.pop_back();
  }
  return value;
}

std::optional<GitResult> commit_paths(const fs::path& dir,
                                      const std::vector<fs::path>& paths,
                                      const std::string& message)
{
  std::vector<std::string> add = {"add", "--"};
  std::vector<std::string> commit = {"commit", "--quiet", "-m", message, "--"};
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

} // namespace sopctl::git
