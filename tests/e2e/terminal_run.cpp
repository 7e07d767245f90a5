#include "terminal_run.hpp"

#include <cerrno>
#include <cstdlib>
#include <pty.h>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace e2e {

TerminalResult run_on_terminal(const Sandbox& sandbox,
                               const std::vector<std::string>& args,
                               unsigned short columns,
                               const std::optional<std::string>& columns_variable)
{
  std::vector<std::string> argv{SOPCTL_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  const char* path = std::getenv("PATH");
  std::vector<std::string> env = {"PATH=" + std::string(path ? path : "/usr/bin:/bin"),
                                  "HOME=" + sandbox.home().string(),
                                  "TMPDIR=" + sandbox.tmp().string(),
                                  "XDG_CONFIG_HOME=" + (sandbox.home() / ".config").string(),
                                  "GIT_CONFIG_NOSYSTEM=1",
                                  "TZ=UTC",
                                  "NO_COLOR=1"};
  if (columns_variable) {
    env.push_back("COLUMNS=" + *columns_variable);
  }
  // Built before the fork: the child only calls async-signal-safe functions.
  std::vector<char*> argv_c;
  for (auto& arg : argv) {
    argv_c.push_back(arg.data());
  }
  argv_c.push_back(nullptr);
  std::vector<char*> env_c;
  for (auto& entry : env) {
    env_c.push_back(entry.data());
  }
  env_c.push_back(nullptr);
  auto repo = sandbox.repo().string();

  winsize size{};
  size.ws_row = 40;
  size.ws_col = columns;
  int master = -1;
  pid_t pid = ::forkpty(&master, nullptr, nullptr, &size);
  if (pid < 0) {
    throw std::runtime_error("forkpty failed");
  }
  if (pid == 0) {
    if (::chdir(repo.c_str()) == 0) {
      ::execve(argv_c[0], argv_c.data(), env_c.data());
    }
    ::_exit(127);
  }
  TerminalResult result;
  char buffer[4096];
  for (;;) {
    auto count = ::read(master, buffer, sizeof buffer);
    if (count > 0) {
      result.out.append(buffer, static_cast<size_t>(count));
    } else if (count < 0 && errno == EINTR) {
      continue;
    } else {
      break; // EIO once the child has closed the terminal
    }
  }
  ::close(master);
  int status = 0;
  ::waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::string plain;
  for (char c : result.out) {
    if (c != '\r') {
      plain += c;
    }
  }
  result.out = plain;
  return result;
}

} // namespace e2e
