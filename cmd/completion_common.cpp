#include <completion_scripts.hpp>

namespace sopctl::cmd::completion {

std::vector<const CommandInfo*> commands_with_root(const CommandInfo& root)
{
  auto commands = all_commands(root);
  commands.insert(commands.begin(), &root);
  return commands;
}

namespace {

void add(std::string& words, const std::string& word)
{
  words += (words.empty() ? "" : " ") + word;
}

} // namespace

std::string subcommand_words(const CommandInfo& command)
{
  std::string words;
  for (const auto* sub : visible_subcommands(command)) {
    add(words, sub->name);
  }
  return words;
}

std::string option_words(const CommandInfo& command)
{
  std::string words;
  for (const auto& option : command.options) {
    if (!option.positional) {
      add(words, option.name);
      if (!option.short_name.empty()) {
        add(words, option.short_name);
      }
    }
  }
  return words;
}

std::string value_option_words(const CommandInfo& command)
{
  std::string words;
  for (const auto& option : command.options) {
    if (!option.positional && !option.value_name.empty()) {
      add(words, option.name);
    }
  }
  return words;
}

std::string single_quoted(const std::string& text)
{
  std::string quoted = "'";
  for (char c : text) {
    quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return quoted + "'";
}

} // namespace sopctl::cmd::completion
