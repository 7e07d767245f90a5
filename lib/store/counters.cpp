#include <charconv>
#include <fmt/format.h>
#include <store/counters.hpp>
#include <store/map_reader.hpp>
#include <store/yaml_writer.hpp>

namespace sopctl::store {

namespace {

// A whole number of zero or more under `key` (a year, a count).
std::optional<int> count(MapReader& map, std::string_view key, model::Diagnostics& diagnostics)
{
  auto text = map.text(key, Required::yes);
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() || value < 0) {
    if (!text.empty()) {
      diagnostics.add(position_of(map.node(key)),
                      fmt::format("\"{}\" of a counter must be a whole number (0, 1, 2, ...), "
                                  "not \"{}\"",
                                  key,
                                  text));
    }
    return std::nullopt;
  }
  return value;
}

} // namespace

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
    auto year = count(map, "year", diagnostics);
    auto last = count(map, "last", diagnostics);
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
