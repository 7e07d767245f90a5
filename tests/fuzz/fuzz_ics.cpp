// libFuzzer harness for the iCalendar reader (issue 10, sections 6 and 7):
// any bytes are answered, without a crash, a hang or unbounded memory, by
// time::read_ics_holidays (sopctl's line checks, then libical), either as
// holidays within the limits or as a model::Error naming the file.
// Build with -DSOPCTL_FUZZ=ON and clang; see README "Fuzzing".
#include <cstddef>
#include <cstdint>
#include <model/errors.hpp>
#include <string>
#include <string_view>
#include <time/ics.hpp>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    auto holidays = sopctl::time::read_ics_holidays(text, "fuzz.ics");
    // The limits hold, and every name is one line of text.
    if (holidays.days.size() > static_cast<size_t>(sopctl::time::max_file_days)) {
      __builtin_trap();
    }
    for (const auto& day : holidays.days) {
      if (day.name.find('\n') != std::string::npos) {
        __builtin_trap();
      }
    }
  } catch (const sopctl::model::Error& error) {
    // A refusal names the file.
    if (!std::string_view(error.what()).starts_with("fuzz.ics:")) {
      __builtin_trap();
    }
  }
  return 0;
}
