#include <algorithm>
#include <cctype>
#include <command_info.hpp>

namespace sopctl::cmd {

std::vector<const CommandInfo*> visible_subcommands(const CommandInfo& command)
{
  std::vector<const CommandInfo*> visible;
  for (const auto& sub : command.subcommands) {
    if (!sub.hidden) {
      visible.push_back(&sub);
    }
  }
  return visible;
}

namespace {

void collect(const CommandInfo& command, std::vector<const CommandInfo*>& into)
{
  for (const auto* sub : visible_subcommands(command)) {
    into.push_back(sub);
    collect(*sub, into);
  }
}

std::string upper(std::string text)
{
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
    return static_cast<char>(c == '-' ? '_' : std::toupper(c));
  });
  return text;
}

} // namespace

std::vector<const CommandInfo*> all_commands(const CommandInfo& root)
{
  std::vector<const CommandInfo*> commands;
  collect(root, commands);
  return commands;
}

std::string full_name(const CommandInfo& command)
{
  return command.path.empty() ? "sopctl" : "sopctl " + command.path;
}

std::string synopsis(const CommandInfo& command)
{
  std::string text;
  auto add = [&text](const std::string& part) { text += (text.empty() ? "" : " ") + part; };
  for (const auto& option : command.options) {
    if (option.positional) {
      auto word = upper(option.name) + (option.repeated ? "..." : "");
      add(option.required ? word : "[" + word + "]");
    }
  }
  for (const auto& option : command.options) {
    if (option.positional || option.name == "--help") {
      continue;
    }
    auto word = option.name;
    if (!option.value_name.empty()) {
      word += " " + option.value_name;
    }
    word += option.repeated ? "..." : "";
    add(option.required ? word : "[" + word + "]");
  }
  if (!visible_subcommands(command).empty()) {
    add("COMMAND");
  }
  return text;
}

} // namespace sopctl::cmd
