#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sopctl::view {

// Which CSV dialect to write (README "CSV and Excel").
enum class CsvStyle
{
  // Excel with an Indonesian (or any comma-decimal) locale: a UTF-8 byte
  // order mark, so Excel reads the text as UTF-8, and `;`, the list
  // separator of locales whose decimal separator is the comma.
  excel,
  // RFC 4180: `,`, no byte order mark.
  rfc4180,
};

// The separator of a CSV style: `;` or `,`.
char csv_separator(CsvStyle style);

// What a CSV document of `style` begins with: the UTF-8 byte order mark
// for Excel, nothing for RFC 4180.
std::string_view csv_preamble(CsvStyle style);

// `field` made safe to open in a spreadsheet: one beginning with = + - @, a
// tab or a CR (a formula to Excel and LibreOffice) gets a leading ', unless
// it is a plain number such as -5.
std::string neutralize_formula(const std::string& field);

// One CSV record (RFC 4180 quoting), each field neutralized: fields quoted
// when they hold the separator, a quote or a line break; ends with CRLF as
// the RFC asks.
std::string csv_row(const std::vector<std::string>& fields, char separator = ',');

} // namespace sopctl::view
