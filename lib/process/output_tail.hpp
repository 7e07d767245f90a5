#pragma once

#include <string>

namespace sopctl::process {

// The end of an outside program's output (its last 600 bytes, trailing
// white space dropped) after a newline, for an error message; empty when
// the program said nothing.
std::string tail_of(std::string text);

} // namespace sopctl::process
