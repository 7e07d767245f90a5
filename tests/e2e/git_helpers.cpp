#include "git_helpers.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace e2e {

namespace {

std::vector<std::string> lines_of(const std::string& text)
{
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    lines.push_back(line);
  }
  return lines;
}

} // namespace

Result run_git(const Sandbox& sandbox,
               const fs::path& dir,
               const std::vector<std::string>& args,
               const Env& env)
{
  std::vector<std::string> argv{"git", "-C", dir.string()};
  argv.insert(argv.end(), args.begin(), args.end());
  return sandbox.run_program(dir, argv, env);
}

std::string git_ok(const Sandbox& sandbox,
                   const fs::path& dir,
                   const std::vector<std::string>& args,
                   const Env& env)
{
  auto result = run_git(sandbox, dir, args, env);
  std::string shown;
  for (const auto& arg : args) {
    shown += " " + arg;
  }
  INFO("git", shown, " in ", dir.string(), ": ", result.err);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

void set_identity(const Sandbox& sandbox,
                  const fs::path& dir,
                  const std::string& name,
                  const std::string& email)
{
  git_ok(sandbox, dir, {"config", "user.name", name});
  git_ok(sandbox, dir, {"config", "user.email", email});
}

void git_init(const Sandbox& sandbox,
              const fs::path& dir,
              const std::string& name,
              const std::string& email)
{
  fs::create_directories(dir);
  git_ok(sandbox, dir, {"init", "--quiet", "-b", "main"});
  set_identity(sandbox, dir, name, email);
}

std::vector<std::string> commit_subjects(const Sandbox& sandbox, const fs::path& dir)
{
  return lines_of(git_ok(sandbox, dir, {"log", "--format=%s"}));
}

std::string files_of_head(const Sandbox& sandbox, const fs::path& dir)
{
  auto files = lines_of(git_ok(sandbox, dir, {"show", "--name-only", "--format=", "HEAD"}));
  files.erase(std::remove(files.begin(), files.end(), ""), files.end());
  std::sort(files.begin(), files.end());
  std::string text;
  for (const auto& file : files) {
    text += file + "\n";
  }
  return text;
}

std::string git_status(const Sandbox& sandbox, const fs::path& dir)
{
  return git_ok(sandbox, dir, {"status", "--porcelain"});
}

namespace {

// `dir` in the sandbox, holding a symlink to the machine's git.
fs::path bin_with_git(const Sandbox& sandbox, const std::string& dir)
{
  auto bin = sandbox.root() / dir;
  fs::create_directories(bin);
  if (!fs::exists(bin / "git")) {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "/usr/bin:/bin");
    std::string each;
    while (std::getline(dirs, each, ':')) {
      if (!each.empty() && ::access((fs::path(each) / "git").c_str(), X_OK) == 0) {
        fs::create_symlink(fs::path(each) / "git", bin / "git");
        break;
      }
    }
    REQUIRE(fs::exists(bin / "git"));
  }
  return bin;
}

} // namespace

std::string path_with_git_only(const Sandbox& sandbox)
{
  return bin_with_git(sandbox, "bin-git-only").string();
}

std::string path_with_this_sopctl(const Sandbox& sandbox)
{
  auto bin = bin_with_git(sandbox, "bin-this-sopctl");
  if (!fs::exists(bin / "sopctl")) {
    fs::create_symlink(fs::canonical(SOPCTL_BINARY), bin / "sopctl");
  }
  return bin.string();
}

fs::path make_server(const Sandbox& sandbox)
{
  git_init(sandbox, sandbox.repo());
  sandbox.init();
  auto server = sandbox.root() / "server.git";
  git_ok(sandbox, sandbox.root(), {"clone", "--quiet", "--bare", "repo", "server.git"});
  git_ok(sandbox, sandbox.repo(), {"remote", "add", "origin", server.string()});
  git_ok(sandbox, sandbox.repo(), {"fetch", "--quiet", "origin"});
  git_ok(sandbox, sandbox.repo(), {"branch", "--quiet", "-u", "origin/main"});
  return server;
}

fs::path make_clone(const Sandbox& sandbox,
                    const std::string& name,
                    const std::string& user_name,
                    const std::string& email)
{
  git_ok(sandbox, sandbox.root(), {"clone", "--quiet", "server.git", name});
  auto dir = sandbox.root() / name;
  set_identity(sandbox, dir, user_name, email);
  sopctl_ok(sandbox, dir, {"init", "--git-config"});
  return dir;
}

Env identity_env(const std::string& name, const std::string& email)
{
  // GIT_CONFIG_COUNT (git 2.31) adds config entries for this process and
  // its children.
  return {{"GIT_CONFIG_COUNT", "2"},
          {"GIT_CONFIG_KEY_0", "user.name"},
          {"GIT_CONFIG_VALUE_0", name},
          {"GIT_CONFIG_KEY_1", "user.email"},
          {"GIT_CONFIG_VALUE_1", email}};
}

std::string sopctl_ok(const Sandbox& sandbox,
                      const fs::path& dir,
                      const std::vector<std::string>& args,
                      const Env& env)
{
  auto result = sandbox.run_in(dir, args, env);
  std::string shown;
  for (const auto& arg : args) {
    shown += " " + arg;
  }
  INFO("sopctl", shown, " in ", dir.string(), ": ", result.err);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

} // namespace e2e
