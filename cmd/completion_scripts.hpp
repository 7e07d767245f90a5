#pragma once

// Shell completion scripts made from the command line's description: the
// commands, nested commands, options and their choices, and, through the
// hidden `sopctl __complete drafts|roles`, the repository's draft ids and
// role keys (with the -C of the line being completed).
#include <command_info.hpp>
#include <string>

namespace sopctl::cmd {

// For bash (`source <(sopctl completion bash)`): defines _sopctl and
// registers it with `complete -F _sopctl sopctl`.
std::string bash_completion(const CommandInfo& root);

// For zsh: a #compdef file for a directory on $fpath, which also works
// when sourced (then it calls compdef itself).
std::string zsh_completion(const CommandInfo& root);

// For fish: `complete -c sopctl ...` lines.
std::string fish_completion(const CommandInfo& root);

// Helpers the three share.
namespace completion {

// The root and every visible command below it.
std::vector<const CommandInfo*> commands_with_root(const CommandInfo& root);

// The words of `command`'s visible nested commands, joined by spaces.
std::string subcommand_words(const CommandInfo& command);

// Its option names (short names too), joined by spaces.
std::string option_words(const CommandInfo& command);

// The options that take a value, joined by spaces.
std::string value_option_words(const CommandInfo& command);

// `text` inside single quotes for a shell ('it'\''s').
std::string single_quoted(const std::string& text);

} // namespace completion

} // namespace sopctl::cmd
