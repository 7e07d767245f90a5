#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::view {

// A plain-text table with a header row and columns padded to their widest
// cell (counted in characters, not bytes). On a terminal it can be made to
// fit the terminal's width by shortening the columns marked as shortenable;
// for a pipe it is never cut.
class TextTable
{
public:
  explicit TextTable(std::vector<std::string> headers);

  // Adds a row; it must have one cell per header. A highlighted row is
  // shown in red when the table is printed with colour.
  void add_row(std::vector<std::string> cells, bool highlight = false);
  // Prints highlighted rows with ANSI colour (for a terminal).
  void use_colour(bool colour) { colour_ = colour; }
  // Column `index` (long free text: an activity, a title, a performer) may
  // be shortened, with an ellipsis, when the table must fit a width.
  void shortenable(size_t index);
  // Fits the table into `width` characters when given (a terminal), by
  // shortening the shortenable columns, the widest first, down to their
  // heading's width or 8 characters. Lines may stay wider when that is not
  // enough.
  void fit(std::optional<size_t> width) { width_ = width; }
  // The table, one line per row, without trailing spaces.
  std::string str() const;

private:
  std::vector<size_t> fitted_widths(std::vector<size_t> widths) const;

  std::vector<std::vector<std::string>> rows_;
  std::vector<bool> highlighted_;
  std::vector<bool> shortenable_;
  std::optional<size_t> width_;
  bool colour_ = false;
};

// `text` cut to at most `width` characters, ending in "..." when cut.
std::string truncate(std::string_view text, size_t width);

// `text` cut to at most `width` characters, ending in "…" when cut.
std::string shorten(std::string_view text, size_t width);

} // namespace sopctl::view
