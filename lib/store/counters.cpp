#include <charconv>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <store/counters.hpp>
#include <yaml/map_reader.hpp>
#include <yaml/yaml_writer.hpp>

namespace sopctl::store {

namespace {

// A whole number of zero or more under `key` (a year, a count).
std::optional<int> count(yaml::MapReader& map,
                         std::string_view key,
                         model::Diagnostics& diagnostics)
{
  auto text = map.text(key, yaml::Required::yes);
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size() || value < 0) {
    if (!text.empty()) {
      diagnostics.add(yaml::position_of(map.node(key)),
                      trf("\"{}\" of a counter must be a whole number (0, 1, 2, ...), "
                          "not \"{}\"",
                          key,
                          text));
    }
    return std::nullopt;
  }
  return value;
}

} // namespace

std::optional<model::Counters> read_counters(std::string_view text, model::Diagnostics& diagnostics)
{
  model::Counters counters;
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return counters;
  }
  auto root = yaml::parse_yaml(text, diagnostics);
  if (!root) {
    return std::nullopt;
  }
  size_t before = diagnostics.list().size();
  if (!root->is_sequence()) {
    diagnostics.add(yaml::position_of(*root),
                    tr("the counters file must be a list of "
                       "{pattern, year, last} items"));
    return std::nullopt;
  }
  for (const auto& item : root->items()) {
    yaml::MapReader map(item, tr("a counter"), {"pattern", "year", "last"}, diagnostics);
    if (!map.ok()) {
      continue;
    }
    auto pattern = map.text("pattern", yaml::Required::yes);
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

std::string write_counters(const model::Counters& counters)
{
  yaml::YamlWriter out;
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
