#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>
#include <view/format.hpp>

namespace sopctl::cmd {

// Whether tables may cut long columns to fit the terminal.
enum class Wide
{
  no,  // fit the terminal's width (--wide not given)
  yes, // show every column whole
};

// How a table printed on standard output looks: on a terminal, in colour
// (unless NO_COLOR is set, https://no-color.org) and, without --wide, as
// wide as the terminal ($COLUMNS, else the TIOCGWINSZ ioctl). Output to a
// pipe or a file is neither coloured nor cut.
view::TableStyle table_style(Wide wide);

// The width a table must fit on a terminal: $COLUMNS when it is a positive
// number, else `ioctl_width` when known; nullopt when neither is known.
std::optional<std::size_t> terminal_width(const char* columns_variable,
                                          std::optional<std::size_t> ioctl_width);

// The `--format` values of a command that prints records; with xlsx for
// those that write a workbook (status and reports).
std::vector<std::string> record_formats(bool with_xlsx);

// The help of `--format`.
std::string format_help(bool with_xlsx);

} // namespace sopctl::cmd
