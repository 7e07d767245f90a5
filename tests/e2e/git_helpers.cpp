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

std::string read_all(std::FILE* file)
{
  std::string text;
  std::rewind(file);
  char buffer[4096];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    text.append(buffer, got);
  }
  std::fclose(file);
  return text;
}

// The environment Sandbox gives sopctl, so git sees what sopctl sees.
std::vector<std::string> environment(const Sandbox& sandbox, const Env& extra)
{
  const char* path = std::getenv("PATH");
  Env env = {
    {"PATH", path && *path ? path : "/usr/local/bin:/usr/bin:/bin"},
    {"HOME", sandbox.home().string()},
    {"TMPDIR", sandbox.tmp().string()},
    {"XDG_CONFIG_HOME", (sandbox.home() / ".config").string()},
    {"GIT_CONFIG_NOSYSTEM", "1"},
    {"TZ", "UTC"},
  };
  for (const auto& entry : extra) {
    auto same = [&](const auto& e) { return e.first == entry.first; };
    if (auto found = std::find_if(env.begin(), env.end(), same); found != env.end()) {
      found->second = entry.second;
    } else {
      env.push_back(entry);
    }
  }
  std::vector<std::string> lines;
  for (const auto& [name, value] : env) {
    lines.push_back(name + "=" + value);
  }
  return lines;
}

std::vector<char*> c_strings(std::vector<std::string>& strings)
{
  std::vector<char*> pointers;
  for (auto& s : strings) {
    pointers.push_back(s.data());
  }
  pointers.push_back(nullptr);
  return pointers;
}

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
  std::vector<std::string> argv_strings{"git", "-C", dir.string()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  auto env_strings = environment(sandbox, env);
  auto argv = c_strings(argv_strings);
  auto envp = c_strings(env_strings);
  std::FILE* out = std::tmpfile();
  std::FILE* err = std::tmpfile();
  if (!out || !err) {
    throw std::runtime_error("tmpfile failed");
  }
  pid_t pid = ::fork();
  if (pid < 0) {
    throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  }
  if (pid == 0) {
    int null = ::open("/dev/null", O_RDONLY);
    if (null < 0 || ::dup2(null, 0) < 0 || ::dup2(::fileno(out), 1) < 0 ||
        ::dup2(::fileno(err), 2) < 0) {
      ::_exit(126);
    }
    ::execvpe("git", argv.data(), envp.data());
    ::_exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
    }
  }
  Result result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_all(out);
  result.err = read_all(err);
  return result;
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
