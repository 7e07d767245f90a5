#include "generate_drafts.hpp"

#include <embedded/embedded.hpp>
#include <fmt/format.h>
#include <fstream>
#include <history/event_hash.hpp>
#include <model/timestamp.hpp>
#include <random>
#include <store/files.hpp>
#include <workflow/replay.hpp>
#include <yaml/sop_reader.hpp>
#include <yaml/sop_writer.hpp>

namespace bench {

namespace {

const char* const services[] = {"Akta Kelahiran",
                                "Akta Kematian",
                                "Kartu Keluarga",
                                "KTP Elektronik",
                                "Pindah Datang",
                                "Kartu Identitas Anak",
                                "Akta Perkawinan",
                                "Akta Perceraian",
                                "Pengesahan Anak",
                                "Legalisasi Dokumen"};

// The content of a service SOP being drafted: identity, performers and
// eight steps, about 3.5 KB in the canonical layout.
sopctl::model::Sop service_sop(const sopctl::model::Sop& seed, int index, std::mt19937& random)
{
  sopctl::model::Sop sop;
  sop.name = fmt::format("Pelayanan {} nomor {}", services[index % 10], index);
  sop.office = seed.office;
  sop.approver = seed.approver;
  sop.dates.created = "2026-10-01";
  sop.legal_basis = {
    "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
    "2006 tentang Administrasi Kependudukan;",
    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
    "Penduduk dan Pencatatan Sipil;",
    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan "
    "Peraturan Presiden Nomor 96 Tahun 2018."};
  sop.qualifications = {"Memahami peraturan administrasi kependudukan",
                        "Mampu mengoperasikan komputer dan aplikasi SIAK",
                        "Teliti dan komunikatif dalam melayani masyarakat"};
  sop.equipment = {"Komputer/Laptop", "Printer", "Aplikasi SIAK", "Formulir F-2.01"};
  sop.warning = "Apabila persyaratan tidak lengkap, berkas dikembalikan kepada pemohon.";
  sop.records = "Data permohonan dicatat dalam buku register dan aplikasi SIAK.";
  sop.performers = {{"pemohon", "Pemohon", {}},
                    {"petugas", "Petugas Loket", {}},
                    {"operator", "Operator SIAK", {}},
                    {"kasi", "Kasi Pelayanan", {}},
                    {"kabid", "Kabid Capil", {}}};
  const char* activities[] = {
    "Menyerahkan berkas permohonan beserta persyaratan yang telah dilengkapi",
    "Menerima dan memeriksa kelengkapan berkas permohonan sesuai persyaratan",
    "Memasukkan data permohonan ke dalam aplikasi SIAK dan mencetak konsep dokumen",
    "Memeriksa konsep dokumen dan memberikan paraf apabila sudah sesuai",
    "Menandatangani dokumen secara elektronik melalui aplikasi tanda tangan elektronik",
    "Mencetak dokumen yang telah ditandatangani dan mencatat dalam buku register",
    "Menyerahkan dokumen kepada pemohon dan meminta tanda terima",
    "Mengarsipkan berkas permohonan sesuai ketentuan kearsipan"};
  const char* roles[] = {
    "pemohon", "petugas", "operator", "kasi", "kabid", "operator", "petugas", "petugas"};
  const char* times[] = {
    "10 menit", "15 menit", "30 menit", "1 jam", "1 jam", "15 menit", "10 menit", "1 hari"};
  int steps = 6 + static_cast<int>(random() % 3);
  for (int i = 0; i < steps; ++i) {
    sopctl::model::Step step;
    step.number = i + 1;
    step.activity = activities[i];
    step.performers = {roles[i]};
    step.requirements = "Formulir permohonan dan dokumen persyaratan";
    step.time = times[i];
    step.output = "Berkas permohonan";
    sop.steps.push_back(step);
  }
  return sop;
}

} // namespace

std::vector<GeneratedDraft> generate_drafts(const std::filesystem::path& repository,
                                            int count,
                                            const std::string& as_of,
                                            unsigned seed)
{
  using namespace sopctl;
  auto procedure =
    yaml::load_sop(*embedded::embedded_file(embedded::embedded_procedure_name), "seed");
  auto end = *model::parse_timestamp(as_of, 7 * 60);
  std::mt19937 random(seed);
  std::filesystem::create_directories(repository / "sops");
  std::vector<GeneratedDraft> drafts;
  for (int index = 0; index < count; ++index) {
    auto sop = service_sop(procedure, index, random);
    model::DraftingRecord record;
    record.procedure = procedure.number;
    // Started 1 to 40 days before `as_of`; each step took 5 minutes to 3
    // days of clock time, so some active steps are late and some are not.
    auto at = model::at_offset(end.utc_seconds - (1 + random() % 40) * 86400, 7 * 60);
    model::Event started;
    started.by = "Sekretaris";
    started.at = at;
    history::seal(started, record.events);
    record.events.push_back(std::move(started));
    int target = 4 + static_cast<int>(random() % 11); // 5-15 events in all
    int step = 1;
    int round = 1;
    while (static_cast<int>(record.events.size()) < target && step != 0) {
      auto next_at = model::at_offset(at.utc_seconds + 300 + random() % (3 * 86400), 7 * 60);
      if (end < next_at) {
        break;
      }
      at = next_at;
      const auto& current = *procedure.find_step(step);
      bool reject = current.decision && round < 3 && random() % 3 == 0;
      model::Event event;
      event.kind = reject ? model::EventKind::rejected : model::EventKind::completed;
      event.step = step;
      event.role = current.performers.front();
      event.by = fmt::format("Pegawai {}", random() % 40);
      event.at = at;
      event.note = reject ? "Dasar hukum perlu dilengkapi" : "";
      history::seal(event, record.events);
      record.events.push_back(std::move(event));
      step = reject ? current.decision->no : workflow::next_step(procedure, current);
      round += reject ? 1 : 0;
    }
    sop.drafting = record;
    auto id = fmt::format("draft-{:05}", index);
    std::ofstream(repository / "sops" / (id + ".yaml"), std::ios::binary) << yaml::write_sop(sop);
    drafts.push_back({id, step == 0 ? "" : procedure.find_step(step)->performers.front()});
  }
  return drafts;
}

} // namespace bench
