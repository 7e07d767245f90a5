#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <i18n/tr.hpp>
#include <mutex>
#include <process/interruption.hpp>
#include <string>
#include <unistd.h>

namespace sopctl::process {

namespace {

volatile std::sig_atomic_t arrived = 0;
std::atomic<int> pipe_read{-1};
int pipe_write = -1;

// Only async-signal-safe work: a flag and a write to a non-blocking pipe.
extern "C" void on_signal(int signal)
{
  int saved = errno;
  if (arrived == 0) {
    arrived = signal;
  }
  char byte = 1;
  [[maybe_unused]] auto written = ::write(pipe_write, &byte, 1);
  errno = saved;
}

} // namespace

Interrupted::Interrupted(int signal)
  : std::runtime_error(trf("interrupted by signal {}", signal))
  , signal_(signal)
{}

void watch_interruptions()
{
  static std::once_flag once;
  std::call_once(once, [] {
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
      return; // signals keep their default action: sopctl ends at once
    }
    pipe_write = fds[1];
    pipe_read = fds[0];
    struct sigaction action = {};
    action.sa_handler = on_signal;
    ::sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocking waitpid returns EINTR
    for (int signal : {SIGINT, SIGTERM, SIGHUP}) {
      ::sigaction(signal, &action, nullptr);
    }
  });
}

int interruption_descriptor()
{
  return pipe_read;
}

int interrupted_by()
{
  return arrived;
}

void throw_if_interrupted()
{
  if (int signal = arrived) {
    throw Interrupted(signal);
  }
}

} // namespace sopctl::process
