#pragma once

// The command line described as plain values: the same Options calls that
// declare a subcommand's options to CLI11 record them here (cli_options.cpp),
// so help, completion scripts and the man page come from one definition.
#include <deque>
#include <string>
#include <vector>

namespace sopctl::cmd {

// What a value is completed with in a shell.
enum class Completes
{
  nothing,     // free text: a title, a time, a name
  choices,     // one of OptionInfo::choices
  files,       // a path
  directories, // a directory
  drafts,      // a draft id (`sopctl __complete drafts`)
  documents,   // what render prints: a draft id, book, register, monitoring, evaluation
  roles,       // a role key of the procedure (`sopctl __complete roles`)
};

// One option or positional argument.
struct OptionInfo
{
  std::string name;       // "--role", "-o"; a positional's name: "draft"
  std::string short_name; // "-h" beside "--help"; mostly empty
  std::string value_name; // "ROLE", "FILE"; empty for a flag
  std::string help;
  std::vector<std::string> choices;
  Completes completes = Completes::nothing;
  bool positional = false;
  bool required = false;
  bool repeated = false; // given any number of times (or positionals: any number)
};

// One command: the program itself, a subcommand or a nested subcommand.
struct CommandInfo
{
  std::string name; // "overdue"
  std::string path; // "report overdue" ("" for sopctl itself)
  std::string help; // one line
  std::vector<OptionInfo> options;
  // A deque: nested commands are added while earlier ones are still being
  // filled in through references.
  std::deque<CommandInfo> subcommands;
  bool hidden = false;
};

// The visible subcommands of `command`, in definition order.
std::vector<const CommandInfo*> visible_subcommands(const CommandInfo& command);

// Every visible command below `root`, depth first (parents before children).
std::vector<const CommandInfo*> all_commands(const CommandInfo& root);

// `sopctl report overdue` for "report overdue", `sopctl` for the root.
std::string full_name(const CommandInfo& command);

// The command's synopsis after its name: `[OPTIONS] [DRAFT]`, `COMMAND`.
std::string synopsis(const CommandInfo& command);

} // namespace sopctl::cmd
