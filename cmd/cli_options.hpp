#pragma once

// cmd::Options over a CLI11 subcommand, recording every declaration in a
// CommandInfo too (command_info.hpp).
#include <command.hpp>
#include <command_info.hpp>
#include <memory>

namespace CLI {
class App;
}

namespace sopctl::cmd {

// Declares options on `app` and describes them in `info`; both must outlive
// it.
class CliOptions final : public Options
{
public:
  CliOptions(CLI::App* app, CommandInfo& info);

  Options& positional(const std::string& name,
                      std::string& into,
                      const std::string& help,
                      Need need) override;
  Options& positionals(const std::string& name,
                       std::vector<std::string>& into,
                       const std::string& help) override;
  Options& option(const std::string& name,
                  std::string& into,
                  const std::string& help,
                  Need need,
                  const std::string& value_name) override;
  Options& repeated(const std::string& name,
                    std::vector<std::string>& into,
                    const std::string& help) override;
  Options& number(const std::string& name, int& into, const std::string& help) override;
  Options& choice(const std::string& name,
                  std::string& into,
                  const std::vector<std::string>& allowed,
                  const std::string& help) override;
  Options& choices(const std::string& name,
                   std::vector<std::string>& into,
                   const std::vector<std::string>& allowed,
                   const std::string& help) override;
  Options& flag(const std::string& name, bool& into, const std::string& help) override;
  Options& completes(Completes kind) override;
  Options& subcommand(const std::string& name,
                      const std::string& help,
                      std::function<void()> chosen) override;

private:
  // Records an option in info_ with its value name and completion.
  OptionInfo& describe(const std::string& name, const std::string& help, bool takes_value);
  // Records an option whose values are one of `allowed`.
  OptionInfo& describe_choices(const std::string& name,
                               const std::string& help,
                               const std::vector<std::string>& allowed);

  CLI::App* app_;
  CommandInfo& info_;
  std::vector<std::unique_ptr<CliOptions>> nested_;
};

// The description of `-h, --help` every command has.
OptionInfo help_option();

} // namespace sopctl::cmd
