#pragma once

#include <render/monev_tables.hpp>
#include <view/sheet.hpp>

namespace sopctl::ops {

// Tabel 7 as a workbook sheet ("Monitoring 2026-H2"): its columns, with the
// regulation's headings (No, Nomor SOP, Prosedur, Penilaian Terhadap
// Penerapan, Catatan Hasil Penilaian, Tindakan yang Harus Diambil, Paraf
// Penilai), and the day it was recorded (Tanggal Penilaian); the
// Penilaian is "Berjalan dengan baik" or "Tidak berjalan dengan baik", an
// empty cell where the SOP was not monitored.
view::Sheet monitoring_sheet(const render::MonitoringTable& table);

// The evaluation table as a sheet ("Evaluasi 2026"): No, Nomor SOP,
// Prosedur, one column per criterion headed by its wording (Ya or Tidak),
// Hasil Evaluasi (Baik, Tidak baik), Catatan Hasil Penilaian, Tindakan yang
// Harus Diambil, Paraf Penilai, Tanggal Penilaian.
view::Sheet evaluation_sheet(const render::EvaluationTable& table);

} // namespace sopctl::ops
