#pragma once

#include <model/sop.hpp>
#include <string>
#include <string_view>
#include <time/period.hpp>
#include <vector>

namespace sopctl::render {

// One row of Tabel 7 (Monitoring Pelaksanaan SOP AP, PermenPAN-RB 35/2012):
// an SOP in force in the period and its monitoring, or blanks when it was
// not monitored in the period.
struct MonitoringRow
{
  std::string no;      // "1", "2", ...
  std::string number;  // Nomor SOP, "" when it has none
  std::string name;    // Nama SOP: the Prosedur column
  std::string result;  // "baik", "tidak", or "" (not monitored in the period)
  std::string note;    // Catatan Hasil Penilaian
  std::string action;  // Tindakan yang Harus Diambil
  std::string penilai; // who monitored (the Paraf Penilai column shows the name)
  std::string date;    // the day it was recorded, YYYY-MM-DD; "" none
};

// The monitoring table of one half year, on the office's letterhead.
struct MonitoringTable
{
  model::Office office;
  std::string period;       // "2026-H2", as given
  std::string period_label; // "Juli - Desember 2026"
  std::vector<MonitoringRow> rows;
  model::Approver signer; // "Mengetahui": the penilai's superior, who signs the form
  std::string date;       // the form's date, YYYY-MM-DD (the day it is printed)
};

// One row of the yearly evaluation table: an SOP in force in the year, Ya
// or Tidak for each criterion (model/evaluation_criteria.hpp), or blanks.
struct EvaluationRow
{
  std::string no;
  std::string number;
  std::string name;
  std::vector<std::string> answers; // per criterion, in order: "ya", "tidak" or ""
  std::string result;               // overall: "baik", "tidak" or ""
  std::string note;
  std::string action;
  std::string penilai;
  std::string date;
};

// The evaluation table of one year, on the office's letterhead.
struct EvaluationTable
{
  model::Office office;
  std::string period;       // "2026"
  std::string period_label; // "Tahun 2026"
  std::vector<EvaluationRow> rows;
  model::Approver signer;
  std::string date;
};

// The period as the forms print it: "Januari - Juni 2026", "Juli -
// Desember 2026", "Tahun 2026".
std::string period_label(const time::Period& period);

// The built-in templates' names (templates/ in a repository overrides them).
inline constexpr std::string_view monitoring_template = "monitoring.html.mustache";
inline constexpr std::string_view evaluation_template = "evaluation.html.mustache";

// Tabel 7 as one HTML page (A4 landscape) through `template_text`
// (monitoring.html.mustache), its letterhead through `kop_template`
// (kop.html.mustache, render/kop.hpp, the letters' and the Daftar SOP's);
// every value escaped; `logo` is a data: URI for the kop, or empty for none.
std::string monitoring_html(const MonitoringTable& table,
                            const std::string& logo,
                            std::string_view kop_template,
                            std::string_view template_text);

// The evaluation table as one HTML page (A4 landscape), likewise
// (evaluation.html.mustache).
std::string evaluation_html(const EvaluationTable& table,
                            const std::string& logo,
                            std::string_view kop_template,
                            std::string_view template_text);

} // namespace sopctl::render
