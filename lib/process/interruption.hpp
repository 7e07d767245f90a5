#pragma once

#include <stdexcept>

namespace sopctl::process {

// SIGINT, SIGTERM or SIGHUP arrived while sopctl waited for an outside
// program (Chromium, LibreOffice). The program's process group has been
// killed; unwinding removes the scratch directories; sopctl exits with
// 128 + signal().
class Interrupted : public std::runtime_error
{
public:
  explicit Interrupted(int signal);
  int signal() const { return signal_; }

private:
  int signal_;
};

// From the first call on, SIGINT, SIGTERM and SIGHUP no longer end sopctl
// at once: the handler only records the signal and makes
// interruption_descriptor() readable (a self-pipe), for the waiting loops
// of process::run to see. Safe to call from several threads.
void watch_interruptions();

// The read end of the self-pipe: readable once a signal arrived (it is
// never drained, so every waiting thread sees it); -1 before
// watch_interruptions().
int interruption_descriptor();

// The signal that arrived, 0 when none did.
int interrupted_by();

// Throws Interrupted when a signal arrived.
void throw_if_interrupted();

} // namespace sopctl::process
