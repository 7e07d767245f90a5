#pragma once

#include <ostream>

namespace sopctl::cmd {

// Parses the command line, runs the command, and returns the exit code:
// 0 done, 1 refused or failed (message on `err`), 2 usage error.
int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

} // namespace sopctl::cmd
