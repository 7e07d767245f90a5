#include <fmt/format.h>
#include <store/counters.hpp>
#include <store/map_reader.hpp>
#include <store/yaml_writer.hpp>

namespace sopctl::store {

std::optional<workflow::Counters> read_counters(std::string_view text,
                                                model::Diagnostics& diagnostics)
{
  workflow::Counters counters;
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return counters;
  }
  auto root = parse_yaml(text, diagnostics);
  if (!root) {
    return std::nullopt;
  }
  size_t before = diagnostics.list().size();
  if (!root->IsSequence()) {
    diagnostics.add(position_of(*root),
                    "the counters file must be a list of "
                    "{pattern, year, last} items");
    return std::nullopt;
  }
  for (const auto& item : *root) {
    MapReader map(item, "a counter", {"pattern", "year", "last"}, diagnostics);
    if (!map.ok()) {
      continue;
    }
    auto pattern = map.text("pattern", Required::yes);
    auto year = map.number("year", Required::yes);
    auto last = map.number("last", Required::yes);
    if (year && last) {
      auto& value = counters[{pattern, *year}];
      value = std::max(value, *last);
    }
  }
  if (diagnostics.list().size() != before) {
    return std::nullopt;
  }
  return counters;
}

std::string write_counters(const workflow::Counters& counters)
{
  YamlWriter out;
  out.raw("# The numbers sopctl has handed out: the last sequence number per numbering\n"
          "# pattern and year. Written by sopctl; never lower a value, or a number is\n"
          "# handed out twice.\n");
  if (counters.empty()) {
    out.raw("[]\n");
  }
  for (const auto& [key, last] : counters) {
    out.item(0);
    out.text(2, "pattern", key.first);
    out.number(2, "year", key.second);
    out.number(2, "last", last);
  }
  return out.take();
}

} // namespace sopctl::store
