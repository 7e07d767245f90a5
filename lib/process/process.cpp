#include <algorithm>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <i18n/tr.hpp>
#include <poll.h>
#include <process/interruption.hpp>
#include <process/process.hpp>
#include <sys/wait.h>
#include <unistd.h>

namespace sopctl::process {

namespace {

using Clock = std::chrono::steady_clock;

// A pipe whose two ends are closed on exec (the child's copies are made
// with dup2, which clears the flag on the copy only).
struct Pipe
{
  int read = -1;
  int write = -1;

  bool open()
  {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0) {
      return false;
    }
    read = fds[0];
    write = fds[1];
    return true;
  }
  static void close(int& fd)
  {
    if (fd >= 0) {
      ::close(fd); // Don't retry close on EINTR: the descriptor is gone (POSIX 2008, Linux).
      fd = -1;
    }
  }
  ~Pipe()
  {
    close(read);
    close(write);
  }
};

int exit_status(int status)
{
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Milliseconds to wait in poll before the deadline; -1 without one.
int poll_timeout(const std::optional<Clock::time_point>& deadline)
{
  if (!deadline) {
    return -1;
  }
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - Clock::now());
  return static_cast<int>(std::max<long long>(0, left.count()));
}

// Kills `child`'s process group and reaps it.
int kill_group(pid_t child)
{
  int status = 0;
  ::kill(-child, SIGKILL);
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

// Waits for `child`, killing its process group at the deadline. A child
// in its own group (one with a deadline) is also killed when SIGINT,
// SIGTERM or SIGHUP arrives, which then throws Interrupted: the terminal's
// Ctrl-C reaches only sopctl's own group.
int wait_for(pid_t child, const std::optional<Clock::time_point>& deadline, bool& timed_out)
{
  int status = 0;
  if (!deadline) {
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return exit_status(status);
  }
  while (::waitpid(child, &status, WNOHANG) == 0) {
    if (int signal = interrupted_by()) {
      kill_group(child);
      throw Interrupted(signal);
    }
    if (Clock::now() > *deadline) {
      status = kill_group(child);
      timed_out = true;
      return exit_status(status);
    }
    // Sleeps 20 ms, or less when a signal makes the self-pipe readable.
    pollfd interruption{interruption_descriptor(), POLLIN, 0};
    ::poll(&interruption, 1, 20);
  }
  return exit_status(status);
}

// Feeds `input` and drains both outputs together, so a chatty child never
// blocks on a full pipe while we wait on another. Stops at the deadline.
void exchange(Pipe& in,
              Pipe& out,
              Pipe& err,
              const std::string& input,
              Result& result,
              const std::optional<Clock::time_point>& deadline)
{
  size_t written = 0;
  if (input.empty()) {
    Pipe::close(in.write);
  }
  // The fourth: the self-pipe a signal makes readable (-1, ignored, when
  // interruptions are not watched).
  pollfd fds[4] = {{out.read, POLLIN, 0},
                   {err.read, POLLIN, 0},
                   {in.write, POLLOUT, 0},
                   {deadline ? interruption_descriptor() : -1, POLLIN, 0}};
  while (fds[0].fd >= 0 || fds[1].fd >= 0 || fds[2].fd >= 0) {
    int ready = ::poll(fds, 4, poll_timeout(deadline));
    if (deadline && interrupted_by() != 0) {
      return; // wait_for kills the child and throws
    }
    if (ready < 0 && errno == EINTR) {
      continue;
    }
    if (ready <= 0) {
      return; // the deadline passed (or poll failed): wait_for decides
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd >= 0 && (fds[i].revents & (POLLIN | POLLHUP | POLLERR))) {
        char buffer[4096];
        ssize_t count = ::read(fds[i].fd, buffer, sizeof buffer);
        if (count > 0) {
          (i == 0 ? result.out : result.err).append(buffer, static_cast<size_t>(count));
        } else if (count == 0 || errno != EINTR) {
          Pipe::close(i == 0 ? out.read : err.read);
          fds[i].fd = -1;
        }
      }
    }
    if (fds[2].fd >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
      ssize_t count = ::write(fds[2].fd, input.data() + written, input.size() - written);
      written += count > 0 ? static_cast<size_t>(count) : 0;
      if (count <= 0 || written == input.size()) {
        Pipe::close(in.write);
        fds[2].fd = -1;
      }
    }
  }
}

// sopctl's environment with `overrides` set: NAME=value strings.
std::vector<std::string> child_environment(
  const std::vector<std::pair<std::string, std::string>>& overrides)
{
  std::vector<std::string> entries;
  for (char** entry = environ; *entry; ++entry) {
    std::string_view text(*entry);
    auto name = text.substr(0, text.find('='));
    bool replaced = std::any_of(overrides.begin(), overrides.end(), [&](const auto& override) {
      return override.first == name;
    });
    if (!replaced) {
      entries.emplace_back(text);
    }
  }
  for (const auto& [name, value] : overrides) {
    entries.push_back(name + "=" + value);
  }
  return entries;
}

} // namespace

Result run(const Request& request)
{
  Result result;
  if (request.argv.empty()) {
    return result;
  }
  // SIGPIPE would kill sopctl when a child exits without reading its input.
  ::signal(SIGPIPE, SIG_IGN);
  if (request.time_limit) {
    // The child gets a process group of its own, out of the terminal's
    // reach: sopctl passes a Ctrl-C on to it.
    watch_interruptions();
    throw_if_interrupted();
  }
  bool capture = request.streams == Streams::capture;
  Pipe in, out, err;
  if (capture && (!in.open() || !out.open() || !err.open())) {
    result.err = trf("cannot create pipes to run {}", request.argv.front());
    return result;
  }
  std::vector<char*> argv;
  for (const auto& arg : request.argv) {
    argv.push_back(const_cast<char*>(arg.c_str()));
  }
  argv.push_back(nullptr);
  // The child's environment is made here: between fork and exec only
  // async-signal-safe calls are allowed, and sopctl may have threads.
  auto environment = child_environment(request.environment);
  std::vector<char*> envp;
  for (auto& entry : environment) {
    envp.push_back(entry.data());
  }
  envp.push_back(nullptr);
  pid_t child = ::fork();
  if (child < 0) {
    result.err = trf("cannot start {}: fork failed", request.argv.front());
    return result;
  }
  if (child == 0) {
    if (request.time_limit) {
      ::setpgid(0, 0); // its own group, so its helpers stop with it
    }
    if (request.streams == Streams::to_file) {
      int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
      int log = ::open(request.output_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
      if (null < 0 || log < 0) {
        ::_exit(127);
      }
      ::dup2(null, STDIN_FILENO);
      ::dup2(log, STDOUT_FILENO);
      ::dup2(log, STDERR_FILENO);
    }
    if (capture) {
      ::dup2(in.read, STDIN_FILENO);
      ::dup2(out.write, STDOUT_FILENO);
      ::dup2(err.write, STDERR_FILENO);
    }
    ::execvpe(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  std::optional<Clock::time_point> deadline;
  if (request.time_limit) {
    ::setpgid(child, child); // as the child does: whichever runs first

    deadline = Clock::now() + *request.time_limit;
  }
  if (capture) {
    Pipe::close(in.read);
    Pipe::close(out.write);
    Pipe::close(err.write);
    exchange(in, out, err, request.input, result, deadline);
  }
  result.status = wait_for(child, deadline, result.timed_out);
  return result;
}

std::optional<std::filesystem::path> find_program(std::string_view program,
                                                  std::string_view search_path)
{
  while (true) {
    auto end = search_path.find(':');
    auto dir = search_path.substr(0, end);
    if (!dir.empty()) {
      auto candidate = std::filesystem::path(dir) / program;
      std::error_code error;
      if (::access(candidate.c_str(), X_OK) == 0 &&
          !std::filesystem::is_directory(candidate, error)) {
        return candidate;
      }
    }
    if (end == std::string_view::npos) {
      return std::nullopt;
    }
    search_path.remove_prefix(end + 1);
  }
}

} // namespace sopctl::process
