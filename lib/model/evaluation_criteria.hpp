#pragma once

#include <array>
#include <string>
#include <string_view>

namespace sopctl::model {

// The questions of the yearly evaluation of an SOP AP in force, answered Ya
// or Tidak for each SOP; key N is criterion N, recorded by an `evaluated`
// event as `kriteria.N` under `set:` (`sopctl evaluate --criteria
// ya,tidak,...` gives them in this order).
//
// Where the wording comes from. PermenPAN-RB 35/2012 (Pedoman Penyusunan
// SOP Administrasi Pemerintahan), Bab IV, sets out monitoring and
// evaluation; its Tabel 7 (the monitoring form) is in the stored pages at
// https://text-id.123dok.com/document/8ydlojrgz-monitoring-monitoring-dan-evaluasi-penerapan-sop-ap.html
// (pages -53- and -54- of the regulation). The stored pages hold no copy
// of its evaluation form, so the list is the one offices' own tools carry,
// citing the regulation:
// - azkass/apip-app, database/seeders/PertanyaanEvaluasiSeeder.php and
//   app/Http/Controllers/MonevProsedurPengawasanController.php: these seven,
//   worded exactly so, each answered ya/tidak per SOP beside the Tabel 7
//   columns ("Evaluasi Penerapan SOP AP");
// - a Berita Acara template of the Biro Organisasi of Provinsi Sumatera
//   Barat ("Pedoman Evaluasi Dokumen SOP sebagaimana diatur dalam
//   Peraturan Menteri PANRB Nomor 35 Tahun 2012"): the same seven points,
//   each spelled out at more length;
// - several SOP registers of other offices list the first six only,
//   without "Sinergi satu dengan lainnya".
// tests/fixtures/real/README.md records the same sources.
inline constexpr std::array<std::string_view, 7> evaluation_criteria = {
  "Mampu mendorong peningkatan kinerja",
  "Mudah dipahami",
  "Mudah dilaksanakan",
  "Semua orang dapat menjalankan perannya masing-masing",
  "Mampu mengatasi permasalahan yang berkaitan dengan proses",
  "Mampu menjawab kebutuhan peningkatan kinerja organisasi",
  "Sinergi satu dengan lainnya",
};

// The `set:` key an evaluated event records criterion `key` (1-based) under:
// `kriteria.3`.
std::string criterion_field(size_t key);

} // namespace sopctl::model
