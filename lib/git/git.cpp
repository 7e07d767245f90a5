#include <cerrno>
#include <fcntl.h>
#include <git/git.hpp>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

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
  int in[2], out[2], err[2];
  if (::pipe(in) != 0 || ::pipe(out) != 0 || ::pipe(err) != 0) {
    return {127, "", "cannot create pipes to run git"};
  }
  std::vector<std::string> argv_strings = {"git", "-C", dir.string()};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& arg : argv_strings) {
    argv.push_back(arg.data());
  }
  argv.push_back(nullptr);
  pid_t child = ::fork();
  if (child == 0) {
    ::dup2(in[0], STDIN_FILENO);
    ::dup2(out[1], STDOUT_FILENO);
    ::dup2(err[1], STDERR_FILENO);
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) {
      ::close(fd);
    }
    ::execvp("git", argv.data());
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  ::close(err[1]);
  GitResult result;
  // Feed stdin and drain both outputs together, so a chatty git never blocks
  // on a full pipe while we wait on another.
  size_t written = 0;
  if (input.empty()) {
    ::close(in[1]);
    in[1] = -1;
  }
  pollfd fds[3] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}, {in[1], POLLOUT, 0}};
  int open_outputs = 2;
  while (open_outputs > 0 || fds[2].fd >= 0) {
    if (::poll(fds, 3, -1) < 0) {
      if (errno == EINTR) {
        continue;
      }
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd >= 0 && (fds[i].revents & (POLLIN | POLLHUP))) {
        char buffer[4096];
        ssize_t count = ::read(fds[i].fd, buffer, sizeof buffer);
        if (count > 0) {
          (i == 0 ? result.out : result.err).append(buffer, static_cast<size_t>(count));
        } else {
          ::close(fds[i].fd);
          fds[i].fd = -1;
          --open_outputs;
        }
      }
    }
    if (fds[2].fd >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t count = ::write(fds[2].fd, input.data() + written, input.size() - written);
      written += count > 0 ? static_cast<size_t>(count) : 0;
      if (count <= 0 || written == input.size()) {
        ::close(fds[2].fd);
        fds[2].fd = -1;
      }
    }
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
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
