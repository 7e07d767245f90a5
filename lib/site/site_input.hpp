#pragma once

// What the office's SOP site shows (`sopctl site build`, `sopctl serve`),
// as plain values: ops/site_input gathers them from the repository, and
// site/pages draws the pages from them. Every text is as it is to be shown
// (dates and times already in the repository's zone, words in Indonesian);
// the pages only escape it.

#include <cstdint>
#include <string>
#include <vector>

namespace sopctl::site {

// One SOP of the register (Daftar SOP): in force, superseded or revoked.
// Drafts are in `drafts`, not here.
struct SopRow
{
  std::string id;     // its id in sops/ (file name without .yaml)
  std::string number; // Nomor SOP as written; empty: none yet
  std::string name;   // Nama SOP
  int version = 1;
  std::string state;                    // berlaku, digantikan, dicabut
  std::string unit;                     // the unit or office that owns it
  std::string approved;                 // Tgl Pengesahan (ISO date or as written)
  std::string effective;                // Tgl Efektif
  std::string revised;                  // Tgl Revisi
  std::string signer;                   // who signed it: name (and position), public
  std::vector<std::string> performers;  // performer labels, column order
  std::vector<std::string> legal_bases; // Dasar Hukum, one per item
  std::string revises;                  // id of the SOP this one revises; empty: none
  std::string replaced_by;              // id of the revision that superseded it
  std::string revoke_reason;            // for a revoked SOP
  std::string revoke_ref;
  std::string revoked_on;      // ISO date
  std::string next_monitoring; // ISO date; empty: none due
  std::string next_evaluation;
  // The SOP's own document: its file hash (for act forms) and whether a PDF
  // of it is part of the site.
  std::string file_hash;
  bool has_pdf = false;
};

// One event of a draft's history, oldest first.
struct HistoryRow
{
  std::string at;   // "2026-11-24 09:11" in the repository's zone
  std::string what; // in Indonesian: "Langkah 3 selesai", "Catatan", "Tidak: kembali ke langkah 2"
  std::string step; // "3"; empty when the event is about no step
  std::string by;   // the person's name as recorded
  std::string role; // the performer label they acted as
  std::string note; // free text; may hold line breaks
  bool voided = false;
};

// One exit of a decision step, for the Ya/Tidak buttons.
struct ExitChoice
{
  std::string value;  // "ya" or "tidak" (the form value)
  std::string label;  // as the procedure labels it: "Lengkap"
  std::string target; // in words: "lanjut ke langkah 7", "kembali ke langkah 5", "prosedur selesai"
  bool needs_note = false; // an exit going back needs a note
};

// A draft being drafted (or finished, until it is signed and in force).
struct DraftRow
{
  std::string id;
  std::string title;
  std::string file_hash; // sha256 of the file's bytes, for act forms (409)
  bool finished = false;
  std::string outcome; // for a finished draft: how it ended, in words
  // The active step (empty when finished).
  std::string step;                          // "3/10"
  std::string activity;                      // on one line
  std::vector<std::string> performer_roles;  // role keys, for Meja and the form
  std::vector<std::string> performer_labels; // as printed, same order
  // A performer of the active step is outside the office (the applicant):
  // anyone on the roster records it.
  bool external = false;
  std::string since; // when the step became active
  std::string due;   // "2026-11-24 10:11"; empty: the step has no clock
  bool late = false;
  std::int64_t late_minutes = 0; // working minutes; orders the dashboard
  std::string late_by;           // "2 hari 3 jam" (empty when not late)
  int round = 1;
  std::vector<ExitChoice> exits;     // empty unless the active step is a decision
  std::vector<std::string> set_keys; // values the step needs (`--set KEY=`)
  std::vector<HistoryRow> history;
};

// A person of the roster and the roles they hold (Meja saya). Without a
// roster, one desk per role of the procedure (name = its label).
struct Desk
{
  std::string key; // the page's file name (meja/<key>.html): ASCII, no '/'
  std::string name;
  std::vector<std::string> roles;
};

// A monitoring or evaluation of an SOP in force, late or due soon.
struct AssessmentRow
{
  std::string kind; // pemantauan, evaluasi
  std::string sop;  // id
  std::string name;
  std::string due; // ISO date
  bool late = false;
  int days = 0; // late by, or left until due
};

struct SiteInput
{
  std::string office;           // the office's name, for the header
  std::string generated_at;     // "2026-11-24 09:11 WIB"
  std::vector<SopRow> sops;     // register order
  std::vector<DraftRow> drafts; // dashboard order: late first (most late first), then by due
  std::vector<Desk> desks;
  std::vector<AssessmentRow> assessments; // late first
  std::vector<std::string> problems;      // files that did not load, one line each
};

} // namespace sopctl::site
