// Parses the command line: the subcommands come from commands.def, each
// declaring its own options through cmd::Options (cli_options.cpp), which
// also describes them for help, completion and the man page. CLI11 is
// included only by the cli*.cpp files (5 s each to compile).
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cli.hpp>
#include <cli_errors.hpp>
#include <cli_options.hpp>
#include <command.hpp>
#include <cstring>
#include <help_text.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <new>
#include <process/interruption.hpp>
#include <unistd.h>

namespace sopctl::cmd {

namespace {

// Exit codes (README "Exit codes").
constexpr int exit_refused = 1;
constexpr int exit_usage = 2;

// One subcommand: the word typed and the function that defines it.
struct Registration
{
  const char* name;
  Definition (*define)(Options&);
};

constexpr Registration registrations[] = {
#define SOPCTL_COMMAND(function, name) {name, define_##function},
#include <commands.def>
#undef SOPCTL_COMMAND
};

// Runs the chosen handler, turning every exception into a message and an
// exit code: nothing escapes to std::terminate.
int run_handler(const Handler& handler, const Context& context)
{
  try {
    int code = handler(context);
    // A signal that came while no outside program ran: the command went on.
    if (int signal = process::interrupted_by()) {
      return 128 + signal;
    }
    return code;
  } catch (const process::Interrupted& stop) {
    // Its program's process group is killed, the scratch directories are
    // gone (unwound): 128 + signal, as a shell reports a killed command.
    context.err << trf("sopctl: stopped by signal {}; nothing was written", stop.signal()) << '\n';
    return 128 + stop.signal();
  } catch (const model::UsageError& error) {
    context.err << error.what() << '\n';
    return exit_usage;
  } catch (const model::Error& error) {
    context.err << error.what() << '\n';
    return exit_refused;
  } catch (const std::filesystem::filesystem_error& error) {
    // The standard library's text ("filesystem error: cannot ...: File name
    // too long [path]") names the path; say it in sopctl's words.
    auto path = error.path1().string();
    if (path.size() > 160) {
      path = path.substr(0, 100) + "..." + path.substr(path.size() - 40);
    }
    path += path.empty() ? "" : ": ";
    context.err << "sopctl: " << path << error.code().message() << '\n';
    return exit_refused;
  } catch (const std::bad_alloc&) {
    context.err << tr("sopctl: out of memory") << '\n';
    return exit_refused;
  } catch (const std::exception& error) {
    context.err << "sopctl: " << error.what() << '\n';
    return exit_refused;
  }
}

// `-C DIR`, as git does: each one changes to DIR (taken relative to the one
// before), an empty one changes nothing. Returns false, having said why,
// when a directory cannot be entered.
bool change_directories(const std::vector<std::string>& directories, std::ostream& err)
{
  for (const auto& directory : directories) {
    if (!directory.empty() && ::chdir(directory.c_str()) != 0) {
      err << trf("sopctl: -C {}: cannot change to this directory: {}",
                 directory,
                 std::strerror(errno))
          << '\n';
      return false;
    }
  }
  return true;
}

// CLI11's help made sopctl's: whatever asks CLI11 for a command's help gets
// help_text.cpp's, with its headings ("Usage:", "Options:", "Commands:")
// in the user's language, instead of CLI11's English.
class HelpFormatter final : public CLI::FormatterBase
{
public:
  explicit HelpFormatter(const CommandInfo& root)
    : root_(root)
  {}

  std::string make_help(const CLI::App* app, std::string, CLI::AppFormatMode) const override
  {
    return render_help(info_of(*app, root_));
  }

private:
  const CommandInfo& root_;
};

// The program's own options, described as its subcommands' are.
void describe_program(CommandInfo& root)
{
  root.help = tr("sopctl: draft government SOPs (SOP AP) through their drafting procedure, as "
                 "plain YAML files in git.");
  OptionInfo directory;
  directory.name = "-C";
  directory.value_name = "DIR";
  directory.help = tr("Run as if started in DIR (repeatable: each is taken from the one before)");
  directory.completes = Completes::directories;
  directory.repeated = true;
  OptionInfo version;
  version.name = "--version";
  version.help = tr("Print sopctl's version and exit");
  root.options = {directory, version, help_option()};
}

} // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err)
{
  CommandInfo root;
  describe_program(root);
  CLI::App app{root.help, "sopctl"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "sopctl " SOPCTL_VERSION);
  std::vector<std::string> directories;
  app.add_option("-C", directories)
    ->expected(1)
    ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);

  // Before the subcommands: each takes its parent's formatter when made.
  app.formatter(std::make_shared<HelpFormatter>(root));
  std::vector<std::pair<CLI::App*, Handler>> handlers;
  std::vector<std::unique_ptr<CliOptions>> options;
  for (const auto& registration : registrations) {
    auto* sub = app.add_subcommand(registration.name);
    auto& info = root.subcommands.emplace_back();
    info.name = registration.name;
    info.path = registration.name;
    options.push_back(std::make_unique<CliOptions>(sub, info));
    auto definition = registration.define(*options.back());
    sub->description(definition.help);
    info.help = definition.help;
    info.hidden = definition.hidden;
    if (definition.hidden) {
      sub->group("");
    }
    handlers.emplace_back(sub, std::move(definition.run));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    out << chosen_app(app).help();
    return 0;
  } catch (const CLI::CallForAllHelp&) {
    out << chosen_app(app).help();
    return 0;
  } catch (const CLI::CallForVersion&) {
    out << "sopctl " SOPCTL_VERSION << '\n';
    return 0;
  } catch (const CLI::ParseError& error) {
    // `sopctl` alone (or with only -C): what git does, the common commands.
    if (app.get_subcommands().empty() && app.remaining(true).empty() &&
        dynamic_cast<const CLI::RequiredError*>(&error)) {
      err << render_short_usage(root);
      return exit_usage;
    }
    err << describe_parse_error(app, root, error);
    return exit_usage;
  }

  if (!change_directories(directories, err)) {
    return exit_refused;
  }
  std::error_code no_cwd;
  auto cwd = std::filesystem::current_path(no_cwd);
  if (no_cwd) {
    err << trf("sopctl: cannot tell the current directory: {}", no_cwd.message()) << '\n';
    return exit_refused;
  }
  Context context{out, err, cwd, root};
  for (const auto& [sub, handler] : handlers) {
    if (*sub) {
      return run_handler(handler, context);
    }
  }
  return exit_usage; // require_subcommand(1) makes this unreachable
}

} // namespace sopctl::cmd
