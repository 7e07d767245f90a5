#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sopctl::view {

// `field` made safe to open in a spreadsheet: one beginning with = + - @, a
// tab or a CR (a formula to Excel and LibreOffice) gets a leading ', unless
// it is a plain number such as -5.
std::string neutralize_formula(const std::string& field);

// One CSV record (RFC 4180), each field neutralized: fields quoted when they hold a comma, a quote
// or a line break; ends with CRLF as the RFC asks.
std::string csv_row(const std::vector<std::string>& fields);

} // namespace sopctl::view
