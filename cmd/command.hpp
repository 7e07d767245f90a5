#pragma once

#include <command_info.hpp>
#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace sopctl::cmd {

struct CommandInfo;

// What every command gets: where to write, and where it runs (the directory
// it was started in, or the one `-C DIR` changed to before it ran, as git
// does), and the whole command line's description (for help, completion
// and the man page).
struct Context
{
  std::ostream& out;
  std::ostream& err;
  std::filesystem::path cwd;
  const CommandInfo& program;
};

// Whether an argument must be given.
enum class Need
{
  optional,
  required,
};

// The options of one subcommand, declared by the subcommand's own file and
// bound to variables it owns. cli.cpp implements it over CLI11, so that only
// cli.cpp includes CLI11 (5 s to compile).
class Options
{
public:
  virtual ~Options() = default;

  // A positional argument.
  virtual Options& positional(const std::string& name,
                              std::string& into,
                              const std::string& help,
                              Need need = Need::optional) = 0;
  // Positional arguments, any number of them.
  virtual Options& positionals(const std::string& name,
                               std::vector<std::string>& into,
                               const std::string& help) = 0;
  // `--name VALUE`; `value_name` shows in the help as `--name VALUE_NAME`.
  virtual Options& option(const std::string& name,
                          std::string& into,
                          const std::string& help,
                          Need need = Need::optional,
                          const std::string& value_name = "") = 0;
  // `--name VALUE`, repeatable.
  virtual Options& repeated(const std::string& name,
                            std::vector<std::string>& into,
                            const std::string& help) = 0;
  // `--name N`.
  virtual Options& number(const std::string& name, int& into, const std::string& help) = 0;
  // `--name VALUE` where VALUE is one of `allowed`.
  virtual Options& choice(const std::string& name,
                          std::string& into,
                          const std::vector<std::string>& allowed,
                          const std::string& help) = 0;
  // `--name VALUE`, repeatable, each VALUE one of `allowed`; a VALUE may
  // also list several separated by commas (`--state konsep,berlaku`).
  virtual Options& choices(const std::string& name,
                           std::vector<std::string>& into,
                           const std::vector<std::string>& allowed,
                           const std::string& help) = 0;
  // `--name`, true when given.
  virtual Options& flag(const std::string& name, bool& into, const std::string& help) = 0;
  // What a shell completes for the argument declared last, where its name
  // alone does not say (render's SOP also takes book, register, ...).
  virtual Options& completes(Completes kind) = 0;
  // A nested subcommand (`report overdue`); `chosen` runs when it is the
  // one given. One of the nested subcommands is then required.
  virtual Options& subcommand(const std::string& name,
                              const std::string& help,
                              std::function<void()> chosen) = 0;
};

// Runs a subcommand once its options are parsed; returns the exit code.
using Handler = std::function<int(const Context&)>;

// What a subcommand's `define_*` function gives back: its one-line help and
// its handler (which captures the variables its options fill in). A hidden
// one is left out of help, completion and the man page (`__complete`).
struct Definition
{
  std::string help;
  Handler run;
  bool hidden = false;
};

// One `define_*` per subcommand, each in its own cmd/ file; see commands.def.
#define SOPCTL_COMMAND(function, name) Definition define_##function(Options& options);
#include <commands.def>
#undef SOPCTL_COMMAND

} // namespace sopctl::cmd
