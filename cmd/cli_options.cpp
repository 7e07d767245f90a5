#include <CLI/CLI.hpp>
#include <cli_options.hpp>
#include <i18n/tr.hpp>
#include <map>

namespace sopctl::cmd {

namespace {

// The value an option takes, as help and the man page show it: the few
// names several commands share, else the option's name in capitals.
std::string value_name_of(const std::string& name)
{
  static const std::map<std::string, std::string> shared = {
    {"--at", "TIME"},
    {"--by", "NAME"},
    {"--note", "TEXT"},
    {"--set", "KEY=VALUE"},
    {"--within", "DURATION"},
    {"--from", "FILE"},
    {"-o", "FILE"},
  };
  if (auto found = shared.find(name); found != shared.end()) {
    return found->second;
  }
  std::string upper;
  for (char c : name) {
    if (c != '-') {
      upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
  }
  return upper;
}

// What a shell completes for a value, by the argument's name: the same
// names mean the same thing in every command.
Completes completion_of(const std::string& name)
{
  static const std::map<std::string, Completes> by_name = {
    {"--role", Completes::roles},
    {"draft", Completes::drafts},
    {"drafts", Completes::drafts},
    {"sop", Completes::drafts},
    {"-o", Completes::files},
    {"--from", Completes::files},
    {"file", Completes::files},
    {"paths", Completes::files},
    {"base", Completes::files},
    {"ours", Completes::files},
    {"theirs", Completes::files},
    {"path", Completes::files},
    {"dir", Completes::directories},
    {"--out", Completes::directories},
  };
  auto found = by_name.find(name);
  return found == by_name.end() ? Completes::nothing : found->second;
}

} // namespace

OptionInfo help_option()
{
  OptionInfo help;
  help.name = "--help";
  help.short_name = "-h";
  help.help = tr("Show this help and exit");
  return help;
}

CliOptions::CliOptions(CLI::App* app, CommandInfo& info)
  : app_(app)
  , info_(info)
{
  info_.options.push_back(help_option());
}

OptionInfo& CliOptions::describe(const std::string& name, const std::string& help, bool takes_value)
{
  OptionInfo option;
  option.name = name;
  option.help = help;
  option.positional = !name.starts_with("-");
  if (takes_value) {
    option.value_name = value_name_of(name);
    option.completes = completion_of(name);
  }
  info_.options.push_back(option);
  return info_.options.back();
}

Options& CliOptions::positional(const std::string& name,
                                std::string& into,
                                const std::string& help,
                                Need need)
{
  auto* option = app_->add_option(name, into, help);
  describe(name, help, true).required = need == Need::required;
  if (need == Need::required) {
    option->required();
  }
  return *this;
}

Options& CliOptions::completes(Completes kind)
{
  info_.options.back().completes = kind;
  return *this;
}

Options& CliOptions::positionals(const std::string& name,
                                 std::vector<std::string>& into,
                                 const std::string& help)
{
  app_->add_option(name, into, help);
  describe(name, help, true).repeated = true;
  return *this;
}

Options& CliOptions::option(const std::string& name,
                            std::string& into,
                            const std::string& help,
                            Need need,
                            const std::string& value_name)
{
  auto* option = app_->add_option(name, into, help);
  auto& info = describe(name, help, true);
  info.required = need == Need::required;
  if (need == Need::required) {
    option->required();
  }
  if (!value_name.empty()) {
    info.value_name = value_name;
  }
  return *this;
}

Options& CliOptions::repeated(const std::string& name,
                              std::vector<std::string>& into,
                              const std::string& help)
{
  app_->add_option(name, into, help);
  describe(name, help, true).repeated = true;
  return *this;
}

Options& CliOptions::number(const std::string& name, int& into, const std::string& help)
{
  app_->add_option(name, into, help);
  describe(name, help, true);
  return *this;
}

OptionInfo& CliOptions::describe_choices(const std::string& name,
                                         const std::string& help,
                                         const std::vector<std::string>& allowed)
{
  auto& info = describe(name, help, true);
  info.choices = allowed;
  info.completes = Completes::choices;
  std::string joined;
  for (const auto& value : allowed) {
    joined += (joined.empty() ? "" : "|") + value;
  }
  info.value_name = joined;
  return info;
}

Options& CliOptions::choice(const std::string& name,
                            std::string& into,
                            const std::vector<std::string>& allowed,
                            const std::string& help)
{
  app_->add_option(name, into, help)->check(CLI::IsMember(allowed));
  describe_choices(name, help, allowed);
  return *this;
}

Options& CliOptions::choices(const std::string& name,
                             std::vector<std::string>& into,
                             const std::vector<std::string>& allowed,
                             const std::string& help)
{
  app_->add_option(name, into, help)->delimiter(',')->check(CLI::IsMember(allowed));
  describe_choices(name, help, allowed).repeated = true;
  return *this;
}

Options& CliOptions::flag(const std::string& name, bool& into, const std::string& help)
{
  app_->add_flag(name, into, help);
  describe(name, help, false);
  return *this;
}

Options& CliOptions::subcommand(const std::string& name,
                                const std::string& help,
                                std::function<void()> chosen)
{
  app_->require_subcommand(1);
  auto* sub = app_->add_subcommand(name, help);
  sub->callback(std::move(chosen));
  auto& info = info_.subcommands.emplace_back();
  info.name = name;
  info.path = info_.path.empty() ? name : info_.path + " " + name;
  info.help = help;
  nested_.push_back(std::make_unique<CliOptions>(sub, info));
  return *nested_.back();
}

} // namespace sopctl::cmd
