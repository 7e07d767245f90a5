// libFuzzer harness for timestamps (`--at`, event `at:`, issue 10, section
// 7). For any text: no crash, and a timestamp that is read formats back
// (format_iso) to text that reads as the same instant in the same offset.
#include <cstddef>
#include <cstdint>
#include <model/timestamp.hpp>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (auto fallback : {std::optional<int>(), std::optional<int>(7 * 60)}) {
    auto read = sopctl::model::parse_timestamp(text, fallback);
    if (!read) {
      continue;
    }
    auto again = sopctl::model::parse_timestamp(sopctl::model::format_iso(*read), std::nullopt);
    if (!again || again->utc_seconds != read->utc_seconds ||
        again->offset_minutes != read->offset_minutes) {
      __builtin_trap();
    }
    (void)sopctl::model::format_short(*read);
  }
  auto offset = sopctl::model::parse_utc_offset(text);
  if (offset) {
    auto back = sopctl::model::parse_utc_offset(sopctl::model::format_utc_offset(*offset));
    if (!back || *back != *offset) {
      __builtin_trap();
    }
  }
  return 0;
}
