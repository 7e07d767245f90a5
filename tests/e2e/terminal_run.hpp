#pragma once

// Runs sopctl on a pseudo-terminal, as a user at a terminal of a given
// width would: what `status` and the reports print when stdout is a tty.

#include "sopctl_runner.hpp"

#include <optional>
#include <string>
#include <vector>

namespace e2e {

// What sopctl printed on the terminal (CR LF turned back into LF) and its
// exit code.
struct TerminalResult
{
  int exit_code = -1;
  std::string out;
};

// Runs `sopctl args...` in the sandbox's repo/ on a new pseudo-terminal
// `columns` wide, with $COLUMNS set to `columns_variable` when given (else
// unset) and NO_COLOR=1, so widths are not disturbed by colour codes.
TerminalResult run_on_terminal(const Sandbox& sandbox,
                               const std::vector<std::string>& args,
                               unsigned short columns,
                               const std::optional<std::string>& columns_variable = {});

} // namespace e2e
