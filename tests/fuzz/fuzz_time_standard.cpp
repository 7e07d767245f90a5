// libFuzzer harness for the reader of time standards as offices write them
// ("1 hari", "15 menit s/d 1 jam", "3 x 24 jam", "14 hari kerja"...; issue
// 10, section 7). For any text: no crash or hang, an answer that is a
// standard, none or an error with a message, and a standard that reads back
// the same from sopctl's own description of it (what `status` prints).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <time/time_standard.hpp>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = sopctl::time::parse_time_standard(text);
  if (parsed.has_standard && !parsed.error.empty()) {
    __builtin_trap(); // both a standard and an error
  }
  if (!parsed.has_standard) {
    return 0;
  }
  const auto& standard = parsed.standard;
  if (standard.days < 0 || standard.minutes < 0 || standard.calendar_days < 0 ||
      standard.months < 0) {
    __builtin_trap();
  }
  auto again = sopctl::time::parse_time_standard(sopctl::time::describe(standard));
  if (!again.has_standard || !again.error.empty() || again.standard != standard) {
    __builtin_trap(); // sopctl's own words for the standard do not read back
  }
  return 0;
}
