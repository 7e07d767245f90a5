#include <view/text_table.hpp>
#include <yaml/utf8.hpp>

namespace sopctl::view {

TextTable::TextTable(std::vector<std::string> headers)
{
  rows_.push_back(std::move(headers));
  highlighted_.push_back(false);
}

void TextTable::add_row(std::vector<std::string> cells, bool highlight)
{
  cells.resize(rows_.front().size());
  rows_.push_back(std::move(cells));
  highlighted_.push_back(highlight);
}

std::string TextTable::str() const
{
  std::vector<size_t> widths(rows_.front().size(), 0);
  std::vector<std::vector<size_t>> cell_widths;
  cell_widths.reserve(rows_.size());
  for (const auto& row : rows_) {
    auto& row_widths = cell_widths.emplace_back(row.size());
    for (size_t i = 0; i < row.size(); ++i) {
      row_widths[i] = yaml::count_code_points(row[i]);
      widths[i] = std::max(widths[i], row_widths[i]);
    }
  }
  std::string out;
  for (size_t r = 0; r < rows_.size(); ++r) {
    const auto& row = rows_[r];
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      line += row[i];
      if (i + 1 < row.size()) {
        line.append(widths[i] - cell_widths[r][i] + 2, ' ');
      }
    }
    line.erase(line.find_last_not_of(' ') + 1);
    if (colour_ && highlighted_[r]) {
      line = "\x1b[31m" + line + "\x1b[0m"; // red, then reset
    }
    out += line + '\n';
  }
  return out;
}

std::string truncate(std::string_view text, size_t width)
{
  if (yaml::count_code_points(text) <= width) {
    return std::string(text);
  }
  std::string out;
  size_t count = 0;
  for (char c : text) {
    bool starts_character = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (starts_character && ++count > width - 3) {
      break;
    }
    out += c;
  }
  return out + "...";
}

} // namespace sopctl::view
