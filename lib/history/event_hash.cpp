#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <history/sha256.hpp>
#include <map>

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
  std::string text = "sopctl-event-1";
  for (const auto& field : {std::string(to_string(event.kind)),
                            std::to_string(event.step),
                            event.role,
                            event.by,
                            model::format_iso(event.at),
                            event.note,
                            event.prev}) {
    text += separator;
    text += field;
  }
  // Values given with the event, in key order, after the fields of format 1
  // (an event without them hashes as before).
  for (const auto& [key, value] : event.set) {
    text += separator;
    text += key + "=" + value;
  }
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

std::vector<ChainProblem> check_chain(const std::vector<model::Event>& events)
{
  std::vector<ChainProblem> problems;
  std::map<std::string, size_t> seen; // hash -> index
  for (size_t i = 0; i < events.size(); ++i) {
    const auto& event = events[i];
    auto label =
      fmt::format("event {} ({} {})",
                  i + 1,
                  to_string(event.kind),
                  event.kind == model::EventKind::started ? std::string("draft")
                                                          : fmt::format("step {}", event.step));
    if (event.hash.empty()) {
      problems.push_back({i, label + " has no hash; it was not recorded by sopctl"});
    } else if (event.hash != event_hash(event)) {
      problems.push_back(
        {i, label + " was changed after it was recorded: its hash does not match its fields"});
    }
    if (i == 0 && !event.prev.empty()) {
      problems.push_back(
        {i, label + " follows an event that is missing: the events before it were removed"});
    } else if (i > 0 && !seen.contains(event.prev)) {
      problems.push_back({i,
                          event.prev.empty()
                            ? label + " does not name the event before it (no prev)"
                            : label + " follows an event that is missing or comes later: "
                                      "an event was removed or the events were reordered"});
    }
    seen.emplace(event.hash.empty() ? event_hash(event) : event.hash, i);
  }
  return problems;
}

} // namespace sopctl::history
