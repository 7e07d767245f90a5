// Both letters of a seed drafting run, printed (issue 11, section 3): a
// draft of "Pelayanan Akta Kelahiran" taken through steps 1 to 9 with the
// meeting's values given at step 2, a full roster and an emblem in
// sopctl.yaml; each letter printed to PDF with Chromium is one A4 portrait
// page whose text holds the parts of its form in the order of Permendagri
// 1/2023 (sources: test_render_letters.cpp). The PDFs and their page images
// (pdftoppm -r 80) are left in build/render-output/ for people to look at,
// the docx and odt with LibreOffice's prints in build/render-output/letters/.
// Without chromium and poppler-utils that test passes with a message. The
// letters' HTML of the same run is compared with tests/golden/letters/
// (SOPCTL_UPDATE_GOLDEN=1 rewrites it; review `git diff tests/golden/`).
// Both the Chromium PDF and LibreOffice's print of the docx and odt keep
// the form where it is measured (pdftotext -bbox-layout): the office name
// centred, the date and the signer at the right with room to sign, the
// pengantar's receipt block at the left under the table.
#include "file_helpers.hpp"
#include "golden_helpers.hpp"
#include "letter_roster.hpp"
#include "page_lines.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"
#include "tool_helpers.hpp"

#include <cmath>
#include <cstdlib>
#include <doctest/doctest.h>
#include <sstream>
#include <unistd.h>

using namespace e2e;

namespace {

// `text` with every run of white space made one space.
std::string squeeze(const std::string& text)
{
  std::string squeezed;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (!space) {
      squeezed += c;
    } else if (!squeezed.empty() && squeezed.back() != ' ') {
      squeezed += ' ';
    }
  }
  return squeezed;
}

// A plain emblem: a shield with the city's name, as an SVG file.
const char* const emblem =
  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"120\" viewBox=\"0 0 100 120\">"
  "<path d=\"M5 5 H95 V70 Q95 100 50 115 Q5 100 5 70 Z\" fill=\"#1d5c2e\" stroke=\"#c9a227\" "
  "stroke-width=\"5\"/><text x=\"50\" y=\"65\" font-size=\"15\" text-anchor=\"middle\" "
  "fill=\"#fff\" font-family=\"sans-serif\">SIBOLGA</text></svg>\n";

// The drafting run: steps 1 to 9 of the seed, the meeting's values at
// step 2, then the full roster and the emblem in sopctl.yaml.
std::string drafting_run(const Sandbox& sandbox)
{
  sandbox.init();
  auto id = start_draft(sandbox, "Pelayanan Akta Kelahiran");
  for (int step = 1; step <= 9; ++step) {
    std::vector<std::string> args = {"advance",
                                     id,
                                     "--role",
                                     seed_step(step).role,
                                     "--by",
                                     "Petugas " + std::to_string(step),
                                     "--at",
                                     local_time(step)};
    if (step == 2) {
      for (const auto* set : {"meeting.date=2026-11-26",
                              "meeting.time=09.00 WIB s.d. selesai",
                              "meeting.place=Ruang Rapat Dinas Kependudukan dan Pencatatan Sipil",
                              "meeting.to=Kepala Bidang dan Kepala Seksi di lingkungan Dinas "
                              "Kependudukan dan Pencatatan Sipil Kota Sibolga"}) {
        args.insert(args.end(), {"--set", set});
      }
    }
    if (step == 6) {
      args.push_back("--yes");
    }
    auto result = sandbox.run(args);
    INFO("advancing step ", step, ": ", result.err);
    REQUIRE(result.exit_code == 0);
  }
  write_roster(sandbox);
  write_bytes(sandbox.repo() / "lambang.svg", emblem);
  auto config = sandbox.repo() / "sopctl.yaml";
  write_bytes(config, replace_once(read_bytes(config), "logo: \"\"", "logo: lambang.svg"));
  return id;
}

// Prints letter `name` of draft `id` to build/render-output/NAME.pdf and its
// page images; checks it is one A4 portrait page holding `parts` in that
// order. Returns the PDF's text.
std::string print_letter(const Sandbox& sandbox,
                         const std::string& id,
                         const std::string& name,
                         const std::vector<std::string>& parts)
{
  auto dir = fs::path(SOPCTL_BINARY).parent_path() / "render-output";
  fs::create_directories(dir);
  auto pdf = dir / (name + ".pdf");
  auto printed =
    sandbox.run({"render", id, "--output", name, "--format", "pdf", "-o", pdf.string()});
  INFO("sopctl render: ", printed.err);
  REQUIRE(printed.exit_code == 0);

  auto info = sandbox.run_program(sandbox.repo(), {"pdfinfo", pdf.string()});
  REQUIRE(info.exit_code == 0);
  CHECK(contains(squeeze(info.out), "Pages: 1 "));
  CHECK(contains(squeeze(info.out), "Page size: 594.96 x 841.92 pts (A4)"));

  auto text = sandbox.run_program(sandbox.repo(), {"pdftotext", "-raw", pdf.string(), "-"});
  REQUIRE(text.exit_code == 0);
  auto words = squeeze(text.out);
  size_t from = 0;
  for (const auto& part : parts) {
    auto at = words.find(squeeze(part), from);
    INFO("in order: ", part, "\nthe text: ", words);
    CHECK(at != std::string::npos);
    if (at != std::string::npos) {
      from = at + 1;
    }
  }
  if (!on_path("pdftoppm").empty()) {
    auto images = sandbox.run_program(
      sandbox.repo(), {"pdftoppm", "-r", "80", "-png", pdf.string(), (dir / name).string()});
    CHECK(images.exit_code == 0);
  }
  MESSAGE("printed: " << pdf.string());
  return words;
}

// Who signs each letter of the drafting run: the name that starts the line.
std::string signer_of(const std::string& letter)
{
  return letter == "undangan-rapat" ? "Hotma Sitompul, S.Sos" : "AMARULLAH GULTOM, SE, M.M";
}

// Checks that the printed `letter` keeps the places of its form, measured
// on page 1 of `pdf`: the office name centred on the page (within 10 mm),
// the place and date and the signer's name in the right half, at least
// 20 mm between the signer's jabatan and name; for the surat pengantar the
// receipt block in the left half, below the table.
void check_form(const Sandbox& sandbox, const fs::path& pdf, const std::string& letter)
{
  auto page = read_page_lines(sandbox, pdf);
  INFO(letter, " as printed in ", pdf.string(), "; its lines:\n", page.listing());
  double middle = page.width / 2;
  const auto& office = page.starting_with("DINAS KEPENDUDUKAN");
  CHECK(std::abs(office.centre() - middle) * mm_per_point <= 10);
  CHECK(page.starting_with("Sibolga, ").left >= middle);
  const auto& signer = page.starting_with(signer_of(letter));
  CHECK(signer.left >= middle);
  CHECK(page.room_above_mm(signer_of(letter)) >= 20);
  MESSAGE(pdf.filename().string() << ": office name centred "
                                  << (office.centre() - middle) * mm_per_point
                                  << " mm off the page's middle, signer at "
                                  << signer.left * mm_per_point << " mm from the left, "
                                  << page.room_above_mm(signer_of(letter)) << " mm to sign");
  if (letter == "surat-pengantar") {
    const auto& receipt = page.starting_with("Diterima tanggal");
    CHECK(receipt.right <= middle);
    double table_bottom = 0;
    for (const auto& line : page.lines) {
      if (contains(line.text, "berkas") || contains(line.text, "mestinya.")) {
        table_bottom = std::max(table_bottom, line.bottom);
      }
    }
    CHECK(table_bottom > 0);
    CHECK(receipt.top > table_bottom);
  }
}

// LibreOffice's print of a docx or odt (opened again in a profile of the
// test's own), left beside it as FILE.pdf with its page images.
fs::path print_with_libreoffice(const Sandbox& sandbox, const fs::path& file)
{
  auto pdf_dir = sandbox.root() / "pdf";
  fs::create_directories(pdf_dir);
  auto converted =
    sandbox.run_program(sandbox.root(),
                        {"soffice",
                         "-env:UserInstallation=file://" + (sandbox.root() / "lo-profile").string(),
                         "--headless",
                         "--convert-to",
                         "pdf",
                         "--outdir",
                         pdf_dir.string(),
                         file.string()});
  INFO("soffice: ", converted.err);
  REQUIRE(converted.exit_code == 0);
  auto pdf = file.parent_path() / (file.filename().string() + ".pdf");
  REQUIRE(fs::exists(pdf_dir / (file.stem().string() + ".pdf")));
  fs::copy_file(
    pdf_dir / (file.stem().string() + ".pdf"), pdf, fs::copy_options::overwrite_existing);
  auto info = sandbox.run_program(sandbox.root(), {"pdfinfo", pdf.string()});
  CHECK(contains(squeeze(info.out), "Pages: 1 "));
  if (!on_path("pdftoppm").empty()) {
    auto stem = file.parent_path() / (file.filename().string());
    fs::remove(stem.string() + "-2.png");
    sandbox.run_program(sandbox.root(), {"pdftoppm", "-r", "80", "-png", pdf.string(), stem});
  }
  return pdf;
}

} // namespace

TEST_CASE("render letters pdf: both letters of a drafting run print on one A4 page in their form")
{
  if (tools_missing({"chromium", "pdfinfo", "pdftotext"},
                    "skipped: printing the letters needs chromium and poppler-utils on PATH "
                    "(apt-get install chromium poppler-utils)")) {
    return;
  }
  Sandbox sandbox;
  auto id = drafting_run(sandbox);
  auto invitation =
    print_letter(sandbox,
                 id,
                 "undangan-rapat",
                 {"PEMERINTAH KOTA SIBOLGA",
                  "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
                  "Jl. Tongkol No.12 Telp. (0631) 21799 Fax (0631) 21799",
                  "Nomor : 005/001/Disdukcapil/2026",
                  "Sifat : Biasa",
                  "Lampiran : -",
                  "Hal : Undangan Rapat Pembahasan SOP Pelayanan Akta Kelahiran",
                  "Yth. Kepala Bidang dan Kepala Seksi",
                  "Hari/tanggal : Kamis, 26 November 2026",
                  "Waktu : 09.00 WIB s.d. selesai",
                  "Tempat : Ruang Rapat Dinas Kependudukan dan Pencatatan Sipil",
                  "Acara : Pembahasan SOP Pelayanan Akta Kelahiran",
                  "a.n. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Sibolga",
                  "Sekretaris,",
                  "Hotma Sitompul, S.Sos",
                  "Pembina",
                  "NIP. 19750101 200003 1 002"});
  // The date sits at the right of the heading block, on Nomor's line.
  CHECK(contains(invitation, "Sibolga, 24 November 2026"));
  print_letter(sandbox,
               id,
               "surat-pengantar",
               {"PEMERINTAH KOTA SIBOLGA",
                "Yth. Kepala Bappeda Kota Sibolga",
                "SURAT PENGANTAR",
                "Nomor 470/001/Disdukcapil/2026",
                "No Naskah Dinas yang Dikirimkan Banyaknya Keterangan",
                "Standar Operasional Prosedur (SOP) Pelayanan Akta Kelahiran",
                "001/SOP-Disdukcapil/2026",
                "1 (satu) berkas",
                "Diterima tanggal",
                "Penerima,",
                "Nama :",
                "Jabatan :",
                "NIP :",
                "Tanda tangan :",
                "AMARULLAH GULTOM, SE, M.M",
                "Pembina Tk. I",
                "NIP. 19670312 199103 1 007"});
  auto dir = fs::path(SOPCTL_BINARY).parent_path() / "render-output";
  for (const auto* letter : {"undangan-rapat", "surat-pengantar"}) {
    check_form(sandbox, dir / (std::string(letter) + ".pdf"), letter);
  }
}

TEST_CASE("render letters word: the docx and odt of both letters keep their form in LibreOffice")
{
  if (tools_missing({"soffice", "pdfinfo", "pdftotext"},
                    "skipped: the Word letters need soffice and poppler-utils on PATH "
                    "(apt-get install libreoffice-writer-nogui poppler-utils)")) {
    return;
  }
  Sandbox sandbox;
  auto id = drafting_run(sandbox);
  // A folder of its own: the Word test writes undangan-rapat.docx too, and
  // ctest may run both at once.
  auto dir = fs::path(SOPCTL_BINARY).parent_path() / "render-output" / "letters";
  fs::create_directories(dir);
  for (std::string letter : {"undangan-rapat", "surat-pengantar"}) {
    for (std::string format : {"docx", "odt"}) {
      CAPTURE(letter);
      CAPTURE(format);
      auto file = dir / (letter + "." + format);
      fs::remove(file);
      auto written =
        sandbox.run({"render", id, "--output", letter, "--format", format, "-o", file.string()});
      INFO("sopctl render: ", written.err);
      REQUIRE(written.exit_code == 0);
      check_form(sandbox, print_with_libreoffice(sandbox, file), letter);
    }
  }
}

TEST_CASE("render golden: both letters of a drafting run as HTML")
{
  Sandbox sandbox;
  auto id = drafting_run(sandbox);
  for (const auto* name : {"undangan-rapat", "surat-pengantar"}) {
    CAPTURE(name);
    auto result = sandbox.run({"render", id, "--output", name});
    INFO("stderr: ", result.err);
    REQUIRE(result.exit_code == 0);
    check_against_golden(result.out, std::string("letters/") + name + ".html");
  }
}
