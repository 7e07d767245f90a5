// `sopctl render book` end to end (issue 13, section 1): a repository of
// SOPs in force (the seed and two fixtures as signed files, one on A3, and a
// draft taken through its signing to the end) and a draft still in
// progress. The book's table of contents gives the page each SOP in force
// starts on, and pdftotext finds each there, page by page; every page but
// the cover carries its number at the foot; an SOP's pages hold the text
// its own `render --format pdf` prints. The PDF and its page images
// (pdftoppm -r 80) are left in build/render-output/ for people to look at.
// Without chromium and poppler-utils those tests pass with a message. The
// refusals need no browser.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"
#include "tool_helpers.hpp"

#include <doctest/doctest.h>
#include <map>
#include <sstream>

using namespace e2e;

namespace {

fs::path output_dir()
{
  auto dir = fs::path(SOPCTL_BINARY).parent_path() / "render-output";
  fs::create_directories(dir);
  return dir;
}

fs::path fixture(const std::string& name)
{
  return fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / name;
}

bool browser_missing()
{
  return tools_missing({"chromium", "pdftotext", "pdfinfo"},
                       "skipped: the book's PDF test needs chromium and poppler-utils on PATH "
                       "(apt-get install chromium poppler-utils)");
}

// The repository: in force, in the order of their ids, a-kk (the 30-step
// SOP, 4 pages), b-imb (twelve performers, A3, 2 pages), c-penyusunan (the
// seed, 2 pages) and pelayanan-ktp (a draft signed and finished); not in
// force, the draft pelayanan-sim, still at step 3, and d-cuti, a real SOP
// signed on paper and revoked since.
void fill_repository(const Sandbox& sandbox)
{
  sandbox.init();
  write_bytes(sandbox.draft("a-kk"), read_bytes(fixture("sop-30-langkah.yaml")));
  write_bytes(sandbox.draft("b-imb"), read_bytes(fixture("render/dpmptsp-imb-12-pelaksana.yaml")));
  write_bytes(sandbox.draft("c-penyusunan"), read_bytes(seed_source_path()));
  auto signed_draft = start_draft(sandbox, "Pelayanan KTP");
  REQUIRE(signed_draft == "pelayanan-ktp");
  advance_until(sandbox, signed_draft, 11); // all ten steps: signed at step 8
  auto open_draft = start_draft(sandbox, "Pelayanan SIM");
  advance_until(sandbox, open_draft, 3);
  write_bytes(sandbox.draft("d-cuti"),
              read_bytes(fixture("real/luwu-timur-malili-cuti-tahunan.yaml")) +
                "drafting:\n"
                "  events:\n"
                "    - event: revoked\n"
                "      role: kadis\n"
                "      by: Amarullah\n"
                "      at: \"2026-11-20T10:00:00+07:00\"\n"
                "      note: Diatur dalam SOP kepegawaian yang baru\n"
                "      ref: Keputusan Kepala Dinas Nomor 12 Tahun 2026\n");
}

// The names of the SOPs in force, in the book's order.
const std::vector<std::string> book_names{
  "Pelayanan Penerbitan Kartu Keluarga (KK) Baru karena Perubahan Data",
  "Penerbitan Izin Mendirikan Bangunan (IMB)",
  "Penyusunan Standar Operasional Prosedur (SOP) Pelayanan",
  "Pelayanan KTP"};

std::string page_text(const Sandbox& sandbox, const fs::path& pdf, int page, bool layout = false)
{
  auto number = std::to_string(page);
  std::vector<std::string> argv{"pdftotext", "-f", number, "-l", number};
  argv.push_back(layout ? "-layout" : "-raw");
  argv.push_back(pdf.string());
  argv.push_back("-");
  auto result = sandbox.run_program(sandbox.root(), argv);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

// Page `page`'s size as pdfinfo gives it: "841.92 x 594.96 pts (A4)".
std::string page_size(const Sandbox& sandbox, const fs::path& pdf, int page)
{
  auto number = std::to_string(page);
  auto info =
    sandbox.run_program(sandbox.root(), {"pdfinfo", "-f", number, "-l", number, pdf.string()});
  REQUIRE(info.exit_code == 0);
  auto at = info.out.find(" size:");
  REQUIRE(at != std::string::npos);
  auto start = info.out.find_first_not_of(' ', at + 6);
  return info.out.substr(start, info.out.find('\n', start) - start);
}

int page_count(const Sandbox& sandbox, const fs::path& pdf)
{
  auto info = sandbox.run_program(sandbox.root(), {"pdfinfo", pdf.string()});
  REQUIRE(info.exit_code == 0);
  auto at = info.out.find("Pages:");
  REQUIRE(at != std::string::npos);
  return std::stoi(info.out.substr(at + 6));
}

// The lines of `text`, each with its white space runs made one space and
// trimmed; empty lines left out.
std::vector<std::string> lines_of(const std::string& text)
{
  std::vector<std::string> lines;
  std::stringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    std::string squeezed;
    for (char c : line) {
      bool space = c == ' ' || c == '\t' || c == '\f' || c == '\r';
      if (!space) {
        squeezed += c;
      } else if (!squeezed.empty() && squeezed.back() != ' ') {
        squeezed += ' ';
      }
    }
    while (!squeezed.empty() && squeezed.back() == ' ') {
      squeezed.pop_back();
    }
    if (!squeezed.empty()) {
      lines.push_back(squeezed);
    }
  }
  return lines;
}

// The page the table of contents gives for the SOP named `name`: the last
// number on its row (pdftotext -layout keeps a row on one line).
int contents_page(const std::string& contents, const std::string& name)
{
  for (const auto& line : lines_of(contents)) {
    auto at = line.find(name);
    if (at != std::string::npos) {
      return std::stoi(line.substr(line.rfind(' ') + 1));
    }
  }
  FAIL("the table of contents does not list ", name, ":\n", contents);
  return 0;
}

std::string all_text(const std::vector<std::string>& lines)
{
  std::string text;
  for (const auto& line : lines) {
    text += line + "\n";
  }
  return text;
}

} // namespace

TEST_CASE("render book: the contents give the page each SOP in force starts on, as printed")
{
  if (browser_missing()) {
    return;
  }
  Sandbox sandbox;
  fill_repository(sandbox);
  auto pdf = output_dir() / "book.pdf";
  fs::remove(pdf);
  auto result = sandbox.run({"render", "book", "--format", "pdf", "-o", pdf.string()});
  INFO("sopctl render book: ", result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.out == "");
  CHECK(result.err == "");
  int pages = page_count(sandbox, pdf);
  // The cover, one page of contents, then 4 + 2 + 2 + 2 pages.
  CHECK(pages == 12);

  auto cover = page_text(sandbox, pdf, 1);
  CHECK(contains(cover, "BUKU STANDAR OPERASIONAL PROSEDUR"));
  CHECK(contains(cover, "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"));
  CHECK(contains(cover, "TAHUN 2026"));
  auto contents = page_text(sandbox, pdf, 2, true);
  CHECK(contains(contents, "DAFTAR ISI"));
  CHECK(!contains(contents, "Pelayanan SIM")); // a draft in progress is no SOP in force
  CHECK(!contains(contents, "CUTI TAHUNAN"));  // nor a revoked one

  std::map<int, std::string> starts;
  for (const auto& name : book_names) {
    int start = contents_page(contents, name);
    CAPTURE(name);
    CAPTURE(start);
    REQUIRE(start >= 3);
    REQUIRE(start <= pages);
    // The SOP's identity page: its name beside Nama SOP.
    auto text = page_text(sandbox, pdf, start);
    CHECK(contains(text, "Disahkan oleh"));
    CHECK(contains(text, "Nama SOP"));
    auto squeezed = all_text(lines_of(text));
    CHECK(contains(squeezed, name.substr(0, 30)));
    starts[start] = name;
  }
  CHECK(starts.size() == book_names.size());
  // Exactly those pages are identity pages.
  for (int page = 1; page <= pages; ++page) {
    CAPTURE(page);
    CHECK(contains(page_text(sandbox, pdf, page), "Disahkan oleh") == (starts.count(page) == 1));
  }
  CHECK(starts.begin()->first == 3);
  // The A3 SOP's pages are A3 landscape, the others A4 landscape.
  auto imb = contents_page(contents, book_names[1]);
  for (int page = 1; page <= pages; ++page) {
    CAPTURE(page);
    CHECK(
      page_size(sandbox, pdf, page) ==
      (page >= imb && page < imb + 2 ? "1191.12 x 841.92 pts (A3)" : "841.92 x 594.96 pts (A4)"));
  }

  // Each page but the cover ends with its number at the foot.
  CHECK(lines_of(page_text(sandbox, pdf, 1, true)).back() != "1");
  for (int page = 2; page <= pages; ++page) {
    CAPTURE(page);
    CHECK(lines_of(page_text(sandbox, pdf, page, true)).back() == std::to_string(page));
  }

  // The seed's pages hold what its own PDF holds, the page numbers aside.
  auto alone = output_dir() / "book-seed-alone.pdf";
  auto single = sandbox.run({"render", "c-penyusunan", "--format", "pdf", "-o", alone.string()});
  REQUIRE(single.exit_code == 0);
  int seed_start = contents_page(contents, book_names[2]);
  for (int page = 1; page <= page_count(sandbox, alone); ++page) {
    CAPTURE(page);
    auto in_book = lines_of(page_text(sandbox, pdf, seed_start + page - 1, true));
    REQUIRE(in_book.back() == std::to_string(seed_start + page - 1));
    in_book.pop_back();
    CHECK(all_text(in_book) == all_text(lines_of(page_text(sandbox, alone, page, true))));
  }

  // Page images for people to look at (pdftoppm, when it is there).
  if (!on_path("pdftoppm").empty()) {
    sandbox.run_program(
      sandbox.root(),
      {"pdftoppm", "-r", "80", "-png", pdf.string(), (output_dir() / "book").string()});
  }
}

TEST_CASE("render book: an office's template that adds a page is numbered where its SOPs start")
{
  if (browser_missing()) {
    return;
  }
  // Every SOP gets a page of attachments the layout knows nothing of: the
  // first print shows each SOP after the first starting later than
  // estimated, and the book is printed again with the pages found.
  Sandbox sandbox;
  sandbox.init();
  write_bytes(sandbox.draft("a-kk"), read_bytes(fixture("sop-30-langkah.yaml")));
  write_bytes(sandbox.draft("b-penyusunan"), read_bytes(seed_source_path()));
  write_bytes(sandbox.draft("c-imb"), read_bytes(fixture("render/dpmptsp-imb-12-pelaksana.yaml")));
  auto own =
    replace_once(read_bytes(fs::path(SOPCTL_SOURCE_DIR) / "templates" / "sop.html.mustache"),
                 "</body>",
                 "<section class=\"sheet\">Lampiran SOP {{number}}</section>\n</body>");
  write_bytes(sandbox.repo() / "templates" / "sop.html.mustache", own);
  auto html = sandbox.run({"render", "book"});
  REQUIRE(html.exit_code == 0);
  // The estimate, as the HTML carries it: 3, 7, 9.
  CHECK(contains(html.out, "<td class=\"page\">7</td>"));
  CHECK(contains(html.out, "<td class=\"page\">9</td>"));
  auto pdf = output_dir() / "book-own-template.pdf";
  auto result = sandbox.run({"render", "book", "-o", pdf.string()});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(page_count(sandbox, pdf) == 2 + 5 + 3 + 3); // each SOP one page longer
  auto contents = page_text(sandbox, pdf, 2, true);
  std::vector<std::pair<std::string, int>> expected{
    {book_names[0], 3}, {book_names[2], 8}, {book_names[1], 11}};
  for (const auto& [name, start] : expected) {
    CAPTURE(name);
    CHECK(contents_page(contents, name) == start);
    CHECK(contains(page_text(sandbox, pdf, start), "Disahkan oleh"));
    CHECK(contains(page_text(sandbox, pdf, start - 1), "Lampiran SOP") == (start > 3));
  }
}

TEST_CASE("render book: as HTML, each SOP in force in its own shadow root, none in progress")
{
  Sandbox sandbox;
  fill_repository(sandbox);
  auto result = sandbox.run({"render", "book"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const auto& html = result.out;
  CHECK(contains(html, "BUKU STANDAR OPERASIONAL PROSEDUR"));
  size_t roots = 0;
  for (auto at = html.find("<template shadowrootmode=\"open\">"); at != std::string::npos;
       at = html.find("<template shadowrootmode=\"open\">", at + 1)) {
    ++roots;
  }
  CHECK(roots == 4);
  CHECK(contains(html, "<div class=\"sop paper-A3\" id=\"sop-2\">"));
  // The estimated pages: cover 1, contents 2, then 3, 7, 9, 11.
  CHECK(contains(html,
                 "<a href=\"#sop-1\">Pelayanan Penerbitan Kartu Keluarga (KK) Baru karena "
                 "Perubahan Data</a></td><td class=\"version\">1</td><td "
                 "class=\"page\">3</td>"));
  CHECK(contains(html,
                 "Pelayanan KTP</a></td><td class=\"version\">1</td><td "
                 "class=\"page\">11</td>"));
  CHECK(!contains(html, "Pelayanan SIM"));
  CHECK(!contains(html, "CUTI TAHUNAN"));
  CHECK(!contains(html, "KONSEP"));
}

TEST_CASE("render book: no SOP in force, a PDF without -o and what the book cannot be are refused")
{
  Sandbox sandbox;
  sandbox.init();
  auto id = start_draft(sandbox, "Pelayanan SIM");
  CHECK(expect_refused(sandbox, {"render", "book", "-o", "book.pdf"}) ==
        "sops: no SOP is in force, so there is no book to print: an SOP is in force once signed "
        "(an SOP file with dates.approved written, or a draft whose signing step is done) and "
        "until it is superseded or revoked; sopctl status lists the drafts\n");
  CHECK(!fs::exists(sandbox.repo() / "book.pdf"));
  CHECK(expect_refused(sandbox, {"render", "book", "-o", "book.pdf"}, {{"LANGUAGE", "id"}}) ==
        "sops: tidak ada SOP yang berlaku, sehingga tidak ada buku untuk dicetak: SOP berlaku "
        "setelah disahkan (berkas SOP yang dates.approved-nya ditulis, atau konsep yang langkah "
        "pengesahannya telah dilaksanakan) sampai digantikan atau dicabut; sopctl status "
        "menampilkan daftar konsep\n");
  CHECK(contains(expect_usage_error(sandbox, {"render", "book", "--format", "pdf"}),
                 "render book --format pdf writes a file: give -o FILE (without it, --format "
                 "html prints the book's page to standard output)"));
  CHECK(contains(expect_usage_error(sandbox, {"render", "book", "--format", "md"}),
                 "render book writes html or pdf; use --format html or pdf"));
  CHECK(contains(expect_usage_error(sandbox, {"render", "register", "-o", "x.docx"}),
                 "render register writes html or pdf; use --format html or pdf"));
  CHECK(contains(expect_usage_error(sandbox, {"render", "book", "--list-outputs"}),
                 "render book: --output and --list-outputs are a draft's letters; leave them out"));
  auto bare = Env{{"PATH", (sandbox.root() / "no-programs-here").string()}};
  write_bytes(sandbox.draft("c-penyusunan"), read_bytes(seed_source_path()));
  CHECK(contains(expect_refused(sandbox, {"render", "book", "-o", "book.pdf"}, bare),
                 "cannot print to PDF: Chromium is not installed"));
  (void)id;
}

TEST_CASE("render book: the word names the book, and a draft called book is rendered by its path")
{
  Sandbox sandbox;
  sandbox.init();
  write_bytes(sandbox.draft("book"), read_bytes(seed_source_path()));
  auto result = sandbox.run({"render", "book"});
  REQUIRE(result.exit_code == 0);
  CHECK(contains(result.out, "BUKU STANDAR OPERASIONAL PROSEDUR"));
  CHECK(result.err == "note: sops/book.yaml is not printed: render book prints a document of the "
                      "whole repository; render that file by its path: sopctl render "
                      "sops/book.yaml\n");
  auto by_path = sandbox.run({"render", "sops/book.yaml"});
  REQUIRE(by_path.exit_code == 0);
  CHECK(contains(by_path.out, "<th>Nomor SOP</th>"));
  CHECK(!contains(by_path.out, "BUKU STANDAR"));
}
