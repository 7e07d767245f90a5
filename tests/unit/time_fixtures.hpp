#pragma once

// Helpers for the time-standard tests: the standard a text reads as, and the
// error of one that does not.

#include <doctest/doctest.h>
#include <optional>
#include <string>
#include <string_view>
#include <time/time_standard.hpp>

namespace sopctl::test {

// The standard read from `text`; nullopt (and a failed CHECK with the text)
// when it has an error, nullopt when it says there is none.
inline std::optional<time::TimeStandard> standard(std::string_view text)
{
  auto parsed = time::parse_time_standard(text);
  INFO("text: ", text);
  CHECK(parsed.error == "");
  if (!parsed.has_standard) {
    return std::nullopt;
  }
  return parsed.standard;
}

// The error for `text`, which must not be a standard.
inline std::string error_of(std::string_view text)
{
  auto parsed = time::parse_time_standard(text);
  INFO("text: ", text);
  CHECK_FALSE(parsed.has_standard);
  return parsed.error;
}

} // namespace sopctl::test
