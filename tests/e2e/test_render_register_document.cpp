// `sopctl render register` end to end (issue 13, section 1): the Daftar SOP
// of a repository holding two signed SOP files, a revoked one and a draft
// in progress, on the letterhead, one row each in the order of their ids
// with its dates and status (the lifecycle's), dated by SOPCTL_NOW and
// signed by sopctl.yaml's approver; as HTML,
// and as PDF read back with pdftotext (left in build/render-output/ with
// its page images). Without chromium and poppler-utils the PDF test passes
// with a message.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"
#include "tool_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// The record of an SOP signed on paper and revoked since.
constexpr std::string_view revoked_record =
  "drafting:\n"
  "  events:\n"
  "    - event: revoked\n"
  "      role: kadis\n"
  "      by: Amarullah\n"
  "      at: \"2026-11-20T10:00:00+07:00\"\n"
  "      note: Diganti peraturan daerah yang baru\n"
  "      ref: Keputusan Kepala Dinas Nomor 12 Tahun 2026\n";

// Signed on paper: the 30-step SOP (a-kk) and the seed (c-penyusunan); the
// twelve-performer IMB signed on paper and revoked since (b-imb); a draft
// just started (pelayanan-sim).
void fill_repository(const Sandbox& sandbox)
{
  sandbox.init();
  write_bytes(
    sandbox.draft("a-kk"),
    read_bytes(fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "sop-30-langkah.yaml"));
  write_bytes(sandbox.draft("b-imb"),
              read_bytes(fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "render" /
                         "dpmptsp-imb-12-pelaksana.yaml") +
                std::string(revoked_record));
  write_bytes(sandbox.draft("c-penyusunan"), read_bytes(seed_source_path()));
  start_draft(sandbox, "Pelayanan SIM");
}

std::string without_spaces(const std::string& text)
{
  std::string bare;
  for (char c : text) {
    if (c != ' ' && c != '\n' && c != '\f') {
      bare += c;
    }
  }
  return bare;
}

const Env on_the_day = replay_now("2026-11-29T10:00:00+07:00");

} // namespace

TEST_CASE("render register: a row per SOP with its dates and status, dated and signed")
{
  Sandbox sandbox;
  fill_repository(sandbox);
  auto result = sandbox.run({"render", "register"}, on_the_day);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.err == "");
  const auto& html = result.out;
  CHECK(
    contains(html, "<span class=\"kop-office\">DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL</span>"));
  CHECK(contains(html, "Keadaan per tanggal 29 November 2026"));
  // In the order of `sopctl register`: by number, 07 before 12 before 503.
  CHECK(
    contains(html,
             "<tr><td class=\"index\">2.</td><td>12/SOP-Disdukcapil/DAFDUK/2024</td><td>Pelayanan "
             "Penerbitan Kartu Keluarga (KK) Baru karena Perubahan Data</td><td "
             "class=\"version\">1</td>"));
  // Tgl Efektif, unwritten, is the day it was signed; the next monitoring
  // six months after it.
  CHECK(contains(html,
                 "<td>1 Februari 2024</td><td>1 Februari 2024</td><td>Berlaku</td><td>1 Agustus "
                 "2024</td></tr>"));
  CHECK(contains(html,
                 "<tr><td class=\"index\">3.</td><td>503/IMB/DPMPTSP/2024</td><td>Penerbitan Izin "
                 "Mendirikan Bangunan (IMB)</td><td class=\"version\">1</td><td>8 Januari "
                 "2024</td><td>-</td><td>22 Januari 2024</td><td>1 Februari 2024</td><td>Dicabut "
                 "(Keputusan Kepala Dinas Nomor 12 Tahun 2026)</td><td>-</td></tr>"));
  CHECK(
    contains(html,
             "<tr><td class=\"index\">1.</td><td>07/SOP-Disdukcapil/SES/2020</td><td>Penyusunan "
             "Standar Operasional Prosedur (SOP) Pelayanan</td><td class=\"version\">1</td><td>1 "
             "September 2020</td><td>-</td><td>29 September 2020</td><td>29 September "
             "2020</td><td>Berlaku</td><td>29 Maret 2021</td></tr>"));
  CHECK(contains(html,
                 "<tr><td class=\"index\">4.</td><td>-</td><td>Pelayanan SIM</td><td "
                 "class=\"version\">1</td><td>-</td><td>-</td><td>-</td><td>-</td><td>Konsep</"
                 "td><td>-</td></tr>"));
  CHECK(contains(html, "<div>Sibolga, 29 November 2026</div>"));
  CHECK(contains(html, "<div class=\"signer-name\">AMARULLAH GULTOM, SE, M.M</div>"));
}

TEST_CASE("render register: printed to PDF on the letterhead, every row read back")
{
  if (tools_missing({"chromium", "pdftotext"},
                    "skipped: the register's PDF test needs chromium and poppler-utils on PATH "
                    "(apt-get install chromium poppler-utils)")) {
    return;
  }
  Sandbox sandbox;
  fill_repository(sandbox);
  auto dir = fs::path(SOPCTL_BINARY).parent_path() / "render-output";
  fs::create_directories(dir);
  auto pdf = dir / "register.pdf";
  auto result = sandbox.run({"render", "register", "-o", pdf.string()}, on_the_day);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  auto text = sandbox.run_program(sandbox.root(), {"pdftotext", "-raw", pdf.string(), "-"});
  REQUIRE(text.exit_code == 0);
  CHECK(contains(text.out, "PEMERINTAH KOTA SIBOLGA"));
  CHECK(contains(text.out, "DAFTAR STANDAR OPERASIONAL PROSEDUR (SOP)"));
  // Numbers wrap in their column: compared without white space.
  auto bare = without_spaces(text.out);
  CHECK(contains(bare, "12/SOP-Disdukcapil/DAFDUK/2024"));
  CHECK(contains(bare, "07/SOP-Disdukcapil/SES/2020"));
  CHECK(contains(text.out, "Pelayanan SIM"));
  CHECK(contains(text.out, "Konsep"));
  CHECK(contains(bare, "Dicabut(KeputusanKepalaDinasNomor12Tahun2026)"));
  CHECK(contains(text.out, "Sibolga, 29 November 2026"));
  CHECK(contains(text.out, "NIP. 19670312 199103 1 007"));
  if (!on_path("pdftoppm").empty()) {
    sandbox.run_program(
      sandbox.root(), {"pdftoppm", "-r", "80", "-png", pdf.string(), (dir / "register").string()});
  }
}

TEST_CASE("render register: an empty sops/ and a PDF without -o are refused")
{
  Sandbox sandbox;
  sandbox.init();
  CHECK(expect_refused(sandbox, {"render", "register"}) ==
        "sops: no SOP file, so the register has no rows: add SOPs with sopctl start, or copy "
        "signed SOP files into it\n");
  CHECK(contains(expect_usage_error(sandbox, {"render", "register", "--format", "pdf"}),
                 "render register --format pdf writes a file: give -o FILE"));
}
