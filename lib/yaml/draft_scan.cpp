#include <charconv>
#include <yaml/draft_scan.hpp>
#include <yaml/yaml_lines.hpp>

namespace sopctl::yaml {

namespace {

std::optional<int> number(std::string_view raw)
{
  int value = 0;
  auto [end, error] = std::from_chars(raw.data(), raw.data() + raw.size(), value);
  if (error != std::errc{} || end != raw.data() + raw.size() || value <= 0) {
    return std::nullopt;
  }
  return value;
}

// The bit of an event key in a mask of the keys seen; 0 for an unknown key.
unsigned event_key_bit(std::string_view key)
{
  static constexpr std::string_view keys[] = {
    "event", "step", "role", "by", "at", "note", "prev", "hash", "set"};
  for (unsigned i = 0; i < std::size(keys); ++i) {
    if (keys[i] == key) {
      return 1u << i;
    }
  }
  return 0;
}

constexpr unsigned event_bit = 1u << 0;
constexpr unsigned step_bit = 1u << 1;
constexpr unsigned role_bit = 1u << 2;
constexpr unsigned by_bit = 1u << 3;
constexpr unsigned at_bit = 1u << 4;

// Whether an event has the keys its kind needs and no others, as the full
// loader requires.
bool has_required_keys(const model::Event& event, unsigned seen)
{
  unsigned required = event_bit | by_bit | at_bit;
  // Empty values the full loader refuses are not the scan's to accept.
  if (event.by.empty() || event.at.utc_seconds == 0) {
    return false;
  }
  if (event.kind == model::EventKind::started) {
    return (seen & required) == required && !(seen & (step_bit | role_bit));
  }
  constexpr unsigned note_bit = 1u << 5;
  if (event.kind == model::EventKind::noted) {
    required |= step_bit | note_bit; // a note's role is optional
    return (seen & required) == required && !event.note.empty();
  }
  required |= step_bit | role_bit;
  return (seen & required) == required && !event.role.empty();
}

// Sets one field of an event from its line; false when the scan must give up.
bool set_event_field(model::Event& event, std::string_view key, std::string_view raw)
{
  auto value = scalar(raw);
  if (!value) {
    return false;
  }
  if (key == "event") {
    auto kind = model::parse_event_kind(*value);
    if (!kind) {
      return false;
    }
    event.kind = *kind;
  } else if (key == "step") {
    auto parsed = number(*value);
    if (!parsed) {
      return false;
    }
    event.step = *parsed;
  } else if (key == "role") {
    event.role = *value;
  } else if (key == "by") {
    event.by = *value;
  } else if (key == "at") {
    auto at = model::parse_timestamp(*value, std::nullopt);
    if (!at) {
      return false;
    }
    event.at = *at;
  } else if (key == "note") {
    event.note = *value;
  } else if (key == "prev") {
    event.prev = *value;
  } else if (key == "hash") {
    event.hash = *value;
  } else {
    return false;
  }
  return true;
}

} // namespace

std::optional<DraftDigest> scan_draft(std::string_view text)
{
  DraftDigest digest;
  bool has_name = false;
  bool in_drafting = false;
  bool in_events = false;
  bool has_procedure = false;
  bool in_set = false;             // inside the `set:` mapping of the last event
  int continuation_column = -1;    // the column of the last key with a value
  int block_indent = -1;           // inside a literal block opened at this indent
  std::vector<unsigned> seen_keys; // per event
  size_t pos = 0;
  std::string_view raw_line;
  Line line;
  for (int line_number = 1; next_line(text, pos, raw_line); ++line_number) {
    if (block_indent >= 0) {
      auto first = raw_line.find_first_not_of(' ');
      if (first == std::string_view::npos || static_cast<int>(first) > block_indent) {
        continue; // a line of the block
      }
      block_indent = -1;
    }
    // A line indented past the start of the last plain value continues that
    // value (a multi-line plain scalar): only the full loader reads those.
    if (auto first = raw_line.find_first_not_of(' ');
        continuation_column >= 0 && first != std::string_view::npos && raw_line[first] != '#' &&
        static_cast<int>(first) > continuation_column) {
      return std::nullopt;
    }
    if (!parse_line(raw_line, line)) {
      return std::nullopt;
    }
    if (line.key.empty()) {
      continue;
    }
    continuation_column = line.raw_value.empty() || is_block_indicator(line.raw_value)
                            ? -1
                            : line.indent + (line.item && line.key != "-" ? 2 : 0);
    if (is_block_indicator(line.raw_value)) {
      if (in_drafting) {
        return std::nullopt; // multi-line notes: left to yaml-cpp
      }
      // The block's lines are indented past its key (or past the dash of
      // an item holding only the block).
      block_indent = line.indent + (line.item && line.key != "-" ? 2 : 0);
      continue;
    }
    if (!in_drafting) {
      // Values must end on their own line, or a later line could belong to
      // a string or a flow list rather than be the key it looks like.
      auto raw = line.raw_value;
      bool quoted = !raw.empty() && (raw.front() == '"' || raw.front() == '\'');
      bool other_multiline =
        !raw.empty() &&
        (raw.front() == '|' || raw.front() == '>' ||
         ((raw.front() == '[' || raw.front() == '{') && raw != "[]" && raw != "{}"));
      if ((quoted && !scalar(raw)) || other_multiline) {
        return std::nullopt;
      }
      if (line.indent != 0) {
        continue;
      }
      if (line.item) {
        return std::nullopt;
      }
      if (line.key == "name") {
        auto value = scalar(line.raw_value);
        if (!value || value->empty() || has_name) {
          return std::nullopt;
        }
        digest.title = *value;
        has_name = true;
      } else if (line.key == "drafting") {
        if (!line.raw_value.empty()) {
          return std::nullopt;
        }
        in_drafting = true;
      }
      continue;
    }
    if (line.indent == 2 && !line.item && line.key == "procedure" && !has_procedure && !in_events) {
      auto value = scalar(line.raw_value);
      if (!value) {
        return std::nullopt;
      }
      digest.procedure = *value;
      has_procedure = true;
    } else if (line.indent == 2 && !line.item && line.key == "events" && !in_events &&
               line.raw_value.empty()) {
      in_events = true;
    } else if (in_events && line.indent == 4 && line.item && line.key != "-") {
      in_set = false;
      digest.events.emplace_back();
      digest.events.back().where = {line_number, 7};
      seen_keys.push_back(event_key_bit(line.key));
      if (!set_event_field(digest.events.back(), line.key, line.raw_value)) {
        return std::nullopt;
      }
    } else if (in_events && line.indent == 6 && !line.item && !digest.events.empty()) {
      unsigned bit = event_key_bit(line.key);
      if (bit == 0 || (seen_keys.back() & bit)) {
        return std::nullopt; // unknown or repeated: the full loader says so
      }
      seen_keys.back() |= bit;
      in_set = line.key == "set";
      if (in_set) {
        if (!line.raw_value.empty()) {
          return std::nullopt; // `set: {...}` and the like: the full loader
        }
      } else if (!set_event_field(digest.events.back(), line.key, line.raw_value)) {
        return std::nullopt;
      }
    } else if (in_set && line.indent == 8 && !line.item && line.key != "-") {
      auto value = scalar(line.raw_value);
      auto& set = digest.events.back().set;
      if (!value || set.contains(std::string(line.key))) {
        return std::nullopt;
      }
      set.emplace(line.key, *value);
    } else {
      return std::nullopt; // nothing else belongs in the drafting record
    }
  }
  if (!has_name || !has_procedure || digest.events.empty()) {
    return std::nullopt;
  }
  for (size_t i = 0; i < digest.events.size(); ++i) {
    if (!has_required_keys(digest.events[i], seen_keys[i])) {
      return std::nullopt;
    }
  }
  return digest;
}

} // namespace sopctl::yaml
