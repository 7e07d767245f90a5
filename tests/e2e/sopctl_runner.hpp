#pragma once

#include <cstdio>
#include <filesystem>
#include <string>
#include <sys/types.h>
#include <utility>
#include <vector>

namespace e2e {

namespace fs = std::filesystem;

// What one run of the sopctl binary did.
struct Result
{
  int exit_code = -1; // 128 + signal when it was killed
  std::string out;
  std::string err;
};

// Extra environment variables for a run, added to (or replacing) the
// sandbox's own.
using Env = std::vector<std::pair<std::string, std::string>>;

// The environment that makes sopctl take `iso` as the current time
// (SOPCTL_NOW, the README's test and replay hook): for events dated after
// the real clock, which sopctl refuses otherwise. `recorded` is then `iso`.
inline Env replay_now(const std::string& iso)
{
  return {{"SOPCTL_NOW", iso}};
}

// A sopctl process started but not yet waited for, so that two can run at
// once. Its output goes to unnamed temporary files, which cannot fill up and
// block the child the way an unread pipe would.
class Process
{
public:
  Process(pid_t pid, std::FILE* out, std::FILE* err);
  Process(Process&& other) noexcept;
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;
  // Waits for the child if nobody did, so no zombie outlives a failed test.
  ~Process();

  // Waits for the process to end and collects its output.
  Result wait();
  // Its process id, for a test that signals it (-1 once waited for).
  pid_t pid() const { return pid_; }

private:
  pid_t pid_ = -1;
  std::FILE* out_ = nullptr;
  std::FILE* err_ = nullptr;
};

// A fresh temporary directory for one test (mkdtemp under /tmp, removed with
// everything in it at the end), holding:
//   repo/  where sopctl runs by default (the test's repository),
//   home/  $HOME, so no ~/.gitconfig of the machine is read,
//   tmp/   $TMPDIR, where `sopctl edit` keeps its files.
// Runs see only this environment: PATH, HOME, TMPDIR, XDG_CONFIG_HOME,
// GIT_CONFIG_NOSYSTEM=1, TZ=UTC, plus what a test adds. No USER and no git
// identity, so `--by` never silently depends on the machine.
class Sandbox
{
public:
  Sandbox();
  ~Sandbox();
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;

  const fs::path& root() const { return root_; }
  fs::path repo() const { return root_ / "repo"; }
  fs::path home() const { return root_ / "home"; }
  fs::path tmp() const { return root_ / "tmp"; }
  // sops/<id>.yaml of the test's repository.
  fs::path draft(const std::string& id) const;

  // Runs `sopctl args...` in repo/ and waits for it.
  Result run(const std::vector<std::string>& args, const Env& env = {}) const;
  // Runs `sopctl args...` in `cwd` and waits for it.
  Result run_in(const fs::path& cwd,
                const std::vector<std::string>& args,
                const Env& env = {}) const;
  // Runs any program (`argv[0]` looked up on PATH) in `cwd` with the
  // sandbox's environment, stdin from /dev/null, and waits for it.
  Result run_program(const fs::path& cwd,
                     const std::vector<std::string>& argv,
                     const Env& env = {}) const;
  // Starts `sopctl args...` in repo/ without waiting.
  Process spawn(const std::vector<std::string>& args, const Env& env = {}) const;
  Process spawn_in(const fs::path& cwd,
                   const std::vector<std::string>& args,
                   const Env& env = {}) const;

  // `sopctl init` in repo/, which must succeed; anchors the repository so no
  // sopctl.yaml above /tmp can be picked up.
  void init() const;

private:
  // Starts any program (argv[0] looked up on PATH) in `cwd`.
  Process spawn_program(const fs::path& cwd,
                        const std::vector<std::string>& argv,
                        const Env& env) const;
  fs::path root_;
};

} // namespace e2e
