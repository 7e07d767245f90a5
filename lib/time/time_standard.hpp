#pragma once

#include <model/diagnostics.hpp>
#include <model/sop.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::time {

// One form a time standard (`time:` of a step) may take: an example as
// written, what sopctl reads from it as describe() prints it (empty: no
// standard), and what it means. The text itself is always stored and printed
// as written; only the clock uses the reading.
struct TimeStandardForm
{
  std::string_view example;
  std::string_view reading;
  std::string_view meaning;
};

// Every form parse_time_standard reads, in one place: the README copies this
// table and a unit test reads every example. Working time runs on the
// office's calendar (sopctl.yaml); calendar time runs day and night.
// clang-format off
inline constexpr TimeStandardForm time_standard_form_table[] = {
  // example                 reading                  meaning
  {"5 menit",                "5 menit",               "working minutes; also mnt, m, min"},
  {"60'",                    "1 jam",                 "the minute mark: working minutes"},
  {"2 jam",                  "2 jam",                 "working hours; also j, h"},
  {"1 jam 30 menit",         "1 jam 30 menit",        "units add up, the larger first; also 1h30m"},
  {"1,5 jam",                "1 jam 30 menit",        "a decimal comma or point"},
  {"2 hari",                 "2 hari",                "working days: the same time of day that many working days on; also hari kerja, d"},
  {"1,5 hari",               "1 hari 3 jam 45 menit", "a fraction of a day is that fraction of 7.5 working hours, the average day of the 37.5-hour week (Perpres 21/2023)"},
  {"1 minggu",               "5 hari",                "a week is 5 working days; also mgg, w"},
  {"3 x 24 jam",             "3 hari",                "N x 24 jam (also 3x24 jam, 3 X 24 Jam) is N working days"},
  {"24 jam",                 "24 jam",                "a plain jam of 24 or more is working hours (24 jam is more than 3 working days); the reading carries a warning"},
  {"14 hari kalender",       "14 hari kalender",      "calendar days: due 14 x 24 hours after the step starts, working hours or not"},
  {"1 bulan",                "1 bulan",               "a calendar month: the same time on the same day of the next month, or on its last day; working time after it (1 bulan 2 hari) counts from there"},
  {"30 menit.",              "30 menit",              "any case, and punctuation at the end, are ignored"},
  {"1-2 jam",                "2 jam",                 "a range is its upper bound; also 1 - 2, s.d., s/d, sd, sampai, sampai dengan, hingga"},
  {"± 10 menit",             "10 menit",              "approximations and limits are their number; also +/-, kurang lebih, maks., maksimal, paling lama, paling lambat, selambat-lambatnya, sekitar, dalam"},
  {"1 (satu) hari",          "1 hari",                "a number with its words in brackets; the two must agree"},
  {"tiga puluh menit",       "30 menit",              "numbers in words up to 999: satu, sebelas, dua belas, tiga puluh lima, seratus; setengah is 0,5, seperempat 0,25, sehari 1 hari"},
  {"7 hari dengan bupati",   "7 hari",                "words after the time that start with dengan, untuk, oleh, per, sejak, setelah, ... are a comment"},
  {"30 hari kerja diketemukan alasan", "30 hari",     "any other words after a complete time are a comment too, unless they hold another time (1 jam dan 30 menit is refused); the reading carries a note quoting them"},
  {"120 Menit / 3 Hari",     "3 hari",                "alternatives (split by /, ; or atau): the largest reading is the standard; the reading carries a note saying so"},
  {"-",                      "",                      "no standard, never overdue; also blank"},
  {"Sesuai jadwal yang telah dibuat", "",             "no standard, never overdue: a text that opens with a phrase saying when the step is done and holds no time; also Sesuai kebutuhan, Menyesuaikan, Tentatif, Waktu Tentatif ..., Relatif; the reading carries a note saying what was read"},
  {"Setiap Saat",            "",                      "no standard: done at any time; also kapan saja, sewaktu-waktu"},
  {"Pada hari dan jam kerja", "",                     "no standard: done during office hours; also Hari dan Jam Kerja, Selama jam pelayanan kantor"},
  {"Selama jam kerja / pelayanan kantor", "",         "no standard: alternatives that hold no number, the first opening with such a phrase, word the same thing twice; the note names the part it did not read"},
  {"Secara berkala, serta merta dan setiap saat", "", "no standard: done periodically, or at once as the need arises (serta merta)"},
  {"Setelah DIDP ditetapkan oleh Atasan PPID", "",    "no standard: the step waits for an event; also sesudah, menunggu, sebelum, selama, setiap + the event"},
  {"Setelah berkas lengkap, paling lama 2 hari", "2 hari", "a text that opens with such a phrase but holds a time is read as that time (Setelah 2 hari is 2 hari); the reading carries a note quoting the words before it"},
  {"H+2",                    "H+2 (2 hari kerja sejak hari H)", "a day counted from hari H, the day the draft started (day 0: that day, or the next working day when it is not one): due at the end of the working hours of the 2nd working day after it, whenever the step became active; also H + 2"},
  {"Hari H",                 "hari H",                "due at the end of the working hours of hari H itself; also H"},
  {"H+1 s.d H+7",            "H+7 (7 hari kerja sejak hari H)", "a window counted from hari H is due at its later end; also Hari H s.d H+1, s/d, -, sampai; words after it are a comment (H+1 s.d H+7 Selama jam pelayanan kantor)"},
};
// clang-format on

// The table above, for code that prints it (help, README checks).
std::span<const TimeStandardForm> time_standard_forms();

// A step's mutu baku waktu. Working time: working days plus working minutes
// (`2 hari` is {2, 0}, `1 jam 30 menit` is {0, 90}, `1 minggu` is {5, 0},
// `1,5 hari` is {1, 225}). Calendar time: calendar days of 24 hours and
// calendar months (`14 hari kalender` is {0, 0, 14}, `1 bulan` {0, 0, 0, 1}).
// Calendar::due adds the calendar part first, then the working part. A day
// window (`H+2`, `Hari H s.d H+1`) has only h_day (Calendar::due_from_start).
struct TimeStandard
{
  int days = 0;
  int minutes = 0;
  int calendar_days = 0;
  int months = 0;
  // A day window counted from the start of the procedure (`H+1 s.d H+2`):
  // due at the end of the working day `h_day` working days after hari H,
  // whenever the step became active; the fields above are then 0.
  std::optional<int> h_day;

  bool operator==(const TimeStandard&) const = default;
};

// What parse_time_standard found: a standard, none (blank or said in words),
// or an error; with a note when the text gave alternatives and a warning
// when the reading is likely not what was meant.
struct ParsedTimeStandard
{
  bool has_standard = false;
  TimeStandard standard;
  std::string error;          // non-empty when the text cannot be read
  std::string note;           // which of several alternatives is the standard
  std::string warning;        // a plain `jam` of 24 or more: working hours
  bool none_in_words = false; // `-`, `Sesuai jadwal`, ...: no standard, on purpose
};

// Reads a time standard the way offices write it (every form is in
// time_standard_form_table). Blank text, and words that say there is none,
// mean the step has no standard.
ParsedTimeStandard parse_time_standard(std::string_view text);

// A span of working time in the offices' words: `1 hari 2 jam 5 menit`,
// `45 menit`, `0 menit`.
std::string describe(int days, long long minutes);

// A time standard in the offices' words, calendar time first:
// `1 bulan`, `14 hari kalender`, `1 hari 3 jam 45 menit`.
std::string describe(const TimeStandard& standard);

// What validate_time_standards does with a time standard it cannot read.
enum class Unreadable
{
  error,   // a diagnostic: the file is refused
  warning, // a warning: the step has no clock
};

// Reports every step of `sop` whose time standard cannot be read, at the
// position of its `time` value: in `diagnostics`, or with
// Unreadable::warning in the warnings returned. The warnings also carry, in
// either mode, which alternative was taken and plain `jam` of 24 or more.
std::vector<model::Diagnostic> validate_time_standards(const model::Sop& sop,
                                                       model::Diagnostics& diagnostics,
                                                       Unreadable unreadable = Unreadable::error);

// The time standard of each step of a procedure, indexed by step number
// (index 0 unused); nullopt for a step without one or with one that cannot
// be read (store::load_procedure refuses those before this is called).
std::vector<std::optional<TimeStandard>> time_standards_of(const model::Sop& sop);

} // namespace sopctl::time
