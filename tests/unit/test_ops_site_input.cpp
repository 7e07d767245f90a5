// ops::gather_site on a temporary repository: what the office's SOP site
// shows (issue 14): the register, the drafts measured as `report overdue`
// measures them and in the dashboard's order, their histories, the exits of
// a decision in words, the desks, the monitorings due, and what --public
// leaves out.
#include "ops_fixtures.hpp"

#include <history/sha256.hpp>
#include <ops/note.hpp>
#include <ops/site.hpp>

using namespace sopctl::ops_test;
namespace site = sopctl::site;

namespace {

// Four drafts as of 17:00 on the first day (hour 8): akta waits on step 1
// since 09:00 (5 menit), ktp on step 3 since 11:00 (2 jam), kk on step 6
// since 14:00 (1 jam), kia on step 5 since 13:00 (5 hari, not late); and a
// copy of the seed signed on paper, in force since 2020.
struct SiteRepo : TempRepo
{
  SiteRepo()
  {
    start("Akta Kelahiran", "akta");
    start("KTP Elektronik", "ktp");
    advance_until("ktp", 3);
    start("Kartu Keluarga", "kk");
    advance_until("kk", 6);
    start("Kartu Identitas Anak", "kia");
    advance_until("kia", 5);
    fs::copy_file(fs::path(SOPCTL_SOURCE_DIR) / "sops/penyusunan-sop-pelayanan.yaml",
                  draft("penyusunan"));
  }

  site::SiteInput gather(bool public_only = false) const
  {
    return sopctl::ops::gather_site(repository, hour(8), {.public_only = public_only});
  }
};

const site::DraftRow& draft_of(const site::SiteInput& input, const std::string& id)
{
  for (const auto& draft : input.drafts) {
    if (draft.id == id) {
      return draft;
    }
  }
  throw std::runtime_error("no draft " + id);
}

std::vector<std::string> draft_ids(const site::SiteInput& input)
{
  std::vector<std::string> ids;
  for (const auto& draft : input.drafts) {
    ids.push_back(draft.id);
  }
  return ids;
}

} // namespace

TEST_SUITE("ops::site_input")
{
  TEST_CASE("the dashboard lists the latest first, then by due time")
  {
    SiteRepo repo;
    auto input = repo.gather();
    CHECK(draft_ids(input) == std::vector<std::string>{"akta", "ktp", "kk", "kia"});
    const auto& akta = draft_of(input, "akta");
    CHECK(akta.late);
    CHECK(akta.step == "1/10");
    CHECK(akta.since == "2026-11-24 09:00");
    CHECK(akta.due == "2026-11-24 09:05");
    CHECK(akta.late_by == "6 jam 55 menit");
    CHECK(akta.late_minutes == 415);
    CHECK(akta.performer_roles == std::vector<std::string>{"sekretaris"});
    CHECK(akta.performer_labels == std::vector<std::string>{"Sekretaris"});
    const auto& kia = draft_of(input, "kia");
    CHECK_FALSE(kia.late);
    CHECK(kia.late_by.empty());
    CHECK(kia.step == "5/10");
    CHECK_FALSE(kia.due.empty());
    CHECK(input.generated_at == "2026-11-24 17:00 WIB");
    CHECK(input.problems.empty());
  }

  TEST_CASE("a decision's exits say where they lead, in Indonesian")
  {
    SiteRepo repo;
    auto input = repo.gather();
    const auto& kk = draft_of(input, "kk");
    REQUIRE(kk.exits.size() == 2);
    CHECK(kk.exits[0].value == "ya");
    CHECK(kk.exits[0].label == "Ya");
    CHECK(kk.exits[0].target == "lanjut ke langkah 7");
    CHECK_FALSE(kk.exits[0].needs_note);
    CHECK(kk.exits[1].value == "tidak");
    CHECK(kk.exits[1].label == "Tidak");
    CHECK(kk.exits[1].target == "kembali ke langkah 5");
    CHECK(kk.exits[1].needs_note);
    CHECK(draft_of(input, "ktp").exits.empty());
  }

  TEST_CASE("a draft's history: who, when, as which role, notes and voids")
  {
    SiteRepo repo;
    std::ostringstream out;
    sopctl::ops::NoteRequest note;
    note.text = "Menunggu data\nbidang";
    note.by = "Staf Rina";
    note.at = hour(3);
    sopctl::ops::note_draft(repo.repository, "ktp", note, out);
    auto input = repo.gather();
    const auto& history = draft_of(input, "ktp").history;
    REQUIRE(history.size() == 4);
    CHECK(history[0].what == "Konsep dimulai");
    CHECK(history[0].by == "Sekretaris Budi");
    CHECK(history[1].what == "Langkah 1 selesai");
    CHECK(history[1].step == "1");
    CHECK(history[1].by == "Petugas 1");
    CHECK(history[1].role == "Sekretaris");
    CHECK(history[2].at == "2026-11-24 11:00");
    CHECK(history[2].role == "Staf Adm Umum");
    CHECK(history[3].what == "Catatan");
    CHECK(history[3].note == "Menunggu data\nbidang");
    CHECK_FALSE(history[3].voided);
  }

  TEST_CASE("a Tidak back reads as the office says it, and starts a round")
  {
    SiteRepo repo;
    sopctl::workflow::AdvanceRequest request;
    request.role = "kabid";
    request.by = "Kabid Rina";
    request.at = hour(7);
    request.exit = sopctl::model::Exit::tidak;
    request.note = "Dasar hukum kurang";
    std::ostringstream out;
    sopctl::ops::advance_draft(repo.repository, "kk", request, clock_at(7), out);
    auto input = repo.gather();
    const auto& kk = draft_of(input, "kk");
    CHECK(kk.history.back().what == "Tidak: kembali ke langkah 5");
    CHECK(kk.history.back().role == "Kabid PIAK");
    CHECK(kk.history.back().note == "Dasar hukum kurang");
    CHECK(kk.round == 2);
    CHECK(kk.step == "5/10");
  }

  TEST_CASE("the register holds the SOPs in force, not the drafts")
  {
    SiteRepo repo;
    auto input = repo.gather();
    REQUIRE(input.sops.size() == 1);
    const auto& sop = input.sops[0];
    CHECK(sop.id == "penyusunan");
    CHECK(sop.state == "berlaku");
    CHECK(sop.number == "07/SOP-Disdukcapil/SES/2020");
    CHECK(sop.approved == "2020-09-29");
    CHECK(sop.has_pdf);
    CHECK(sop.performers.size() == 5);
    CHECK(sop.performers[2] == "Kabid PIAK");
    CHECK_FALSE(sop.legal_bases.empty());
    CHECK(sop.signer.find("Kepala Dinas") != std::string::npos);
    // The hashes are for the act forms only.
    CHECK(sop.file_hash.empty());
    auto acting = sopctl::ops::gather_site(repo.repository, hour(8), {.act = true});
    CHECK(acting.sops[0].file_hash ==
          sopctl::history::to_hex(sopctl::history::sha256(repo.text("penyusunan"))));
    CHECK(draft_of(acting, "akta").file_hash ==
          sopctl::history::to_hex(sopctl::history::sha256(repo.text("akta"))));
  }

  TEST_CASE("monitorings late are listed, with the days late")
  {
    SiteRepo repo;
    auto input = repo.gather();
    REQUIRE_FALSE(input.assessments.empty());
    const auto& first = input.assessments.front();
    CHECK(first.sop == "penyusunan");
    CHECK(first.late);
    CHECK(first.days > 0);
    CHECK((first.kind == "pemantauan" || first.kind == "evaluasi"));
  }

  TEST_CASE("without a roster one desk per role of the procedure, with one a desk per person")
  {
    SiteRepo repo;
    auto input = repo.gather();
    REQUIRE(input.desks.size() == 5);
    CHECK(input.desks[2].key == "kabid");
    CHECK(input.desks[2].name == "Kabid PIAK");
    CHECK(input.desks[2].roles == std::vector<std::string>{"kabid"});
    repo.set_people("people:\n"
                    "  - name: Budi Santoso, S.H.\n"
                    "    roles: [sekretaris, staf]\n"
                    "  - name: Budi Santoso\n"
                    "    roles: [kadis]\n");
    input = repo.gather();
    REQUIRE(input.desks.size() == 2);
    CHECK(input.desks[0].key == "budi-santoso-s-h");
    CHECK(input.desks[0].roles == std::vector<std::string>{"sekretaris", "staf"});
    CHECK(input.desks[1].key == "budi-santoso");
  }

  TEST_CASE("--public keeps only the SOPs in force and their signers")
  {
    SiteRepo repo;
    auto input = repo.gather(true);
    CHECK(input.drafts.empty());
    CHECK(input.desks.empty());
    CHECK(input.assessments.empty());
    REQUIRE(input.sops.size() == 1);
    CHECK(input.sops[0].state == "berlaku");
  }

  TEST_CASE("a file that does not load is named, the rest gathered")
  {
    SiteRepo repo;
    write_bytes(repo.draft("rusak"), "name: [\n");
    auto input = repo.gather();
    REQUIRE(input.problems.size() == 1);
    CHECK(input.problems[0].starts_with("sops/rusak.yaml"));
    CHECK(input.drafts.size() == 4);
    CHECK(input.sops.size() == 1);
  }
}
