#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sopctl::view {

// One CSV record (RFC 4180): fields quoted when they hold a comma, a quote
// or a line break; ends with CRLF as the RFC asks.
std::string csv_row(const std::vector<std::string>& fields);

} // namespace sopctl::view
