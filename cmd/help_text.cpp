#include <fmt/format.h>
#include <help_examples.hpp>
#include <help_text.hpp>
#include <i18n/tr.hpp>

namespace sopctl::cmd {

namespace {

constexpr size_t name_column = 26;

// "  NAME   help": the help on the same line when the name leaves room,
// else on the next one.
std::string row(const std::string& name, const std::string& help)
{
  std::string line = "  " + name;
  if (help.empty()) {
    return line + '\n';
  }
  if (line.size() + 2 > name_column) {
    return line + '\n' + std::string(name_column, ' ') + help + '\n';
  }
  return line + std::string(name_column - line.size(), ' ') + help + '\n';
}

std::string option_words(const OptionInfo& option)
{
  if (option.positional) {
    std::string upper;
    for (char c : option.name) {
      upper += static_cast<char>(c == '-' ? '_' : std::toupper(static_cast<unsigned char>(c)));
    }
    return upper + (option.repeated ? "..." : "");
  }
  auto words = option.short_name.empty() ? option.name : option.short_name + ", " + option.name;
  if (!option.value_name.empty()) {
    words += " " + option.value_name;
  }
  return words;
}

std::string option_help(const OptionInfo& option)
{
  if (option.required && !option.positional) {
    return trf("{} (required)", option.help);
  }
  return option.help;
}

} // namespace

std::string render_help(const CommandInfo& command)
{
  std::string text;
  if (!command.help.empty()) {
    text += command.help + "\n\n";
  }
  text += trf("Usage: {} {}", full_name(command), synopsis(command)) + '\n';

  std::string arguments;
  std::string options;
  const OptionInfo* help = nullptr;
  for (const auto& option : command.options) {
    if (option.name == "--help") {
      help = &option;
    } else if (option.positional) {
      arguments += row(option_words(option), option.help);
    } else {
      options += row(option_words(option), option_help(option));
    }
  }
  if (help) {
    options += row(option_words(*help), help->help);
  }
  if (!arguments.empty()) {
    text += std::string("\n") + tr("Arguments:") + '\n' + arguments;
  }
  text += std::string("\n") + tr("Options:") + '\n' + options;
  auto subcommands = visible_subcommands(command);
  if (!subcommands.empty()) {
    text += std::string("\n") + tr("Commands:") + '\n';
    for (const auto* sub : subcommands) {
      text += row(sub->name, sub->help);
    }
    text += trf("Run \"{} COMMAND --help\" for the options of one.", full_name(command)) + '\n';
  }

  auto more = help_for(command.path);
  if (!more.examples.empty()) {
    text += std::string("\n") + tr("Examples:") + '\n';
    for (const auto& example : more.examples) {
      text += "  " + example.command + "\n      " + example.what + '\n';
    }
  }
  if (!more.exits.empty()) {
    text += std::string("\n") + tr("Exit status:") + '\n';
    for (const auto& exit : more.exits) {
      text += fmt::format("  {:<3} {}\n", exit.code, exit.meaning);
    }
  }
  return text;
}

std::string render_short_usage(const CommandInfo& root)
{
  // As git's bare `git` does: the commands of a drafting run, in its order.
  struct Group
  {
    const char* heading;
    std::vector<std::string> names;
  };
  const Group groups[] = {
    {tr("Start a repository and a draft:"), {"init", "start"}},
    {tr("Work on a draft:"), {"edit", "advance", "note"}},
    {tr("See where the drafts are:"), {"status", "log", "report"}},
    {tr("Check and print:"), {"check", "render"}},
  };
  std::string text = trf("Usage: {} {}", "sopctl", "[-C DIR] COMMAND [ARGS]...") + "\n";
  for (const auto& group : groups) {
    text += std::string("\n") + group.heading + '\n';
    for (const auto& name : group.names) {
      for (const auto* sub : visible_subcommands(root)) {
        if (sub->name == name) {
          text += row(sub->name, sub->help);
        }
      }
    }
  }
  text += std::string("\n") +
          tr("Run \"sopctl --help\" for every command and the exit codes, and \"sopctl COMMAND "
             "--help\" for one command's options and examples.") +
          '\n';
  return text;
}

} // namespace sopctl::cmd
