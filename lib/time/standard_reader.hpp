#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <time/time_standard.hpp>

namespace sopctl::time {

// What one reading of a time standard (one of its alternatives) says.
struct Reading
{
  std::optional<TimeStandard> standard;
  std::string why;                 // why it cannot be read, when there is no standard
  long long plain_jam_minutes = 0; // a plain `jam` of 24 or more in it, else 0
  // Where words after the time that no comment word opens start
  // (`diketemukan alasan`): a comment the note quotes; npos when none.
  std::size_t comment_at = std::string_view::npos;
};

// Reads one alternative of a time standard from lower-case `text`, with no
// trailing punctuation: a duration, maybe after an approximation or a limit
// (`± 10 menit`, `paling lama 3 hari`), maybe a range (`1-2 jam`, read as
// its upper bound), maybe followed by a comment (`7 hari dengan bupati`,
// or any words that hold no other time: `30 hari kerja diketemukan alasan`).
Reading read_one_standard(std::string_view text);

// A day window counted from hari H, the day the procedure started: `H`,
// `Hari H`, `H+2`, `H + 2`, `H+1 s.d H+7` (read as its later end; also s/d,
// sd, -, sampai, sampai dengan, hingga), maybe followed by words that are a
// comment (`Selama jam pelayanan kantor`). nullopt when `text` (lower case,
// no trailing punctuation) does not open with H; a Reading with `why` when
// it does but cannot be read.
std::optional<Reading> read_day_window(std::string_view text);

// A fraction of a working day is that fraction of 7.5 working hours: the
// average working day of the 5-day, 37.5-hour week of civil servants
// (Perpres 21/2023). So 1,5 hari is 1 working day and 225 working minutes,
// whatever the hours of the day the clock runs on.
inline constexpr long long minutes_per_day_fraction = 450;

// A size for choosing the larger of two standards without a calendar, in
// sevenths of a working minute: a working day counts 7.5 hours, a calendar
// day 5/7 of a working day (a week has 5 working days in 7), a month 30
// calendar days.
long long rough_size(const TimeStandard& standard);

} // namespace sopctl::time
