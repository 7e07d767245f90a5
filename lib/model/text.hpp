#pragma once

#include <string>
#include <string_view>

namespace sopctl::model {

// `text` on one line, for tables and messages: line breaks (CR LF, LF) and
// tabs become single spaces, and runs of spaces they leave are collapsed.
// The document keeps the breaks; a status table row never does.
std::string one_line(std::string_view text);

} // namespace sopctl::model
