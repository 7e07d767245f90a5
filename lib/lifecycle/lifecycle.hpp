#pragma once

#include <map>
#include <model/sop.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <workflow/replay.hpp>

namespace sopctl::lifecycle {

// Where an SOP stands in the office's register (Daftar SOP), derived from
// its file and its events; never stored.
enum class State
{
  konsep,     // being drafted
  berlaku,    // signed and in force
  digantikan, // superseded by a signed revision
  dicabut,    // revoked by a decree
};

// The stored word of a state: `konsep`, `berlaku`, `digantikan`, `dicabut`
// (also the JSON and CSV value).
std::string_view to_string(State state);

// The state named `text`, or nullopt.
std::optional<State> parse_state(std::string_view text);

// A monitoring or evaluation event of an SOP, as recorded.
struct Assessment
{
  model::Timestamp at;
  std::string by;
  std::string role;
  std::string result; // baik, tidak
  std::string note;   // Catatan Hasil Penilaian
  std::string action; // Tindakan yang Harus Diambil
  // An evaluation's answers, `kriteria.1` = `ya` ...; empty on a monitoring.
  std::map<std::string, std::string> criteria;
};

// The office's schedule of monitoring and evaluation (sopctl.yaml
// `monitoring:`): months between two, counted from the effective date or
// the last one; `due_soon_days` before a due date it is near.
struct Schedule
{
  int monitoring_months = 6;
  int evaluation_months = 12;
  int due_soon_days = 14;
};

// One SOP file as the register reads it.
struct Input
{
  std::string id; // the file's name in sops/ without .yaml
  const model::Sop* sop = nullptr;
  // The drafting state replayed against the governing procedure; null for a
  // file without a record or with a record of an SOP signed on paper.
  const workflow::DraftState* drafting = nullptr;
  int signing_step = 0; // of the governing procedure; 0: finished is signed
};

// One SOP of the register.
struct Entry
{
  std::string id;
  const model::Sop* sop = nullptr;
  State state = State::konsep;
  int version = 1;
  // ISO dates (or the text written), empty when none: Tgl Pembuatan, Tgl
  // Revisi, Tgl Pengesahan, Tgl Efektif. A draft's come from its record as
  // render shows them: the day it went to the signer, the day it was
  // signed; a revision's Tgl Revisi is the day it was signed.
  std::string created;
  std::string revised;
  std::string approved;
  std::string effective;
  std::string revises;       // id of the SOP this one revises; empty: none
  std::string revise_reason; // why (the note of its start)
  std::string replaced_by;   // id of the signed revision that superseded it
  std::string revision_open; // id of a revision still being drafted
  std::optional<model::Timestamp> revoked_at;
  std::string revoked_by;
  std::string revoke_reason;
  std::string revoke_ref;
  std::vector<Assessment> monitorings; // in time order
  std::vector<Assessment> evaluations;
  // ISO dates the next monitoring and evaluation are due; empty unless the
  // SOP is in force with a known effective date.
  std::string next_monitoring;
  std::string next_evaluation;
};

// The register of `files`, in their order: each file's state, dates,
// revision links, assessments and next due dates.
std::vector<Entry> derive(const std::vector<Input>& files, const Schedule& schedule);

// The entry with `id`, or null.
const Entry* find_entry(const std::vector<Entry>& entries, std::string_view id);

// `iso_date` plus `months` calendar months (the 31st of a shorter month is
// its last day); nullopt when `iso_date` is not a YYYY-MM-DD date.
std::optional<std::string> add_months(std::string_view iso_date, int months);

} // namespace sopctl::lifecycle
