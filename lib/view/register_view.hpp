#pragma once

#include <lifecycle/lifecycle.hpp>
#include <string>
#include <vector>
#include <view/format.hpp>
#include <view/sheet.hpp>

namespace sopctl::view {

// One SOP of the office's register (Daftar SOP) as `sopctl register` prints
// it: its entry, and what the register shows beside it that the entry does
// not hold.
struct RegisterRow
{
  const lifecycle::Entry* entry = nullptr;
  // The number in effect: written in the file, else the one handed out when
  // it was signed; empty when it has none yet.
  std::string number;
  std::string file; // the file as shown to the user: `sops/akta.yaml`
  // A konsep's drafting: its active step out of step_count; 0 when its
  // drafting ended without the signing or its state is not known (a draft
  // of another procedure).
  int step = 0;
  int step_count = 0;
  bool drafting_ended = false; // drafted to its end, not signed
  int replaced_by_version = 0; // the version of the SOP in `replaced_by`
};

// The states the register shows; empty: all four.
using StateFilter = std::vector<lifecycle::State>;

// The rows whose state `filter` names, in the register's order: by number
// (digit runs compared as numbers, so 2/SOP comes before 10/SOP), SOPs
// without a number last; then by name, version and id.
std::vector<RegisterRow> order_register(std::vector<RegisterRow> rows, const StateFilter& filter);

// Whether the SOP `a`, numbered `number_a`, comes before `b` in the
// register's order: by number, then name, version and id (`render
// register` prints in this order too).
bool register_before(std::string_view number_a,
                     const lifecycle::Entry& a,
                     std::string_view number_b,
                     const lifecycle::Entry& b);

// Whether `a` comes before `b` in the register's order of numbers.
bool number_before(std::string_view a, std::string_view b);

// The register as records: one row per SOP, `no` counting from 1 (CSV,
// xlsx, and the `sops` of the JSON); see README "The register (Daftar SOP)".
Sheet register_sheet(const std::vector<RegisterRow>& rows);

// `sopctl register --format json`: schema `sopctl.register/1`, the states
// shown, the count and the rows.
std::string register_json(const std::vector<RegisterRow>& rows, const StateFilter& filter);

// The register as a table in the user's language: No, ID, Nomor, Nama SOP,
// Versi, the four dates, Status, Diganti oleh, Monitoring berikutnya.
// Without rows, one line saying none is in the states asked for.
std::string register_table(const std::vector<RegisterRow>& rows,
                           const StateFilter& filter,
                           const TableStyle& style);

// The line `register` prints when sops/ holds no SOP at all: how to start
// one or bring one in.
std::string empty_register_line();

} // namespace sopctl::view
