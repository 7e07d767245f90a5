// libFuzzer harness for the strict reader of SOP files (issue 10, sections 1
// and 7): any bytes are answered, without a crash, a hang or unbounded
// memory, by yaml::read_sop (libyaml's events into a tree, then the schema),
// the one reader every command uses (listings included): a model, or
// messages that say where and what is wrong.
// Build with -DSOPCTL_FUZZ=ON and clang; see README "Fuzzing".
#include <cstddef>
#include <cstdint>
#include <model/diagnostics.hpp>
#include <string_view>
#include <yaml/sop_reader.hpp>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  std::string_view text(reinterpret_cast<const char*>(data), size);
  sopctl::model::Diagnostics diagnostics("fuzz.yaml");
  auto sop = sopctl::yaml::read_sop(text, diagnostics);
  if (!sop && diagnostics.empty()) {
    __builtin_trap(); // refused without saying why
  }
  return 0;
}
