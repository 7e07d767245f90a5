#pragma once

#include <string_view>

// The words of time standards in one place: units, approximations, ranges,
// comments and the dashes that say there is no standard. All lower case;
// the text is lower-cased before it is compared with them.
namespace sopctl::time {

// A unit of a time standard, ordered from the smallest: units combine from
// the larger to the smaller.
enum class Unit
{
  minute,
  hour,
  day,
  calendar_day, // `hari kalender`
  week,
  month,
};

// A unit's name as offices write it.
struct UnitName
{
  std::string_view word;
  Unit unit;
};

// clang-format off
inline constexpr UnitName unit_names[] = {
  {"menit", Unit::minute}, {"mnt", Unit::minute}, {"m", Unit::minute}, {"min", Unit::minute},
  {"jam", Unit::hour},     {"j", Unit::hour},     {"h", Unit::hour},
  {"hari", Unit::day},     {"d", Unit::day},
  {"minggu", Unit::week},  {"mgg", Unit::week},   {"w", Unit::week},
  {"bulan", Unit::month},  {"bln", Unit::month},
};

// Words before a number that make it approximate or a limit (`± 10 menit`,
// `paling lama 3 hari`); the number is the standard either way. A `.` may
// follow each (`maks.`).
inline constexpr std::string_view approximation_words[] = {
  "±", "+/-", "+-", "kurang lebih", "kurang-lebih", "kurleb", "lebih kurang", "kurang dari",
  "tidak lebih dari", "sekitar", "kira-kira", "maksimal", "maksimum", "maks", "max",
  "paling lama", "paling lambat", "selambat-lambatnya", "selambat lambatnya", "dalam waktu",
  "dalam", "sampai dengan", "sampai", "hingga", "s.d.", "s/d",
};

// What stands between the two ends of a range (`1-2 jam`, `1 s.d. 2 hari`);
// a longer one before a shorter one it starts with. The dashes after `-`
// are the en and em dash.
inline constexpr std::string_view range_separators[] = {
  "sampai dengan", "sampai", "hingga", "s.d.", "s.d", "s/d", "sd", "-", "–", "—",
};

// Words after a time that begin a comment on it (`7 hari dengan bupati`).
inline constexpr std::string_view comment_openers[] = {
  "dengan", "untuk", "oleh", "per", "setiap", "tiap", "sejak", "setelah", "sesudah",
  "terhitung", "dari", "di", "ke", "pada", "bagi", "jika", "bila", "apabila",
};

// Units a leading "se" (one) may join: `sehari`, `sejam`, `seminggu`, `sebulan`.
inline constexpr std::string_view se_units[] = {"menit", "jam", "hari", "minggu", "bulan"};

// Whole texts that say a step has no standard (after punctuation at the end
// is dropped and runs of spaces are folded): never overdue. Phrases that say
// when the step is done instead (`Sesuai jadwal`, `Tentatif`, `Setiap saat`)
// are in no_standard.cpp: they open a text that holds no time.
inline constexpr std::string_view no_standard_words[] = {
  "-", "--", "–", "—",
};
// clang-format on

} // namespace sopctl::time
