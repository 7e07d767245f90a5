#pragma once

// What ends each command's --help and fills the man page's EXAMPLES and
// EXIT STATUS: real command lines and the exit codes, per command, in the
// user's language. A table of its own, so that a command's file declares
// only its options.
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::cmd {

// A command line and what it does.
struct Example
{
  std::string command; // "sopctl advance --role sekretaris"
  std::string what;    // one sentence
};

// An exit code and what it means for one command.
struct ExitStatus
{
  int code = 0;
  std::string meaning;
};

// The examples and exit codes of the command at `path` ("advance",
// "report overdue"; "" for sopctl itself). A nested command without
// exit codes of its own has its parent's.
struct CommandHelp
{
  std::vector<Example> examples;
  std::vector<ExitStatus> exits;
};

CommandHelp help_for(std::string_view path);

} // namespace sopctl::cmd
