#include <charconv>
#include <fmt/format.h>
#include <model/validation.hpp>
#include <yaml/map_reader.hpp>

namespace sopctl::yaml {

namespace {

std::string join_keys(std::span<const std::string_view> keys)
{
  std::string text;
  for (auto key : keys) {
    if (!text.empty()) {
      text += ", ";
    }
    text += key;
  }
  return text;
}

} // namespace

MapReader::MapReader(const YAML::Node& node,
                     std::string what,
                     std::span<const std::string_view> known_keys,
                     Diagnostics& diagnostics)
  : node_(node)
  , what_(std::move(what))
  , diagnostics_(diagnostics)
{
  if (!node_.IsMap()) {
    diagnostics_.add(where(), fmt::format("{} must be a mapping of keys", what_));
    ok_ = false;
    return;
  }
  for (const auto& entry : node_) {
    auto key = entry.first.Scalar();
    bool known = false;
    for (auto candidate : known_keys) {
      known = known || candidate == key;
    }
    if (!known) {
      diagnostics_.add(
        position_of(entry.first),
        fmt::format(
          "unknown key \"{}\" in {}; the keys are: {}", key, what_, join_keys(known_keys)));
    }
  }
}

model::Position MapReader::where(std::string_view key) const
{
  if (ok_) {
    for (const auto& entry : node_) {
      if (entry.first.Scalar() == key) {
        return position_of(entry.first);
      }
    }
  }
  return where();
}

YAML::Node MapReader::find(std::string_view key, Required required)
{
  if (ok_) {
    for (const auto& entry : node_) {
      if (entry.first.Scalar() == key) {
        return entry.second;
      }
    }
    if (required == Required::yes) {
      diagnostics_.add(where(), fmt::format("{} has no \"{}\"; add it", what_, key));
    }
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

YAML::Node MapReader::node(std::string_view key, Required required)
{
  return find(key, required);
}

std::string MapReader::text(std::string_view key, Required required)
{
  auto value = find(key, required);
  if (!value.IsDefined() || value.IsNull()) {
    if (required == Required::yes && value.IsNull()) {
      diagnostics_.add(where(key), fmt::format("\"{}\" of {} is empty; fill it in", key, what_));
    }
    return {};
  }
  if (!value.IsScalar()) {
    diagnostics_.add(position_of(value),
                     fmt::format("\"{}\" of {} must be text, not a {}",
                                 key,
                                 what_,
                                 value.IsSequence() ? "list" : "mapping"));
    return {};
  }
  if (required == Required::yes && value.Scalar().empty()) {
    diagnostics_.add(position_of(value),
                     fmt::format("\"{}\" of {} is empty; fill it in", key, what_));
  }
  return value.Scalar();
}

std::vector<std::string> MapReader::text_list(std::string_view key)
{
  std::vector<std::string> items;
  auto value = find(key, Required::no);
  if (!value.IsDefined() || value.IsNull()) {
    return items;
  }
  if (!value.IsSequence()) {
    diagnostics_.add(
      position_of(value),
      fmt::format("\"{}\" of {} must be a list (items starting with \"- \")", key, what_));
    return items;
  }
  for (const auto& item : value) {
    if (item.IsScalar()) {
      items.push_back(item.Scalar());
    } else if (!item.IsNull()) {
      diagnostics_.add(position_of(item),
                       fmt::format("each item of \"{}\" in {} must be text", key, what_));
    }
  }
  return items;
}

bool MapReader::flag(std::string_view key, bool fallback)
{
  auto value = find(key, Required::no);
  if (!value.IsDefined() || value.IsNull()) {
    return fallback;
  }
  if (value.IsScalar() && (value.Scalar() == "true" || value.Scalar() == "false")) {
    return value.Scalar() == "true";
  }
  diagnostics_.add(position_of(value),
                   fmt::format("\"{}\" of {} must be true or false", key, what_));
  return fallback;
}

std::map<std::string, std::string> MapReader::text_map(std::string_view key)
{
  std::map<std::string, std::string> values;
  auto value = find(key, Required::no);
  if (!value.IsDefined() || value.IsNull()) {
    return values;
  }
  if (!value.IsMap()) {
    diagnostics_.add(position_of(value),
                     fmt::format("\"{}\" of {} must be a mapping of names to values, like "
                                 "meeting.date: \"2026-11-26\"",
                                 key,
                                 what_));
    return values;
  }
  for (const auto& entry : value) {
    const auto& name = entry.first.Scalar();
    if (!model::is_valid_data_key(name)) {
      diagnostics_.add(position_of(entry.first),
                       fmt::format("\"{}\" in \"{}\" is not a value name; use lower-case "
                                   "letters, digits, '.', '-' and '_' (meeting.date)",
                                   name,
                                   key));
    } else if (!entry.second.IsScalar() && !entry.second.IsNull()) {
      diagnostics_.add(position_of(entry.second),
                       fmt::format("\"{}\" in \"{}\" must be text", name, key));
    } else {
      values[name] = entry.second.IsNull() ? std::string() : entry.second.Scalar();
    }
  }
  return values;
}

std::optional<int> MapReader::number(std::string_view key, Required required)
{
  auto value = find(key, required);
  if (!value.IsDefined()) {
    return std::nullopt;
  }
  return read_number(value, fmt::format("\"{}\" of {}", key, what_), diagnostics_);
}

std::optional<int> read_number(const YAML::Node& node,
                               std::string_view what,
                               Diagnostics& diagnostics)
{
  if (node.IsScalar()) {
    const auto& text = node.Scalar();
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc{} && end == text.data() + text.size() && value > 0) {
      return value;
    }
  }
  diagnostics.add(position_of(node), fmt::format("{} must be a step number (1, 2, 3, ...)", what));
  return std::nullopt;
}

} // namespace sopctl::yaml
