// libFuzzer harness for the agreement of the fast draft scan with the strict
// loader (issue 10, sections 1 and 7). `status` and `report` read drafts
// through yaml::scan_draft (with the digest cache); `check` and every
// command that writes read them through yaml::load_sop. For any bytes: when
// the loader refuses a file, the scan must decline it too (so no listing
// shows a draft that check rejects), and when both read it they must read
// the same title, procedure and events, field by field.
#include <cstddef>
#include <cstdint>
#include <model/errors.hpp>
#include <model/event_fields.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <yaml/draft_scan.hpp>
#include <yaml/sop_reader.hpp>

namespace {

bool same_as_loaded(const sopctl::model::Event& a, const sopctl::model::Event& b)
{
  return sopctl::model::same_event(a, b) && a.where.line == b.where.line &&
         a.where.column == b.where.column;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  std::string text(reinterpret_cast<const char*>(data), size);
  auto digest = sopctl::yaml::scan_draft(text);
  std::optional<sopctl::model::Sop> sop;
  try {
    sop = sopctl::yaml::load_sop(text, "fuzz.yaml");
  } catch (const sopctl::model::Error&) {
  }
  if (!sop || !sop->drafting) {
    if (digest) {
      __builtin_trap(); // the scan lists a draft the loader refuses
    }
    return 0;
  }
  if (!digest) {
    return 0; // declining is always allowed: the caller falls back to the loader
  }
  const auto& events = sop->drafting->events;
  if (digest->title != sop->name || digest->procedure != sop->drafting->procedure ||
      digest->events.size() != events.size()) {
    __builtin_trap();
  }
  for (size_t i = 0; i < events.size(); ++i) {
    if (!same_as_loaded(digest->events[i], events[i])) {
      __builtin_trap();
    }
  }
  return 0;
}
