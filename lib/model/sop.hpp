#pragma once

#include <map>
#include <model/diagnostics.hpp>
#include <model/letter.hpp>
#include <model/numbering.hpp>
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

// Tgl Pembuatan, Tgl Revisi, Tgl Pengesahan, Tgl Efektif: dates of the SOP
// as printed (model/sop_date.hpp: `2020-09-29`, `2023-08` for "Agustus
// 2023", `2023`), empty when none.
struct Dates
{
  std::string created;
  std::string revised;
  std::string approved;
  std::string effective; // printed only when set, as many offices do
};

// "Disahkan oleh": who approves and signs the SOP.
struct Approver
{
  // The words above the approver's signature in the signature block printed
  // with `signatories` ("Disetujui oleh"); empty: "Disahkan oleh". Initialise
  // an Approver with designated initializers (`.position = ...`).
  std::string label{};
  std::string position;
  std::string name;
  std::string rank;
  std::string nip;
};

// A signature printed beside the approver's in the signature block below the
// procedure, as some offices print it ("Dibuat oleh", "Diperiksa oleh"):
// what is printed on the document, not who acts in drafting.
struct Signatory
{
  std::string label; // the words above the signature: `Dibuat oleh`
  std::string position;
  std::string name;
  std::string rank;
  std::string nip;
  std::string date; // a date of the SOP (sop_date.hpp); empty: none printed
  Position where;

  bool operator==(const Signatory& other) const
  {
    return label == other.label && position == other.position && name == other.name &&
           rank == other.rank && nip == other.nip && date == other.date;
  }
};

// One performer column of the flowchart (Pelaksana).
struct Performer
{
  std::string key;  // short role key used on the command line: `kabid`
  std::string name; // column heading: `Kabid PIAK`
  // Outside the office (the applicant, a hospital): holds no roster role;
  // its steps are recorded by a person of the office on its behalf.
  bool external = false;
  Position where;
};

// Where a decision exit (or a step's `next`) leads when it ends the
// procedure (`end` in a file): papers returned to the applicant, say.
inline constexpr int procedure_end = -1;

// The two exits of a decision.
enum class Exit
{
  ya,
  tidak,
};

// The two exits of a decision step: a step number each (earlier: back, a new
// round; later: a branch forward) or procedure_end, and the words drawn on
// them (`labels: {ya: Lengkap, tidak: Tidak lengkap}`; empty: Ya, Tidak).
struct Decision
{
  int yes = 0; // Ya
  int no = 0;  // Tidak
  std::string yes_label;
  std::string no_label;

  // The target of `exit`.
  int target(Exit exit) const { return exit == Exit::ya ? yes : no; }
  // The word on `exit`: its label, else `Ya` or `Tidak`.
  std::string label(Exit exit) const;
};

// One row of the procedure table.
struct Step
{
  int number = 0;
  std::string activity; // Kegiatan
  // The Performer::key of who does it; several when they do it together
  // (`performer: [pemohon, cs]`), any of whom may complete it.
  std::vector<std::string> performers;
  std::string requirements; // Kelengkapan/Persyaratan
  std::string time;         // Mutu baku waktu exactly as written: `2 hari`
  std::string output;
  std::string remarks; // Keterangan
  std::optional<Decision> decision;
  // Where a step that is not a decision goes when it is done (`next: 8` or
  // `next: end`): a later step, or procedure_end. Unset: the following step
  // (the end after the last). See workflow::next_step, the one place that
  // answers where a step leads.
  std::optional<int> next;
  Position where;
  Position time_where; // of the `time` value, for its parse errors
  Position next_where; // of the `next` value, for its errors

  // Whether `key` is one of the step's performers.
  bool performed_by(std::string_view key) const;
  // The performers' keys joined with `, ` for messages.
  std::string performer_list() const;
};

// What a drafting event records.
enum class EventKind
{
  started,   // the draft was created; the procedure's first step is active
  completed, // the active step was done (Ya at a decision)
  rejected,  // a decision step took its Tidak exit
  noted,     // a remark at a step; the state does not change
  voided,    // cancels an earlier event (`voids` names it); see workflow/voids.hpp
  // The SOP's life after signing (see lifecycle/lifecycle.hpp):
  adopted,   // an SOP signed on paper brought into the repository (`sopctl adopt`)
  monitored, // a six-monthly monitoring of an SOP in force (Tabel 7)
  evaluated, // a yearly evaluation of an SOP in force
  revoked,   // the SOP was revoked (dicabut) by a decree (`ref`)
};

// Whether `kind` records the life of an SOP in force (adopted, monitored,
// evaluated, revoked) rather than a drafting act.
bool is_lifecycle(EventKind kind);

// One entry of a draft's append-only history.
struct Event
{
  EventKind kind = EventKind::started;
  int step = 0; // 0 for `started`
  std::string role;
  std::string by;
  Timestamp at;
  // When sopctl wrote the event (the clock at the command, with its offset):
  // `at` may be earlier, for history entered from paper. Unset (the epoch)
  // in events written before sopctl kept it.
  Timestamp recorded;
  std::string note;
  // Values given with the event (`advance --set meeting.date=...`) and
  // numbers handed out by it (`number.sop`, `number.surat-pengantar`).
  std::map<std::string, std::string> set;
  // On a `monitored` or `evaluated` event, the result: `baik` or `tidak`.
  std::string result;
  // On a `monitored` or `evaluated` event, the action to take (Tindakan yang
  // Harus Diambil); empty when none.
  std::string action;
  // On a `revoked` event, the decree that revokes: "Keputusan Kepala Dinas
  // Nomor ...".
  std::string ref;
  // On the `started` event of a revision, the draft id (file name in sops/
  // without .yaml) of the SOP it revises; the reason is the note.
  std::string revises;
  // At a decision, `tidak` when a completed event took the Tidak exit to a
  // later step or to the end (a Tidak back is a `rejected` event); empty for
  // the Ya exit and everywhere else.
  std::string exit;
  // On a `voided` event, the hash of the event it cancels; empty elsewhere
  // and in files written before sopctl had `void`.
  std::string voids;
  // The hash chain (see history/event_hash.hpp): the hash of the event this
  // one was appended after, and this event's own hash over its fields and
  // `prev`. Empty in files written before sopctl kept the chain.
  std::string prev;
  std::string hash;
  Position where;
};

// The record sopctl keeps of an SOP (`drafting:` in its file): how it was
// drafted, the governing procedure and its history, then its life in force.
// An SOP signed on paper before sopctl has a record without a procedure,
// whose events are lifecycle events only (adopted, monitored, ...).
struct DraftingRecord
{
  std::string procedure; // the governing SOP's number; empty: not drafted here
  std::vector<Event> events;
  Position where;
};

// What a drafting procedure brings with it (issue 9, section 5): the step
// whose completion signs the SOP, the paraf step, the numbers its steps hand
// out and the letters they produce. An SOP declares them under `signing:`,
// `numbering:` and `letters:`; one that declares none has none (0: no step).
struct DraftingRules
{
  int signing_step = 0;
  int paraf_step = 0;
  std::vector<NumberingRule> numbering;
  std::vector<LetterDefinition> letters;

  bool empty() const
  {
    return signing_step == 0 && paraf_step == 0 && numbering.empty() && letters.empty();
  }
};

// One SOP AP document: identity, performers and steps; a draft also carries
// its drafting record.
struct Sop
{
  std::string number;
  std::string name;
  int version = 1;     // the SOP's version: 1, then one more for each revision
  std::string section; // heading above the table in the office's SOP book
  Office office;
  Dates dates;
  Approver approver;
  // Dibuat oleh, Diperiksa oleh: printed with the approver's in a signature
  // block below the procedure; empty: no block.
  std::vector<Signatory> signatories;
  std::vector<std::string> legal_basis;    // Dasar Hukum
  std::vector<std::string> qualifications; // Kualifikasi Pelaksana
  std::vector<std::string> related;        // Keterkaitan
  std::vector<std::string> equipment;      // Peralatan/Perlengkapan
  std::string warning;                     // Peringatan
  std::string records;                     // Pencatatan dan Pendataan
  std::vector<Performer> performers;
  std::vector<Step> steps;
  // The unit of a time standard written as a bare number (`10`), as a
  // heading like "Waktu (menit)" gives it; empty: a bare number is refused.
  std::string time_unit;
  // Values the letters of the drafting procedure need (meeting.date, ...),
  // written by hand; they win over the values given with events.
  std::map<std::string, std::string> data;
  // Used when this SOP is a repository's drafting procedure.
  DraftingRules rules;
  std::optional<DraftingRecord> drafting;

  // Whether this file is a draft: it has a record with a governing
  // procedure (a record without one belongs to an SOP signed on paper).
  bool is_draft() const { return drafting && !drafting->procedure.empty(); }
  // The step numbered `number`, or null.
  const Step* find_step(int number) const;
  // Where `step` leads when it is done and is not a decision: its `next`,
  // else the following step, else procedure_end (after the last step). The
  // one place that answers it; workflow::next_step adds the decision's Ya.
  int after(const Step& step) const;
  // The performer with key `key`, or null.
  const Performer* find_performer(std::string_view key) const;
  // The column headings of `step`'s performers: `Kabid PIAK`, or
  // `Pemohon + Petugas CS` for a step done together.
  std::string names_of(const Step& step) const;
};

// The word stored for an event kind: `started`, `completed`, `rejected`,
// `noted`.
std::string_view to_string(EventKind kind);

// The event kind for a stored word.
std::optional<EventKind> parse_event_kind(std::string_view text);

} // namespace sopctl::model
