#pragma once

#include <cstddef>
#include <optional>

namespace sopctl::view {

// How a command that prints records is asked to print them (`--format`).
enum class Format
{
  table,       // for people: aligned columns, in the user's language
  json,        // one object with a `schema` field (README "JSON output")
  csv,         // for Excel in an Indonesian locale: UTF-8 BOM, `;`, CRLF
  csv_rfc4180, // plain RFC 4180 for scripts: no BOM, `,`, CRLF
  xlsx,        // an Excel workbook, written to a file (-o)
};

// Whether tables highlight overdue rows.
enum class Colour
{
  yes, // highlight overdue rows (a terminal without NO_COLOR)
  no,
};

// Where a table goes: colour, and the width of the terminal it must fit
// (none for a pipe or a file, which are never cut).
struct TableStyle
{
  Colour colour = Colour::no;
  std::optional<std::size_t> width;
};

} // namespace sopctl::view
