#include <charconv>
#include <fmt/format.h>
#include <i18n/tr.hpp>
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

MapReader::MapReader(const Node& node,
                     std::string what,
                     std::span<const std::string_view> known_keys,
                     Diagnostics& diagnostics)
  : node_(node)
  , what_(std::move(what))
  , diagnostics_(diagnostics)
{
  if (!node_.is_map()) {
    diagnostics_.add(where(), trf("{} must be a mapping of keys", what_));
    ok_ = false;
    return;
  }
  for (const auto& entry : node_.entries()) {
    auto key = entry.key.text();
    bool known = false;
    for (auto candidate : known_keys) {
      known = known || candidate == key;
    }
    if (!known) {
      diagnostics_.add(
        position_of(entry.key),
        trf("unknown key \"{}\" in {}; the keys are: {}", key, what_, join_keys(known_keys)));
    }
  }
}

model::Position MapReader::where(std::string_view key) const
{
  if (ok_) {
    for (const auto& entry : node_.entries()) {
      if (entry.key.text() == key) {
        return position_of(entry.key);
      }
    }
  }
  return where();
}

const Node& MapReader::find(std::string_view key, Required required)
{
  if (ok_) {
    for (const auto& entry : node_.entries()) {
      if (entry.key.text() == key) {
        return entry.value;
      }
    }
    if (required == Required::yes) {
      diagnostics_.add(where(), trf("{} has no \"{}\"; add it", what_, key));
    }
  }
  return Node::missing();
}

const Node& MapReader::node(std::string_view key, Required required)
{
  return find(key, required);
}

std::string MapReader::text(std::string_view key, Required required)
{
  const auto& value = find(key, required);
  if (!value.is_defined() || value.is_null()) {
    if (required == Required::yes && value.is_null()) {
      diagnostics_.add(where(key), trf("\"{}\" of {} is empty; fill it in", key, what_));
    }
    return {};
  }
  if (!value.is_scalar()) {
    diagnostics_.add(position_of(value),
                     value.is_sequence()
                       ? trf("\"{}\" of {} must be text, not a list", key, what_)
                       : trf("\"{}\" of {} must be text, not a mapping", key, what_));
    return {};
  }
  if (required == Required::yes && value.text().empty()) {
    diagnostics_.add(position_of(value), trf("\"{}\" of {} is empty; fill it in", key, what_));
  }
  return value.text();
}

std::vector<std::string> MapReader::text_list(std::string_view key)
{
  std::vector<std::string> items;
  const auto& value = find(key, Required::no);
  if (!value.is_defined() || value.is_null()) {
    return items;
  }
  if (!value.is_sequence()) {
    diagnostics_.add(position_of(value),
                     trf("\"{}\" of {} must be a list (items starting with \"- \")", key, what_));
    return items;
  }
  for (const auto& item : value.items()) {
    if (item.is_scalar()) {
      items.push_back(item.text());
    } else if (!item.is_null()) {
      diagnostics_.add(position_of(item),
                       trf("each item of \"{}\" in {} must be text", key, what_));
    }
  }
  return items;
}

bool MapReader::flag(std::string_view key, bool fallback)
{
  const auto& value = find(key, Required::no);
  if (!value.is_defined() || value.is_null()) {
    return fallback;
  }
  if (value.is_scalar() && (value.text() == "true" || value.text() == "false")) {
    return value.text() == "true";
  }
  diagnostics_.add(position_of(value), trf("\"{}\" of {} must be true or false", key, what_));
  return fallback;
}

std::map<std::string, std::string> MapReader::text_map(std::string_view key)
{
  std::map<std::string, std::string> values;
  const auto& value = find(key, Required::no);
  if (!value.is_defined() || value.is_null()) {
    return values;
  }
  if (!value.is_map()) {
    diagnostics_.add(position_of(value),
                     trf("\"{}\" of {} must be a mapping of names to values, like "
                         "meeting.date: \"2026-11-26\"",
                         key,
                         what_));
    return values;
  }
  for (const auto& entry : value.entries()) {
    const auto& name = entry.key.text();
    if (!model::is_valid_data_key(name)) {
      diagnostics_.add(position_of(entry.key),
                       trf("\"{}\" in \"{}\" is not a value name; use lower-case "
                           "letters, digits, '.', '-' and '_' (meeting.date)",
                           name,
                           key));
    } else if (!entry.value.is_scalar() && !entry.value.is_null()) {
      diagnostics_.add(position_of(entry.value), trf("\"{}\" in \"{}\" must be text", name, key));
    } else {
      values[name] = entry.value.is_null() ? std::string() : entry.value.text();
    }
  }
  return values;
}

std::optional<int> MapReader::number(std::string_view key, Required required)
{
  const auto& value = find(key, required);
  if (!value.is_defined()) {
    return std::nullopt;
  }
  return read_number(value, trf("\"{}\" of {}", key, what_), diagnostics_);
}

std::optional<int> read_number(const Node& node, std::string_view what, Diagnostics& diagnostics)
{
  if (node.is_scalar()) {
    const auto& text = node.text();
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc{} && end == text.data() + text.size() && value > 0) {
      return value;
    }
  }
  diagnostics.add(position_of(node), trf("{} must be a step number (1, 2, 3, ...)", what));
  return std::nullopt;
}

} // namespace sopctl::yaml
