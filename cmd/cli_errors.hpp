#pragma once

// CLI11's parse errors said in sopctl's words, in the user's language, with
// the nearest command or option suggested for a mistyped one.
#include <command_info.hpp>
#include <string>

namespace CLI {
class App;
class ParseError;
} // namespace CLI

namespace sopctl::cmd {

// The deepest command the command line chose (`app` itself when none).
const CLI::App& chosen_app(const CLI::App& app);

// The description of `app` (a command of the tree `root` describes).
const CommandInfo& info_of(const CLI::App& app, const CommandInfo& root);

// The message for a command line CLI11 refused, ending with where to find
// help; `error` was thrown by `app.parse`.
std::string describe_parse_error(const CLI::App& app,
                                 const CommandInfo& root,
                                 const CLI::ParseError& error);

} // namespace sopctl::cmd
