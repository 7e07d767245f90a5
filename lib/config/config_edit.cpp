#include <config/config_edit.hpp>
#include <yaml/yaml_writer.hpp>

namespace sopctl::config {

namespace {

std::string holidays_block(const std::map<time::DayNumber, std::string>& holidays)
{
  yaml::YamlWriter out;
  if (holidays.empty()) {
    out.raw("holidays: []\n");
    return out.take();
  }
  out.open(0, "holidays");
  for (const auto& [day, name] : holidays) {
    out.item(2);
    out.text(4, "date", time::format_day(day));
    out.text(4, "name", name);
  }
  return out.take();
}

// A line that starts the next top-level key: at column 0, and neither a
// comment, a blank line, nor an item of a list written at its key's own
// indentation (`holidays:` then `- date: ...` at column 0 is valid YAML).
bool starts_top_level_entry(std::string_view line)
{
  return !line.empty() && line[0] != ' ' && line[0] != '#' && line[0] != '\r' && line[0] != '\n' &&
         !line.starts_with("- ") && line != "-\n" && line != "-";
}

bool is_content(std::string_view line)
{
  auto first = line.find_first_not_of(" \r\n");
  return first != std::string_view::npos && line[first] != '#';
}

} // namespace

std::string with_holidays(std::string_view text,
                          const std::map<time::DayNumber, std::string>& holidays)
{
  // Find the `holidays:` line at column 0, then the end of its block: the
  // last indented line before the next top-level key. Comments and blank
  // lines after the block stay where they are.
  size_t pos = 0;
  size_t block_start = std::string_view::npos;
  size_t block_end = 0;
  while (pos < text.size()) {
    auto end = text.find('\n', pos);
    end = end == std::string_view::npos ? text.size() : end + 1;
    auto line = text.substr(pos, end - pos);
    if (block_start == std::string_view::npos) {
      if (line.starts_with("holidays:")) {
        block_start = pos;
        block_end = end;
      }
    } else if (starts_top_level_entry(line)) {
      break;
    } else if (is_content(line)) {
      block_end = end; // blank lines and comments inside the list are part of it
    }
    pos = end;
  }
  auto block = holidays_block(holidays);
  if (block_start == std::string_view::npos) {
    std::string out(text);
    if (!out.empty() && out.back() != '\n') {
      out += '\n';
    }
    return out + "\n# Holidays: days that are not working days.\n" + block;
  }
  return std::string(text.substr(0, block_start)) + block + std::string(text.substr(block_end));
}

} // namespace sopctl::config
