#include <CLI/CLI.hpp>
#include <cli_errors.hpp>
#include <i18n/tr.hpp>
#include <suggest.hpp>

namespace sopctl::cmd {

namespace {

std::string join(const std::vector<std::string>& words, const char* separator)
{
  std::string joined;
  for (const auto& word : words) {
    joined += (joined.empty() ? "" : separator) + word;
  }
  return joined;
}

// "did you mean status?" or "did you mean due or done?" as one sentence.
std::string did_you_mean(const std::vector<std::string>& near)
{
  return near.size() == 1 ? trf("did you mean {}?", near[0])
                          : trf("did you mean one of {}?", join(near, ", "));
}

std::vector<std::string> option_names(const CommandInfo& command)
{
  std::vector<std::string> names;
  for (const auto& option : command.options) {
    if (!option.positional) {
      names.push_back(option.name);
    }
  }
  return names;
}

std::vector<std::string> command_names(const CommandInfo& command)
{
  std::vector<std::string> names;
  for (const auto* sub : visible_subcommands(command)) {
    names.push_back(sub->name);
  }
  return names;
}

// A word CLI11 could not place: an unknown option, an unknown command, or
// one argument too many.
std::string describe_leftover(const CommandInfo& command, const std::string& word)
{
  auto name = full_name(command);
  if (word.size() > 1 && word.starts_with("-")) {
    auto option = word.substr(0, word.find('='));
    auto near = nearest(option, option_names(command));
    if (near.empty()) {
      return trf("{}: unknown option {}", name, option);
    }
    return trf("{}: unknown option {}; {}", name, option, did_you_mean(near));
  }
  auto commands = command_names(command);
  if (commands.empty()) {
    return trf("{}: unexpected argument \"{}\"", name, word);
  }
  auto near = nearest(word, commands);
  if (near.empty()) {
    return trf(
      "{}: unknown command \"{}\"; the commands are: {}", name, word, join(commands, ", "));
  }
  return trf("{}: unknown command \"{}\"; {}", name, word, did_you_mean(near));
}

// The option (or positional) CLI11 names at the start of its message
// ("--role: 1 required TEXT missing", "Could not convert: --year = x").
std::string named_in(const std::string& what, const std::string& prefix)
{
  auto start = what.starts_with(prefix) ? prefix.size() : 0;
  auto end = what.find_first_of(": =", start);
  return what.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

const OptionInfo* find_option(const CommandInfo& command, const std::string& name)
{
  for (const auto& option : command.options) {
    if (option.name == name) {
      return &option;
    }
  }
  return nullptr;
}

std::string describe_error(const CLI::App& app,
                           const CommandInfo& command,
                           const CLI::ParseError& error)
{
  auto name = full_name(command);
  std::string what = error.what();
  if (dynamic_cast<const CLI::RequiredError*>(&error)) {
    if (app.get_require_subcommand_min() > 0 && app.get_subcommands().empty()) {
      return trf("{}: give a command: {}", name, join(command_names(command), ", "));
    }
    for (const auto& option : command.options) {
      const auto* parsed = app.get_option_no_throw(option.name);
      if (option.required && parsed && parsed->count() == 0) {
        auto words = option.positional ? option.value_name : option.name + " " + option.value_name;
        return trf("{}: {} is required", name, words);
      }
    }
  }
  if (dynamic_cast<const CLI::ValidationError*>(&error)) {
    for (const auto& option : command.options) {
      const auto* parsed = app.get_option_no_throw(option.name);
      if (option.choices.empty() || !parsed) {
        continue;
      }
      for (const auto& value : parsed->results()) {
        if (std::find(option.choices.begin(), option.choices.end(), value) ==
            option.choices.end()) {
          return trf("{}: {} \"{}\" is not offered; use one of: {}",
                     name,
                     option.name,
                     value,
                     join(option.choices, ", "));
        }
      }
    }
  }
  if (dynamic_cast<const CLI::ConversionError*>(&error)) {
    auto option = named_in(what, "Could not convert: ");
    auto value =
      what.substr(what.find(" = ") == std::string::npos ? what.size() : what.find(" = ") + 3);
    return trf("{}: {} \"{}\" is not a whole number", name, option, value);
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    auto option = named_in(what, "");
    if (const auto* known = find_option(command, option); known && !known->value_name.empty()) {
      return trf("{}: {} needs a value: {} {}", name, option, option, known->value_name);
    }
    return trf("{}: {} needs a value", name, option);
  }
  // Anything else CLI11 may say, in its own words.
  return trf("{}: {}", name, what);
}

} // namespace

const CLI::App& chosen_app(const CLI::App& app)
{
  const CLI::App* chosen = &app;
  while (!chosen->get_subcommands().empty()) {
    chosen = chosen->get_subcommands().front();
  }
  return *chosen;
}

const CommandInfo& info_of(const CLI::App& app, const CommandInfo& root)
{
  std::vector<std::string> names;
  for (const auto* at = &app; at->get_parent(); at = at->get_parent()) {
    names.insert(names.begin(), at->get_name());
  }
  const CommandInfo* info = &root;
  for (const auto& name : names) {
    for (const auto& sub : info->subcommands) {
      if (sub.name == name) {
        info = &sub;
        break;
      }
    }
  }
  return *info;
}

std::string describe_parse_error(const CLI::App& app,
                                 const CommandInfo& root,
                                 const CLI::ParseError& error)
{
  const auto& chosen = chosen_app(app);
  const auto& command = info_of(chosen, root);
  // A word that fits nowhere explains the rest ("--rol kabid" leaves
  // --role missing): it comes first.
  auto leftovers = app.remaining(true);
  auto message = leftovers.empty() ? describe_error(chosen, command, error)
                                   : describe_leftover(command, leftovers.front());
  return message + '\n' +
         trf("Run \"{} --help\" for its options and examples.", full_name(command)) + '\n';
}

} // namespace sopctl::cmd
