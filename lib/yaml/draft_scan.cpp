#include <model/event_fields.hpp>
#include <type_traits>
#include <yaml/draft_scan.hpp>
#include <yaml/yaml_lines.hpp>

namespace sopctl::yaml {

namespace {

// The bit of an event key in a mask of the keys seen; 0 for an unknown key.
constexpr unsigned event_key_bit(std::string_view key)
{
  auto index = model::event_field_index(key);
  return index ? 1u << *index : 0u;
}

constexpr unsigned event_bit = event_key_bit("event");
constexpr unsigned step_bit = event_key_bit("step");
constexpr unsigned role_bit = event_key_bit("role");
constexpr unsigned by_bit = event_key_bit("by");
constexpr unsigned at_bit = event_key_bit("at");
constexpr unsigned note_bit = event_key_bit("note");

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
  if (event.step <= 0) {
    return false;
  }
  if (event.kind == model::EventKind::noted) {
    required |= step_bit | note_bit; // a note's role is optional
    return (seen & required) == required && !event.note.empty();
  }
  required |= step_bit | role_bit;
  return (seen & required) == required && !event.role.empty();
}

// Sets one scalar field of an event from its line, through the event's
// field list; false when the scan must give up (an unknown key, a value
// that does not read as its field).
bool set_event_field(model::Event& event, std::string_view key, std::string_view raw)
{
  auto value = scalar(raw);
  if (!value) {
    return false;
  }
  bool set = false;
  model::visit_event_fields(event, [&](std::string_view name, auto& field) {
    using Field = std::decay_t<decltype(field)>;
    if constexpr (!std::is_same_v<Field, std::map<std::string, std::string>>) {
      if (name == key) {
        set = model::parse_field(*value, field);
      }
    }
  });
  return set;
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
        return std::nullopt; // multi-line notes: left to the strict reader
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
