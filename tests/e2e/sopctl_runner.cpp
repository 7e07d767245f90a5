#include "sopctl_runner.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <doctest/doctest.h>
#include <fcntl.h>
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
  return text;
}

// Built from nothing but PATH: no LANGUAGE, LC_ALL, LC_MESSAGES or LANG
// of the machine reaches sopctl, so it speaks English unless a test sets
// one (test_language.cpp checks this).
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
  for (const auto& [name, value] : extra) {
    bool replaced = false;
    for (auto& entry : env) {
      if (entry.first == name) {
        entry.second = value;
        replaced = true;
      }
    }
    if (!replaced) {
      env.emplace_back(name, value);
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

} // namespace

Process::Process(pid_t pid, std::FILE* out, std::FILE* err)
  : pid_(pid)
  , out_(out)
  , err_(err)
{}

Process::Process(Process&& other) noexcept
  : pid_(std::exchange(other.pid_, -1))
  , out_(std::exchange(other.out_, nullptr))
  , err_(std::exchange(other.err_, nullptr))
{}

Process::~Process()
{
  if (pid_ > 0) {
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
  if (out_) {
    std::fclose(out_);
  }
  if (err_) {
    std::fclose(err_);
  }
}

Result Process::wait()
{
  Result result;
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0) {
    if (errno != EINTR) {
      throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
    }
  }
  pid_ = -1;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_all(out_);
  result.err = read_all(err_);
  return result;
}

Sandbox::Sandbox()
{
  std::string pattern = "/tmp/sopctl-e2e-XXXXXX";
  if (!::mkdtemp(pattern.data())) {
    throw std::runtime_error(std::string("mkdtemp: ") + std::strerror(errno));
  }
  root_ = pattern;
  fs::create_directory(repo());
  fs::create_directory(home());
  fs::create_directory(tmp());
}

Sandbox::~Sandbox()
{
  std::error_code ignored; // destructors never throw
  fs::remove_all(root_, ignored);
}

fs::path Sandbox::draft(const std::string& id) const
{
  return repo() / "sops" / (id + ".yaml");
}

Result Sandbox::run(const std::vector<std::string>& args, const Env& env) const
{
  return spawn_in(repo(), args, env).wait();
}

Result Sandbox::run_in(const fs::path& cwd,
                       const std::vector<std::string>& args,
                       const Env& env) const
{
  return spawn_in(cwd, args, env).wait();
}

Process Sandbox::spawn(const std::vector<std::string>& args, const Env& env) const
{
  return spawn_in(repo(), args, env);
}

Process Sandbox::spawn_in(const fs::path& cwd,
                          const std::vector<std::string>& args,
                          const Env& env) const
{
  if (::access(SOPCTL_BINARY, X_OK) != 0) {
    throw std::runtime_error("the sopctl binary is missing: " + std::string(SOPCTL_BINARY));
  }
  std::vector<std::string> argv{SOPCTL_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  return spawn_program(cwd, argv, env);
}

Result Sandbox::run_program(const fs::path& cwd,
                            const std::vector<std::string>& argv,
                            const Env& env) const
{
  return spawn_program(cwd, argv, env).wait();
}

Process Sandbox::spawn_program(const fs::path& cwd,
                               const std::vector<std::string>& program,
                               const Env& env) const
{
  auto argv_strings = program;
  // Everything the child needs is built before fork: after it, the child
  // only calls async-signal-safe functions.
  auto env_strings = environment(*this, env);
  auto argv = c_strings(argv_strings);
  auto envp = c_strings(env_strings);
  std::string directory = cwd.string();

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
    if (null < 0 || ::chdir(directory.c_str()) != 0 || ::dup2(null, 0) < 0 ||
        ::dup2(::fileno(out), 1) < 0 || ::dup2(::fileno(err), 2) < 0) {
      ::_exit(126);
    }
    ::execvpe(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  return Process(pid, out, err);
}

void Sandbox::init() const
{
  auto result = run({"init"});
  INFO("sopctl init: ", result.err);
  REQUIRE(result.exit_code == 0);
}

} // namespace e2e
