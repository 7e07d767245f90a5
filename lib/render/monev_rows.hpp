#pragma once

#include <map>
#include <optional>
#include <render/monev_tables.hpp>
#include <string>
#include <time/calendar.hpp>
#include <time/period.hpp>
#include <vector>

namespace sopctl::render {

// A monitoring or an evaluation of an SOP, as the tables print it.
struct Assessment
{
  time::DayNumber day = 0; // the office's local day it was recorded
  std::string by;          // the penilai
  std::string result;      // "baik" or "tidak" (the overall result of an evaluation)
  std::string note;        // Catatan Hasil Penilaian
  std::string action;      // Tindakan yang Harus Diambil
  std::map<std::string, std::string> criteria; // evaluation: kriteria.N -> ya or tidak
};

// An SOP of the office as the tables need it: its identity, the days it
// was in force, and what was recorded of it.
struct TableSop
{
  std::string id;     // the file's stem in sops/
  std::string number; // Nomor SOP, "" when it has none
  std::string name;   // Nama SOP
  time::DayNumber in_force_from = 0;
  // The first day it was no longer in force (superseded by a signed
  // revision, or revoked); nullopt while it still is.
  std::optional<time::DayNumber> in_force_until;
  std::vector<Assessment> monitorings; // oldest first
  std::vector<Assessment> evaluations; // oldest first
};

// Whether `sop` was in force (berlaku) on any day of `period`.
bool in_force_during(const TableSop& sop, const time::Period& period);

// Tabel 7's rows for `period`: one per SOP in force on any day of it,
// ordered by number, then name, then id, numbered from 1; each with the
// last monitoring recorded within the period, or blank (result "") when
// there is none, so the office sees the gap.
std::vector<MonitoringRow> monitoring_rows(const std::vector<TableSop>& sops,
                                           const time::Period& period);

// The evaluation table's rows for `period` (a year), likewise, with the
// last evaluation recorded within it: its answer to each criterion in
// order, its overall result, note and action.
std::vector<EvaluationRow> evaluation_rows(const std::vector<TableSop>& sops,
                                           const time::Period& period);

} // namespace sopctl::render
