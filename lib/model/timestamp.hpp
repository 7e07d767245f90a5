#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sopctl::model {

// A moment in time together with the UTC offset it was written in, so that
// stored times read as the office's local time (`2026-11-24T09:00:00+07:00`).
struct Timestamp
{
  std::int64_t utc_seconds = 0; // seconds since 1970-01-01T00:00:00Z
  int offset_minutes = 0;       // east of UTC

  auto operator<=>(const Timestamp& other) const { return utc_seconds <=> other.utc_seconds; }
  bool operator==(const Timestamp& other) const { return utc_seconds == other.utc_seconds; }
};

// Parses ISO 8601 `YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM|-HH:MM]` (a space may stand
// for the T). Without an offset the time is local to `default_offset_minutes`;
// when that is nullopt, the offset is required.
std::optional<Timestamp> parse_timestamp(std::string_view text,
                                         std::optional<int> default_offset_minutes);

// `2026-11-24T09:00:00+07:00`, in the timestamp's own offset.
std::string format_iso(const Timestamp& timestamp);

// `2026-11-24 09:00`, local to the timestamp's offset, for tables.
std::string format_short(const Timestamp& timestamp);

// Parses a UTC offset `+07:00`, `+0700`, `-03:30` or `Z` into minutes.
std::optional<int> parse_utc_offset(std::string_view text);

// `+07:00`.
std::string format_utc_offset(int offset_minutes);

// A timestamp for `utc_seconds` shown in `offset_minutes`.
Timestamp at_offset(std::int64_t utc_seconds, int offset_minutes);

// Checks an ISO calendar date `YYYY-MM-DD` (a real day of a real month).
bool is_iso_date(std::string_view text);

} // namespace sopctl::model
