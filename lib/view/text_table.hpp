#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sopctl::view {

// A plain-text table with a header row and columns padded to their widest
// cell (counted in characters, not bytes), for terminals and pipes alike.
class TextTable
{
public:
  explicit TextTable(std::vector<std::string> headers);

  // Adds a row; it must have one cell per header. A highlighted row is
  // shown in red when the table is printed with colour.
  void add_row(std::vector<std::string> cells, bool highlight = false);
  // Prints highlighted rows with ANSI colour (for a terminal).
  void use_colour(bool colour) { colour_ = colour; }
  // The table, one line per row, without trailing spaces.
  std::string str() const;

private:
  std::vector<std::vector<std::string>> rows_;
  std::vector<bool> highlighted_;
  bool colour_ = false;
};

// `text` cut to at most `width` characters, ending in "..." when cut.
std::string truncate(std::string_view text, size_t width);

} // namespace sopctl::view
