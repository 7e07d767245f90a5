#pragma once

// The help sopctl prints, made from the command line's description
// (command_info.hpp) and the examples table (help_examples.hpp), with every
// heading in the user's language.
#include <command_info.hpp>
#include <string>

namespace sopctl::cmd {

// `sopctl COMMAND --help`: the one-line help, usage, arguments, options,
// nested commands, examples and exit codes.
std::string render_help(const CommandInfo& command);

// `sopctl` alone: the usage and the commands used most, grouped as a
// drafting run goes.
std::string render_short_usage(const CommandInfo& root);

} // namespace sopctl::cmd
