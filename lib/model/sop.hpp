#pragma once

#include <map>
#include <model/diagnostics.hpp>
#include <model/timestamp.hpp>
#include <optional>
#include <string>
#include <vector>

namespace sopctl::model {

// The office block of the identity header, also the letterhead (kop surat).
struct Office
{
  std::string government; // PEMERINTAH KOTA SIBOLGA
  std::string name;       // DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL
  std::string address;
  std::string phone;
  std::string fax;
  std::string city;
};

// Tgl Pembuatan, Tgl Revisi, Tgl Pengesahan: ISO dates, empty when none.
struct Dates
{
  std::string created;
  std::string revised;
  std::string approved;
};

// "Disahkan oleh": who approves and signs the SOP.
struct Approver
{
  std::string position;
  std::string name;
  std::string rank;
  std::string nip;
};

// One performer column of the flowchart (Pelaksana).
struct Performer
{
  std::string key;  // short role key used on the command line: `kabid`
  std::string name; // column heading: `Kabid PIAK`
  Position where;
};

// The two exits of a decision step, as step numbers.
struct Decision
{
  int yes = 0; // Ya
  int no = 0;  // Tidak
};

// One row of the procedure table.
struct Step
{
  int number = 0;
  std::string activity;     // Kegiatan
  std::string performer;    // a Performer::key
  std::string requirements; // Kelengkapan/Persyaratan
  std::string time;         // Mutu baku waktu exactly as written: `2 hari`
  std::string output;
  std::string remarks; // Keterangan
  std::optional<Decision> decision;
  Position where;
  Position time_where; // of the `time` value, for its parse errors
};

// What a drafting event records.
enum class EventKind
{
  started,   // the draft was created; the procedure's first step is active
  completed, // the active step was done (Ya at a decision)
  rejected,  // a decision step took its Tidak exit
  noted,     // a remark at a step; the state does not change
};

// One entry of a draft's append-only history.
struct Event
{
  EventKind kind = EventKind::started;
  int step = 0; // 0 for `started`
  std::string role;
  std::string by;
  Timestamp at;
  std::string note;
  // Values given with the event (`advance --set meeting.date=...`) and
  // numbers handed out by it (`number.sop`, `number.surat-pengantar`).
  std::map<std::string, std::string> set;
  // The hash chain (see history/event_hash.hpp): the hash of the event this
  // one was appended after, and this event's own hash over its fields and
  // `prev`. Empty in files written before sopctl kept the chain.
  std::string prev;
  std::string hash;
  Position where;
};

// How a draft is being drafted: the governing procedure and its history.
struct DraftingRecord
{
  std::string procedure; // the governing SOP's number
  std::vector<Event> events;
  Position where;
};

// One SOP AP document: identity, performers and steps; a draft also carries
// its drafting record.
struct Sop
{
  std::string number;
  std::string name;
  std::string section; // heading above the table in the office's SOP book
  Office office;
  Dates dates;
  Approver approver;
  std::vector<std::string> legal_basis;    // Dasar Hukum
  std::vector<std::string> qualifications; // Kualifikasi Pelaksana
  std::vector<std::string> related;        // Keterkaitan
  std::vector<std::string> equipment;      // Peralatan/Perlengkapan
  std::string warning;                     // Peringatan
  std::string records;                     // Pencatatan dan Pendataan
  std::vector<Performer> performers;
  std::vector<Step> steps;
  // Values the letters of the drafting procedure need (meeting.date, ...),
  // written by hand; they win over the values given with events.
  std::map<std::string, std::string> data;
  std::optional<DraftingRecord> drafting;

  // The step numbered `number`, or null.
  const Step* find_step(int number) const;
  // The performer with key `key`, or null.
  const Performer* find_performer(std::string_view key) const;
};

// The word stored for an event kind: `started`, `completed`, `rejected`,
// `noted`.
std::string_view to_string(EventKind kind);

// The event kind for a stored word.
std::optional<EventKind> parse_event_kind(std::string_view text);

} // namespace sopctl::model
