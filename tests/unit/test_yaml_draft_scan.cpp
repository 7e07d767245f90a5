// The fast draft scan agrees with the full loader, or declines (issue 3,
// section 6: "if two readers exist, a test must show they agree").
#include "../e2e/draft_fixture.hpp"
#include "fixtures.hpp"
#include "scan_agreement.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <yaml/draft_scan.hpp>
#include <yaml/sop_writer.hpp>

using sopctl::model::Event;
using sopctl::model::EventKind;
using sopctl::test::check_agrees;
using sopctl::yaml::scan_draft;

namespace {

template<typename T, size_t N>
const T& pick(std::mt19937& random, const T (&options)[N])
{
  return options[std::uniform_int_distribution<size_t>(0, N - 1)(random)];
}

const std::string titles[] = {
  "Pelayanan KTP",
  "Pelayanan: KTP Elektronik",
  "#1 Akta Kelahiran",
  "- Surat Pindah",
  "yes",
  "2026",
  "Izin \"Usaha\" Mikro",
  "Jalan C:\\Data\\sop",
  "Akta — Perkawinan ü ñ",
  "[Draf] Kartu Keluarga",
  "  spasi di depan",
  "Titik dua di akhir:",
  "Kartu # Identitas Anak",
  "'Kutip' tunggal",
  "&Anchor *alias !tag",
};

const std::string people[] = {
  "Budi",
  "Dr. Citra, M.Si",
  "Eko \"Kecil\"",
  "O'Neil",
  "Ñoño Ü",
  "- Dewi",
  "#Amar",
  "null",
  "0631",
};

const std::string notes[] = {
  "",
  "sudah",
  "pakai \"kutip\" dan \\ garis miring",
  "baris satu\nbaris dua",
  "catatan: penting",
  "a # b",
  "  spasi depan",
  "ikon 🙂 dan é",
  "tab\tdi tengah",
  "kontrol \x01 di tengah",
  "'tunggal'",
  "akhir baris\n",
};

const char* const offsets[] = {"+07:00", "+08:00", "+09:00", "Z"};

Event event(EventKind kind,
            int step,
            std::string role,
            std::string by,
            sopctl::model::Timestamp at,
            std::string note)
{
  Event event;
  event.kind = kind;
  event.step = step;
  event.role = std::move(role);
  event.by = std::move(by);
  event.at = at;
  event.note = std::move(note);
  return event;
}

// A realistic record: the seed's steps in order, a rejection at step 6 now
// and then, stopping anywhere.
std::vector<Event> random_events(std::mt19937& random)
{
  static const char* const roles[] = {"",
                                      "sekretaris",
                                      "staf",
                                      "sekretaris",
                                      "kasi",
                                      "kasi",
                                      "kabid",
                                      "sekretaris",
                                      "kadis",
                                      "staf",
                                      "staf"};
  std::uniform_int_distribution<int> minutes(1, 3000);
  std::uniform_int_distribution<int> percent(0, 99);
  std::vector<Event> events;
  std::int64_t at = 1795485600; // 2026-11-24T09:00+07:00
  auto stamp = [&] {
    auto offset = *sopctl::model::parse_utc_offset(pick(random, offsets));
    return sopctl::model::at_offset(at, offset);
  };
  events.push_back(event(EventKind::started, 0, "", pick(random, people), stamp(), ""));
  int step = 1;
  int stop = std::uniform_int_distribution<int>(1, 14)(random);
  for (int i = 0; i < stop && step <= 10; ++i) {
    at += minutes(random) * 60;
    bool reject = step == 6 && percent(random) < 40;
    auto note = pick(random, notes);
    if (reject && note.empty()) {
      note = "kurang lengkap";
    }
    events.push_back(event(reject ? EventKind::rejected : EventKind::completed,
                           step,
                           roles[step],
                           pick(random, people),
                           stamp(),
                           note));
    step = reject ? 5 : step + 1;
  }
  return events;
}

// The seed's content with a random title and random multi-line texts.
sopctl::model::Sop random_draft(std::mt19937& random)
{
  auto sop = sopctl::test::seed();
  sop.name = pick(random, titles);
  sop.warning = pick(random, notes);
  sop.legal_basis.push_back(pick(random, titles));
  sop.drafting =
    sopctl::model::DraftingRecord{"07/SOP-Disdukcapil/SES/2020", random_events(random), {}};
  return sop;
}

std::string read(const std::filesystem::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

TEST_SUITE("store::draft_scan")
{
  TEST_CASE("generated drafts scan as the full loader reads them")
  {
    std::mt19937 random(20261124);
    int scanned = 0;
    constexpr int count = 1500;
    for (int i = 0; i < count; ++i) {
      scanned += check_agrees(sopctl::yaml::write_sop(random_draft(random))) ? 1 : 0;
    }
    // Most drafts keep to the simple layout; the scan must not give up on all.
    CHECK(scanned > count / 10);
  }

  TEST_CASE("the hand-written test draft scans as the loader reads it")
  {
    CHECK(check_agrees(e2e::hand_written_draft()));
    CHECK(check_agrees(e2e::hand_written_draft() + std::string(e2e::event_for_step_3)));
  }

  TEST_CASE("every SOP file in sops/ is read alike or declined")
  {
    auto sops = std::filesystem::path(__FILE__).parent_path() / ".." / ".." / "sops";
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(sops)) {
      if (entry.path().extension() == ".yaml") {
        ++files;
        check_agrees(read(entry.path()));
      }
    }
    CHECK(files > 0);
  }
}
