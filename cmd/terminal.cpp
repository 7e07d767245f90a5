#include <charconv>
#include <cstdlib>
#include <cstring>
#include <i18n/tr.hpp>
#include <sys/ioctl.h>
#include <terminal.hpp>
#include <unistd.h>

namespace sopctl::cmd {

std::optional<std::size_t> terminal_width(const char* columns_variable,
                                          std::optional<std::size_t> ioctl_width)
{
  if (columns_variable && *columns_variable) {
    std::size_t columns = 0;
    const char* end = columns_variable + std::strlen(columns_variable);
    auto [rest, error] = std::from_chars(columns_variable, end, columns);
    if (error == std::errc() && rest == end && columns > 0) {
      return columns;
    }
  }
  return ioctl_width;
}

view::TableStyle table_style(Wide wide)
{
  view::TableStyle style;
  if (!::isatty(STDOUT_FILENO)) {
    return style;
  }
  const char* no_color = std::getenv("NO_COLOR");
  style.colour = no_color && *no_color ? view::Colour::no : view::Colour::yes;
  if (wide == Wide::no) {
    std::optional<std::size_t> ioctl_width;
    winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) {
      ioctl_width = size.ws_col;
    }
    style.width = terminal_width(std::getenv("COLUMNS"), ioctl_width);
  }
  return style;
}

std::vector<std::string> record_formats(bool with_xlsx)
{
  std::vector<std::string> formats = {"table", "json", "csv", "csv-rfc4180"};
  if (with_xlsx) {
    formats.push_back("xlsx");
  }
  return formats;
}

std::string format_help(bool with_xlsx)
{
  return with_xlsx ? tr("table, json, csv (for Excel: BOM and ;), csv-rfc4180 (plain, for "
                        "scripts) or xlsx (with -o FILE)")
                   : tr("table, json, csv (for Excel: BOM and ;) or csv-rfc4180 (plain, for "
                        "scripts)");
}

} // namespace sopctl::cmd
