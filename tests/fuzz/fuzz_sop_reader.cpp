// libFuzzer harness for the strict reader of SOP files (issue 10, section 7):
// any bytes are answered, without a crash, a hang or unbounded memory, by
// yaml::read_sop (libyaml's events into a tree, then the schema).
// Build with -DSOPCTL_FUZZ=ON and clang; see README "Fuzzing".
#include <cstddef>
#include <cstdint>
#include <model/diagnostics.hpp>
#include <string_view>
#include <yaml/draft_scan.hpp>
#include <yaml/sop_reader.hpp>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  std::string_view text(reinterpret_cast<const char*>(data), size);
  sopctl::model::Diagnostics diagnostics("fuzz.yaml");
  auto sop = sopctl::yaml::read_sop(text, diagnostics);
  // The fast scan must never crash either; where both accept a draft they
  // must agree on its title.
  auto digest = sopctl::yaml::scan_draft(text);
  if (sop && digest && sop->drafting && digest->title != sop->name) {
    __builtin_trap();
  }
  return 0;
}
