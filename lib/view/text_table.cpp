#include <algorithm>
#include <numeric>
#include <view/text_table.hpp>
#include <yaml/utf8.hpp>

namespace sopctl::view {

namespace {

// The narrowest a shortened column gets (or its heading, if wider).
constexpr size_t narrowest_column = 8;

// The first `count` characters of `text` (UTF-8).
std::string first_characters(std::string_view text, size_t count)
{
  std::string out;
  size_t seen = 0;
  for (char c : text) {
    bool starts_character = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (starts_character && ++seen > count) {
      break;
    }
    out += c;
  }
  return out;
}

} // namespace

TextTable::TextTable(std::vector<std::string> headers)
{
  shortenable_.assign(headers.size(), false);
  rows_.push_back(std::move(headers));
  highlighted_.push_back(false);
}

void TextTable::add_row(std::vector<std::string> cells, bool highlight)
{
  cells.resize(rows_.front().size());
  rows_.push_back(std::move(cells));
  highlighted_.push_back(highlight);
}

void TextTable::shortenable(size_t index)
{
  shortenable_.at(index) = true;
}

std::vector<size_t> TextTable::fitted_widths(std::vector<size_t> widths) const
{
  if (!width_ || widths.empty()) {
    return widths;
  }
  auto total = [&] {
    return std::accumulate(widths.begin(), widths.end(), size_t{0}) + 2 * (widths.size() - 1);
  };
  while (total() > *width_) {
    // The widest column that may still give up a character.
    std::optional<size_t> widest;
    for (size_t i = 0; i < widths.size(); ++i) {
      auto floor = std::max(narrowest_column, yaml::count_code_points(rows_.front()[i]));
      if (shortenable_[i] && widths[i] > floor && (!widest || widths[i] > widths[*widest])) {
        widest = i;
      }
    }
    if (!widest) {
      break;
    }
    --widths[*widest];
  }
  return widths;
}

std::string TextTable::str() const
{
  std::vector<size_t> natural(rows_.front().size(), 0);
  for (const auto& row : rows_) {
    for (size_t i = 0; i < row.size(); ++i) {
      natural[i] = std::max(natural[i], yaml::count_code_points(row[i]));
    }
  }
  auto widths = fitted_widths(natural);
  std::string out;
  for (size_t r = 0; r < rows_.size(); ++r) {
    const auto& row = rows_[r];
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      auto cell = widths[i] < natural[i] ? shorten(row[i], widths[i]) : row[i];
      line += cell;
      if (i + 1 < row.size()) {
        line.append(widths[i] - yaml::count_code_points(cell) + 2, ' ');
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
  return first_characters(text, width - 3) + "...";
}

std::string shorten(std::string_view text, size_t width)
{
  if (yaml::count_code_points(text) <= width) {
    return std::string(text);
  }
  return first_characters(text, width == 0 ? 0 : width - 1) + "\u2026";
}

} // namespace sopctl::view
