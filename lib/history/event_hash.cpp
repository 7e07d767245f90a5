#include <algorithm>
#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <history/sha256.hpp>
#include <i18n/tr.hpp>
#include <map>
#include <model/event_fields.hpp>
#include <type_traits>

namespace sopctl::history {

namespace {

constexpr size_t hash_digits = 16;

} // namespace

std::string event_hash(const model::Event& event)
{
  // Format 1 of the hashed text: never change it, or every stored hash
  // breaks. Fields are separated by the ASCII unit separator, which no
  // field may hold (control characters are refused in files).
  constexpr char separator = '\x1f';
  constexpr std::string_view format_1[] = {"event", "step", "role", "by", "at", "note", "prev"};
  std::string text = "sopctl-event-1";
  for (auto name : format_1) {
    model::visit_event_fields(event, [&](std::string_view key, const auto& field) {
      using Field = std::decay_t<decltype(field)>;
      if constexpr (!std::is_same_v<Field, std::map<std::string, std::string>>) {
        if (key == name) {
          text += separator;
          text += model::field_text(field);
        }
      }
    });
  }
  // Values given with the event, in key order, after the fields of format 1
  // (an event without them hashes as before).
  for (const auto& [key, value] : event.set) {
    text += separator;
    text += key + "=" + value;
  }
  // Any field added to the event since format 1, when it holds a value, as
  // `@key=value` (`@` begins no value's key): old events hash as before, and
  // a new field is covered by the hash the day it is added.
  model::visit_event_fields(event, [&](std::string_view key, const auto& field) {
    using Field = std::decay_t<decltype(field)>;
    if constexpr (!std::is_same_v<Field, std::map<std::string, std::string>>) {
      bool in_format_1 =
        std::find(std::begin(format_1), std::end(format_1), key) != std::end(format_1);
      if (!in_format_1 && key != "hash" && !model::is_default(field)) {
        text += separator;
        text += "@" + std::string(key) + "=" + model::field_text(field);
      }
    }
  });
  return to_hex(sha256(text)).substr(0, hash_digits);
}

std::string chain_head(const std::vector<model::Event>& events)
{
  if (events.empty()) {
    return {};
  }
  const auto& last = events.back();
  return last.hash.empty() ? event_hash(last) : last.hash;
}

void seal(model::Event& event, const std::vector<model::Event>& events)
{
  event.prev = chain_head(events);
  event.hash = event_hash(event);
}

namespace {

// Whether `event`, with no `prev`, may begin a second branch of `events`:
// in the record of an SOP signed on paper (its first event a lifecycle
// event), a monitoring, evaluation or revocation may begin the record in
// two clones at once (design: a file without a record gets one with the
// first such event), and merging keeps both.
bool second_root(const std::vector<model::Event>& events, const model::Event& event)
{
  return model::is_lifecycle(events.front().kind) && model::is_lifecycle(event.kind) &&
         event.kind != model::EventKind::adopted;
}

} // namespace

std::vector<ChainProblem> check_chain(const std::vector<model::Event>& events)
{
  std::vector<ChainProblem> problems;
  std::map<std::string, size_t> seen; // hash -> index
  for (size_t i = 0; i < events.size(); ++i) {
    const auto& event = events[i];
    // The event's kind is its name in the file (started, completed, ...);
    // the life of an SOP in force (monitored, revoked, ...) is at no step.
    auto label = event.kind == model::EventKind::started
                   ? trf("event {} ({} draft)", i + 1, to_string(event.kind))
                 : model::is_lifecycle(event.kind)
                   ? trf("event {} ({})", i + 1, to_string(event.kind))
                   : trf("event {} ({} step {})", i + 1, to_string(event.kind), event.step);
    if (event.hash.empty()) {
      problems.push_back({i, trf("{} has no hash; it was not recorded by sopctl", label)});
    } else if (event.hash != event_hash(event)) {
      problems.push_back(
        {i,
         trf("{} was changed after it was recorded: its hash does not match its fields", label)});
    }
    if (i == 0 && !event.prev.empty()) {
      problems.push_back(
        {i, trf("{} follows an event that is missing: the events before it were removed", label)});
    } else if (i > 0 && event.prev.empty() && second_root(events, event)) {
      // Two clones each began the record of one SOP signed on paper: the
      // merged record has two first events, each chain whole.
    } else if (i > 0 && !seen.contains(event.prev)) {
      problems.push_back({i,
                          event.prev.empty()
                            ? trf("{} does not name the event before it (no prev)", label)
                            : trf("{} follows an event that is missing or comes later: an event "
                                  "was removed or the events were reordered",
                                  label)});
    }
    seen.emplace(event.hash.empty() ? event_hash(event) : event.hash, i);
  }
  return problems;
}

} // namespace sopctl::history
