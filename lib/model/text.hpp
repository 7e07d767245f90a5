#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sopctl::model {

// `text` on one line, for tables and messages: line breaks (CR LF, LF) and
// tabs become single spaces, and runs of spaces they leave are collapsed.
// The document keeps the breaks; a status table row never does.
std::string one_line(std::string_view text);

// `text` without the spaces, tabs and line breaks around it: a roster
// value of " " is no value.
std::string trim(std::string_view text);

// The first control character of `text` a person cannot have meant to type
// (C0 but tab and line feed, DEL, C1 as UTF-8): ESC and BEL would reach
// terminals and git subjects raw. Nullopt when there is none.
std::optional<unsigned> control_character(std::string_view text);

// Throws model::UsageError naming `what` (`--note`, the title) when `text`
// holds such a control character.
void refuse_control_characters(std::string_view text, std::string_view what);

} // namespace sopctl::model
