// Parses the command line: the subcommands come from commands.def, each
// declaring its own options through cmd::Options. This is the only file that
// includes CLI11 (5 s to compile).
#include <CLI/CLI.hpp>
#include <cli.hpp>
#include <command.hpp>
#include <fmt/format.h>
#include <model/errors.hpp>
#include <new>
#include <process/interruption.hpp>

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

// cmd::Options over a CLI11 subcommand.
class CliOptions final : public Options
{
public:
  explicit CliOptions(CLI::App* app)
    : app_(app)
  {}

  Options& positional(const std::string& name,
                      std::string& into,
                      const std::string& help,
                      Need need) override
  {
    auto* option = app_->add_option(name, into, help);
    if (need == Need::required) {
      option->required();
    }
    return *this;
  }

  Options& positionals(const std::string& name,
                       std::vector<std::string>& into,
                       const std::string& help) override
  {
    app_->add_option(name, into, help);
    return *this;
  }

  Options& option(const std::string& name,
                  std::string& into,
                  const std::string& help,
                  Need need,
                  const std::string& value_name) override
  {
    auto* option = app_->add_option(name, into, help);
    if (need == Need::required) {
      option->required();
    }
    if (!value_name.empty()) {
      option->option_text(value_name);
    }
    return *this;
  }

  Options& repeated(const std::string& name,
                    std::vector<std::string>& into,
                    const std::string& help) override
  {
    app_->add_option(name, into, help);
    return *this;
  }

  Options& number(const std::string& name, int& into, const std::string& help) override
  {
    app_->add_option(name, into, help);
    return *this;
  }

  Options& choice(const std::string& name,
                  std::string& into,
                  const std::vector<std::string>& allowed,
                  const std::string& help) override
  {
    app_->add_option(name, into, help)->check(CLI::IsMember(allowed));
    return *this;
  }

  Options& flag(const std::string& name, bool& into, const std::string& help) override
  {
    app_->add_flag(name, into, help);
    return *this;
  }

  Options& subcommand(const std::string& name,
                      const std::string& help,
                      std::function<void()> chosen) override
  {
    app_->require_subcommand(1);
    auto* sub = app_->add_subcommand(name, help);
    sub->callback(std::move(chosen));
    nested_.push_back(std::make_unique<CliOptions>(sub));
    return *nested_.back();
  }

private:
  CLI::App* app_;
  std::vector<std::unique_ptr<CliOptions>> nested_;
};

// CLI11 answers an unknown command with "A subcommand is required"; name
// the word instead. Returns false (having said so) for an unknown one.
bool known_command(int argc, const char* const* argv, std::ostream& err)
{
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "-C") {
      ++i;
      continue;
    }
    if (arg.starts_with("-")) {
      continue;
    }
    std::string names;
    for (const auto& registration : registrations) {
      if (arg == registration.name) {
        return true;
      }
      names += (names.empty() ? "" : ", ") + std::string(registration.name);
    }
    err << "unknown command \"" << arg << "\"; the commands are: " << names << '\n';
    return false;
  }
  return true;
}

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
    context.err << "sopctl: stopped by signal " << stop.signal() << "; nothing was written\n";
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
    context.err << "sopctl: out of memory\n";
    return exit_refused;
  } catch (const std::exception& error) {
    context.err << "sopctl: " << error.what() << '\n';
    return exit_refused;
  }
}

} // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err)
{
  CLI::App app{"sopctl: draft government SOPs (SOP AP) through their "
               "drafting procedure, as plain YAML files in git.",
               "sopctl"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "sopctl " SOPCTL_VERSION);
  std::string directory;
  app.add_option("-C", directory, "Run as if started in DIR")->option_text("DIR");

  std::vector<std::pair<CLI::App*, Handler>> handlers;
  std::vector<std::unique_ptr<CliOptions>> options;
  for (const auto& registration : registrations) {
    auto* sub = app.add_subcommand(registration.name);
    options.push_back(std::make_unique<CliOptions>(sub));
    auto definition = registration.define(*options.back());
    sub->description(definition.help);
    handlers.emplace_back(sub, std::move(definition.run));
  }

  if (!known_command(argc, argv, err)) {
    return exit_usage;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    int code = app.exit(error, out, err);
    return code == 0 ? 0 : exit_usage;
  }

  std::optional<std::filesystem::path> chosen_directory;
  if (!directory.empty()) {
    chosen_directory = directory;
  }
  std::error_code no_cwd;
  auto cwd = std::filesystem::current_path(no_cwd);
  if (no_cwd) {
    err << "sopctl: cannot tell the current directory: " << no_cwd.message() << '\n';
    return exit_refused;
  }
  Context context{out, err, cwd, chosen_directory};
  for (const auto& [sub, handler] : handlers) {
    if (*sub) {
      return run_handler(handler, context);
    }
  }
  return exit_usage; // require_subcommand(1) makes this unreachable
}

} // namespace sopctl::cmd
