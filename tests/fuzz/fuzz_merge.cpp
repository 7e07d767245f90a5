// libFuzzer harness for the merge of drafts (issue 10, sections 2 and 7):
// the input is split into base, ours and theirs at two NUL bytes. For every
// triple: no crash; the same answer in both directions (a clean merge gives
// identical bytes either way); a clean result loads, keeps every event of
// both sides and is in time order; a side that loads is never dropped for a
// side that does not (that is a conflict).
#include <cstddef>
#include <cstdint>
#include <history/event_hash.hpp>
#include <history/merge.hpp>
#include <model/diagnostics.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <yaml/sop_reader.hpp>

namespace {

// As the merge reads a version: blank text is a file that is not there
// (added on one side, or removed on both), an SOP with no drafting record.
std::optional<sopctl::model::Sop> load(std::string_view text)
{
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return sopctl::model::Sop{};
  }
  sopctl::model::Diagnostics diagnostics("fuzz");
  return sopctl::yaml::read_sop(text, diagnostics);
}

std::string key_of(const sopctl::model::Event& event)
{
  return event.hash.empty() ? sopctl::history::event_hash(event) : event.hash;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto first = text.find('\0');
  auto second = first == std::string_view::npos ? first : text.find('\0', first + 1);
  if (second == std::string_view::npos) {
    return 0;
  }
  auto base = text.substr(0, first);
  auto ours = text.substr(first + 1, second - first - 1);
  auto theirs = text.substr(second + 1);
  auto one = sopctl::history::merge_drafts(base, ours, theirs);
  auto other = sopctl::history::merge_drafts(base, theirs, ours);
  if (one.has_value() != other.has_value()) {
    __builtin_trap();
  }
  auto o = load(ours);
  auto t = load(theirs);
  if (!one) {
    if (o || t) {
      __builtin_trap(); // a side that loads was left to a line merge
    }
    return 0;
  }
  if (one->clean() != other->clean()) {
    __builtin_trap();
  }
  if (!one->clean()) {
    return 0;
  }
  if (one->text != other->text) {
    __builtin_trap(); // the bytes depend on which side merges
  }
  auto merged = load(one->text);
  if (!merged || !o || !t) {
    __builtin_trap(); // a clean merge that does not load, or of a side that does not
  }
  if (!merged->drafting) {
    if (o->drafting || t->drafting) {
      __builtin_trap();
    }
    return 0;
  }
  std::set<std::string> kept;
  const auto& events = merged->drafting->events;
  for (size_t i = 0; i < events.size(); ++i) {
    kept.insert(key_of(events[i]));
    if (i > 0 && events[i].at < events[i - 1].at) {
      __builtin_trap(); // out of time order
    }
  }
  for (const auto* side : {&*o, &*t}) {
    if (!side->drafting) {
      continue;
    }
    for (const auto& event : side->drafting->events) {
      if (!kept.contains(key_of(event))) {
        __builtin_trap(); // an event lost
      }
    }
  }
  return 0;
}
