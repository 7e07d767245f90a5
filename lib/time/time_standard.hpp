#pragma once

#include <model/diagnostics.hpp>
#include <model/sop.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::time {

// A step's mutu baku waktu: working days plus working minutes. `2 hari` is
// {2, 0}, `1 jam 30 menit` is {0, 90}, `1 minggu` is {5, 0}.
struct TimeStandard
{
  int days = 0;
  int minutes = 0;

  bool operator==(const TimeStandard&) const = default;
};

// What parse_time_standard found: a standard, none (blank), or an error.
struct ParsedTimeStandard
{
  bool has_standard = false;
  TimeStandard standard;
  std::string error; // non-empty when the text cannot be read
};

// Reads a time standard the way offices write it: `5 menit`, `2 jam`,
// `2 hari`, `1 hari kerja`, `1 minggu`, `1,5 jam`, `1 jam 30 menit`,
// `30 mnt`, and the short forms `30m`, `2h`, `3d`. Blank text means the step
// has no standard.
ParsedTimeStandard parse_time_standard(std::string_view text);

// A span of working time in the offices' words: `1 hari 2 jam 5 menit`,
// `45 menit`, `0 menit`.
std::string describe(int days, long long minutes);

// Reports every step of `sop` whose time standard cannot be read, at the
// position of its `time` value.
void validate_time_standards(const model::Sop& sop, model::Diagnostics& diagnostics);

// The time standard of each step of a procedure, indexed by step number
// (index 0 unused); nullopt for a step without one or with one that cannot
// be read (store::load_procedure refuses those before this is called).
std::vector<std::optional<TimeStandard>> time_standards_of(const model::Sop& sop);

} // namespace sopctl::time
