// Word, because offices live in it (issue 11, section 4): `render --format
// docx|odt` writes the SOP and its letters through LibreOffice. When
// LibreOffice, Chromium, poppler-utils and unzip are installed (.ci/run
// installs them), each file is opened again by LibreOffice, printed to PDF
// and read with pdftotext: every activity, the identity block and the
// flowchart's picture (a PNG of at least 200 dpi) are there, on A4
// landscape (letters A4 portrait). The files are left in
// build/render-output/ for people to look at. Without those tools the
// tests that need them pass with a message saying they were skipped; the
// refusals (no LibreOffice, no Chromium, LibreOffice failing) run always,
// with a stand-in soffice.
#include "file_helpers.hpp"
#include "letter_roster.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"
#include "word_helpers.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <doctest/doctest.h>
#include <regex>
#include <sstream>
#include <unistd.h>

using namespace e2e;

namespace {

// The tools these tests need, or the reason they are skipped.
struct Tools
{
  std::string soffice = on_path("soffice");
  std::string chromium = on_path("chromium");
  std::string pdfinfo = on_path("pdfinfo");
  std::string pdftotext = on_path("pdftotext");
  std::string unzip = on_path("unzip");

  bool missing() const
  {
    if (soffice.empty() || chromium.empty() || pdfinfo.empty() || pdftotext.empty() ||
        unzip.empty()) {
      MESSAGE("skipped: the Word test needs soffice, chromium, poppler-utils and unzip on PATH "
              "(apt-get install libreoffice-writer-nogui chromium poppler-utils unzip)");
      return true;
    }
    return false;
  }
};

fs::path output_dir()
{
  auto dir = fs::path(SOPCTL_BINARY).parent_path() / "render-output";
  fs::create_directories(dir);
  return dir;
}

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

Result run_ok(const Sandbox& sandbox, const std::vector<std::string>& argv)
{
  auto result = sandbox.run_program(sandbox.root(), argv);
  INFO(argv.front(), ": ", result.err);
  REQUIRE(result.exit_code == 0);
  return result;
}

// A sheet in points.
struct Sheet
{
  double width = 0;
  double height = 0;
};

constexpr Sheet a4_landscape{842, 595};
constexpr Sheet a4_portrait{595, 842};

// What LibreOffice shows of a docx or odt: it opens the file again (in a
// profile of the test's own) and prints it to PDF.
struct Opened
{
  int pages = 0;
  Sheet sheet;
  std::string text; // pdftotext's, squeezed
  fs::path pdf;
};

Opened open_again(const Tools& tools, const Sandbox& sandbox, const fs::path& file)
{
  auto pdf_dir = sandbox.root() / "pdf";
  fs::create_directories(pdf_dir);
  run_ok(sandbox,
         {tools.soffice,
          "-env:UserInstallation=file://" + (sandbox.root() / "lo-profile").string(),
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          pdf_dir.string(),
          file.string()});
  auto pdf = pdf_dir / (file.stem().string() + ".pdf");
  REQUIRE(fs::exists(pdf));
  fs::copy_file(
    pdf, output_dir() / (file.filename().string() + ".pdf"), fs::copy_options::overwrite_existing);
  Opened opened;
  opened.pdf = pdf;
  auto info = run_ok(sandbox, {tools.pdfinfo, pdf.string()}).out;
  std::smatch match;
  REQUIRE(std::regex_search(info, match, std::regex(R"(Pages:\s+(\d+))")));
  opened.pages = std::stoi(match[1]);
  REQUIRE(std::regex_search(info, match, std::regex(R"(Page size:\s+([\d.]+) x ([\d.]+))")));
  opened.sheet = {std::stod(match[1]), std::stod(match[2])};
  opened.text = squeeze(run_ok(sandbox, {tools.pdftotext, "-raw", pdf.string(), "-"}).out);
  return opened;
}

// The pictures in a docx (word/media/) or odt (Pictures/), as PNG sizes in
// pixels, and the sizes of the frames that show them, in inches: each
// list sorted by width.
struct Pictures
{
  std::vector<std::pair<int, int>> pixels;
  std::vector<double> frame_widths;
};

int png_dimension(const std::string& png, size_t at)
{
  REQUIRE(png.size() >= 24);
  auto byte = [&](size_t i) { return static_cast<unsigned char>(png[i]); };
  return (byte(at) << 24) | (byte(at + 1) << 16) | (byte(at + 2) << 8) | byte(at + 3);
}

Pictures pictures_in(const Tools& tools, const Sandbox& sandbox, const fs::path& file)
{
  bool docx = file.extension() == ".docx";
  Pictures pictures;
  auto listing = run_ok(sandbox, {tools.unzip, "-Z1", file.string()}).out;
  std::stringstream names(listing);
  std::string name;
  while (std::getline(names, name)) {
    if (name.starts_with(docx ? "word/media/" : "Pictures/") && name.ends_with(".png")) {
      auto png = run_ok(sandbox, {tools.unzip, "-p", file.string(), name}).out;
      REQUIRE(png.starts_with("\x89PNG\r\n\x1a\n"));
      pictures.pixels.emplace_back(png_dimension(png, 16), png_dimension(png, 20));
    }
  }
  auto xml =
    run_ok(sandbox, {tools.unzip, "-p", file.string(), docx ? "word/document.xml" : "content.xml"})
      .out;
  // docx: <wp:extent cx="EMU" ...> (914400 to the inch); odt: a draw:frame's
  // svg:width in inches, centimetres or millimetres.
  std::regex extent(docx ? R"re(<wp:extent cx="(\d+)")re"
                         : R"re(<draw:frame[^>]*svg:width="([\d.]+)(in|cm|mm)")re");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), extent); it != std::sregex_iterator();
       ++it) {
    double value = std::stod((*it)[1]);
    double inches = docx               ? value / 914400
                    : (*it)[2] == "in" ? value
                    : (*it)[2] == "cm" ? value / 2.54
                                       : value / 25.4;
    pictures.frame_widths.push_back(inches);
  }
  std::sort(pictures.pixels.begin(), pictures.pixels.end());
  std::sort(pictures.frame_widths.begin(), pictures.frame_widths.end());
  return pictures;
}

// A page of a PDF in grey, 200 dots per inch.
struct GreyPage
{
  int width = 0;
  int height = 0;
  std::string pixels; // a byte per pixel, row by row; 0 is black

  // The rows (merged when adjacent, as their middle) where at least 90% of
  // the pixels from `left` to `right` are dark: horizontal rules.
  std::vector<double> rules(int left, int right) const
  {
    std::vector<double> found;
    int run_start = -1;
    for (int y = 0; y <= height; ++y) {
      int dark = 0;
      for (int x = left; y < height && x < right; ++x) {
        dark += static_cast<unsigned char>(pixels[static_cast<size_t>(y) * width + x]) < 160;
      }
      bool rule = y < height && dark * 10 >= (right - left) * 9;
      if (rule && run_start < 0) {
        run_start = y;
      } else if (!rule && run_start >= 0) {
        found.push_back((run_start + y - 1) / 2.0);
        run_start = -1;
      }
    }
    return found;
  }
};

constexpr double dpi = 200;

GreyPage grey_page(const Tools& tools, const Sandbox& sandbox, const fs::path& pdf, int page)
{
  auto prefix = sandbox.root() / ("page-" + std::to_string(page));
  auto number = std::to_string(page);
  run_ok(sandbox,
         {fs::path(tools.pdfinfo).parent_path() / "pdftoppm",
          "-gray",
          "-r",
          "200",
          "-f",
          number,
          "-l",
          number,
          "-singlefile",
          pdf.string(),
          prefix.string()});
  auto pgm = read_bytes(prefix.string() + ".pgm");
  GreyPage grey;
  std::stringstream header(pgm);
  std::string magic;
  int depth = 0;
  header >> magic >> grey.width >> grey.height >> depth;
  REQUIRE(magic == "P5");
  REQUIRE(depth == 255);
  grey.pixels = pgm.substr(pgm.size() - static_cast<size_t>(grey.width) * grey.height);
  return grey;
}

// The flowchart picture lines up with the table: on each page of steps of
// the docx, as LibreOffice prints it, every rule of the table (read in the
// No column) has a line of the picture or the table across every performer
// column within 2 pixels (0.25 mm), and there is no other such line but the
// one under "Pelaksana" in the header.
void check_alignment(const Tools& tools,
                     const Sandbox& sandbox,
                     const fs::path& docx,
                     const Opened& opened)
{
  auto xml = run_ok(sandbox, {tools.unzip, "-p", docx.string(), "word/document.xml"}).out;
  std::smatch match;
  REQUIRE(std::regex_search(xml, match, std::regex(R"re(<w:pgMar w:left="(\d+)")re")));
  double left = std::stod(match[1]);
  std::vector<std::vector<double>> grids;
  std::regex grid(R"re(<w:tblGrid>(.*?)</w:tblGrid>)re");
  std::regex column(R"re(w:w="(\d+)")re");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), grid); it != std::sregex_iterator();
       ++it) {
    std::vector<double> widths;
    auto inner = (*it)[1].str();
    for (auto c = std::sregex_iterator(inner.begin(), inner.end(), column);
         c != std::sregex_iterator();
         ++c) {
      widths.push_back(std::stod((*c)[1]));
    }
    grids.push_back(widths);
  }
  // The identity, the three pairs of boxes (a table each), the pages.
  REQUIRE(grids.size() == static_cast<size_t>(opened.pages + 3));
  const auto& widths = grids[4];
  REQUIRE(widths.size() > 6);
  // Column edges in pixels (twips: 1440 to the inch).
  std::vector<int> edges{static_cast<int>(left / 1440 * dpi)};
  for (double width : widths) {
    edges.push_back(static_cast<int>((left += width) / 1440 * dpi));
  }
  auto inner = [&](size_t c) {
    int margin = (edges[c + 1] - edges[c]) / 5;
    return std::pair{edges[c] + margin, edges[c + 1] - margin};
  };
  size_t performers = widths.size() - 6;
  for (int page = 2; page <= opened.pages; ++page) {
    CAPTURE(page);
    auto grey = grey_page(tools, sandbox, opened.pdf, page);
    auto [no_left, no_right] = inner(0);
    auto rules = grey.rules(no_left, no_right);
    REQUIRE(rules.size() >= 4); // top, under the header, between steps, bottom
    // Lines across every performer column.
    std::vector<double> across;
    auto [first_left, first_right] = inner(2);
    for (double y : grey.rules(first_left, first_right)) {
      bool everywhere = true;
      for (size_t c = 3; c < 2 + performers; ++c) {
        auto [l, r] = inner(c);
        auto lines = grey.rules(l, r);
        everywhere = everywhere && std::any_of(lines.begin(), lines.end(), [&](double other) {
                       return std::abs(other - y) <= 2;
                     });
      }
      if (everywhere) {
        across.push_back(y);
      }
    }
    for (double y : rules) {
      CAPTURE(y);
      CHECK(std::any_of(
        across.begin(), across.end(), [&](double other) { return std::abs(other - y) <= 2; }));
    }
    CHECK(across.size() == rules.size() + 1);
  }
}

// Renders `sop` as `format` and checks what LibreOffice shows of it:
// `pages` A4 landscape pages holding `texts`, and `charts` flowchart
// pictures of at least 200 dots per inch.
void check_word(const Tools& tools,
                const fs::path& sop,
                const std::string& name,
                const std::string& format,
                int pages,
                int charts,
                const std::vector<std::string>& texts)
{
  CAPTURE(format);
  Sandbox sandbox;
  sandbox.init();
  auto file = output_dir() / (name + "." + format);
  fs::remove(file);
  auto result = sandbox.run({"render", sop.string(), "--format", format, "-o", file.string()});
  INFO("sopctl render: ", result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.out == "");
  CHECK(result.err == "");
  // A real zip of the format (docx and odt are both zip files).
  auto bytes = read_bytes(file);
  CHECK(bytes.starts_with("PK\x03\x04"));
  auto opened = open_again(tools, sandbox, file);
  CHECK(opened.pages == pages);
  CHECK(opened.sheet.width == doctest::Approx(a4_landscape.width).epsilon(0.003));
  CHECK(opened.sheet.height == doctest::Approx(a4_landscape.height).epsilon(0.003));
  for (const auto& wanted : texts) {
    CAPTURE(wanted);
    CHECK(contains(opened.text, squeeze(wanted)));
  }
  for (const auto* label : {"Nomor SOP",
                            "Tgl Pembuatan",
                            "Tgl Pengesahan",
                            "Disahkan oleh",
                            "Nama SOP",
                            "Dasar Hukum",
                            "Kualifikasi Pelaksana",
                            "Peringatan",
                            "Pencatatan dan Pendataan",
                            "Kegiatan",
                            "Pelaksana",
                            "Mutu Baku",
                            "Keterangan"}) {
    CAPTURE(label);
    CHECK(contains(opened.text, label));
  }
  if (format == "docx") {
    check_alignment(tools, sandbox, file, opened);
  }
  auto pictures = pictures_in(tools, sandbox, file);
  REQUIRE(pictures.pixels.size() == static_cast<size_t>(charts));
  REQUIRE(pictures.frame_widths.size() == static_cast<size_t>(charts));
  for (size_t i = 0; i < pictures.pixels.size(); ++i) {
    double dpi = pictures.pixels[i].first / pictures.frame_widths[i];
    CAPTURE(dpi);
    CHECK(dpi >= 200);
  }
}

// The activities of an SOP file, read from its `activity:` lines.
std::vector<std::string> activities_of(const fs::path& sop)
{
  std::vector<std::string> found;
  std::stringstream lines(read_bytes(sop));
  std::string line;
  while (std::getline(lines, line)) {
    auto at = line.find("activity: ");
    auto first = line.find_first_not_of(' ');
    if (at == std::string::npos || (first != std::string::npos && line[first] == '#')) {
      continue;
    }
    auto activity = line.substr(at + 10);
    if (activity.size() >= 2 && activity.front() == '"' && activity.back() == '"') {
      activity = activity.substr(1, activity.size() - 2);
    }
    found.push_back(activity);
  }
  return found;
}

fs::path thirty_steps()
{
  return fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "sop-30-langkah.yaml";
}

// A directory holding only a stand-in `soffice` running `body`.
fs::path fake_libreoffice(const Sandbox& sandbox, const std::string& body)
{
  auto dir = sandbox.root() / "fake-bin";
  write_script(dir / "soffice", body);
  return dir;
}

// A real 4 x 4 red PNG, which LibreOffice keeps as it is.
std::string tiny_png()
{
  return std::string(
    "\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x04\x00"
    "\x00\x00\x04\x08\x02\x00\x00\x00\x26\x93\x09\x29\x00\x00\x00\x10\x49\x44\x41\x54\x78"
    "\x9c\x63\x38\xc3\xc0\x00\x47\x0c\xc4\x71\x00\x58\x83\x0c\xc1\x7a\x6d\x53\xc7\x00\x00"
    "\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82",
    73);
}

} // namespace

TEST_SUITE("e2e: render word")
{
  TEST_CASE("render word: the seed as docx and odt opens on two A4 landscape pages, all there")
  {
    Tools tools;
    if (tools.missing()) {
      return;
    }
    auto texts = activities_of(seed_source_path());
    REQUIRE(texts.size() == 10);
    texts.insert(texts.end(),
                 {"PEMERINTAH KOTA SIBOLGA",
                  "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
                  "07/SOP-Disdukcapil/SES/2020",
                  "1 September 2020",
                  "29 September 2020",
                  "AMARULLAH GULTOM, SE, M.M",
                  "NIP. 19670312 199103 1 007",
                  "Penyusunan Standar Operasional Prosedur (SOP) Pelayanan",
                  "Kadis",
                  "Staf Adm Umum"});
    for (const auto* format : {"docx", "odt"}) {
      check_word(tools, seed_source_path(), "seed", format, 2, 1, texts);
    }
  }

  TEST_CASE("render word: the 30-step SOP as docx and odt: four pages, three flowchart pictures")
  {
    Tools tools;
    if (tools.missing()) {
      return;
    }
    auto texts = activities_of(thirty_steps());
    REQUIRE(texts.size() == 30);
    texts.insert(texts.end(),
                 {"12/SOP-Disdukcapil/DAFDUK/2024",
                  "Pelayanan Penerbitan Kartu Keluarga (KK) Baru karena Perubahan Data",
                  "(lanjutan)"});
    for (const auto* format : {"docx", "odt"}) {
      check_word(tools, thirty_steps(), "sop-30-langkah", format, 4, 3, texts);
    }
  }

  TEST_CASE("render word: a box running past the page repeats its heading row on the next")
  {
    // Kaltim SOP-PPID-03's 18 legal bases run past the first page: Word
    // and LibreOffice repeat the pair's heading row (a header row of its
    // own table) at the top of the next page.
    Tools tools;
    if (tools.missing()) {
      return;
    }
    auto sop = fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "real" /
               "kaltim-ppid-uji-konsekuensi.yaml";
    Sandbox sandbox;
    sandbox.init();
    auto file = output_dir() / "kaltim-ppid-uji-konsekuensi.docx";
    fs::remove(file);
    auto result = sandbox.run({"render", sop.string(), "--format", "docx", "-o", file.string()});
    INFO("sopctl render: ", result.err);
    REQUIRE(result.exit_code == 0);
    auto xml = run_ok(sandbox, {tools.unzip, "-p", file.string(), "word/document.xml"}).out;
    size_t headers = 0;
    for (auto at = xml.find("<w:tblHeader"); at != std::string::npos;
         at = xml.find("<w:tblHeader", at + 1)) {
      ++headers;
    }
    CHECK(headers >= 3 + 2); // the three pairs of boxes, the procedure's two heading rows
    auto opened = open_again(tools, sandbox, file);
    REQUIRE(opened.pages >= 3);
    auto second = squeeze(
      run_ok(sandbox, {tools.pdftotext, "-raw", "-f", "2", "-l", "2", opened.pdf.string(), "-"})
        .out);
    CAPTURE(second.substr(0, 200));
    CHECK(second.starts_with("Dasar Hukum Kualifikasi Pelaksana"));
    CHECK(contains(second, "Ketentuan, Peraturan perundang-undangan dan Pedoman"));
  }

  TEST_CASE("render word: &, <, quotes and control characters reach Word as text")
  {
    Tools tools;
    if (tools.missing()) {
      return;
    }
    Sandbox sandbox;
    auto text = read_bytes(seed_source_path());
    auto at = text.find("\nname: ");
    REQUIRE(at != std::string::npos);
    auto end = text.find('\n', at + 1);
    text.replace(
      at + 1, end - at - 1, R"(name: "Akta & Kelahiran <b>\"baru\"</b> 'x' \x01 \e[31m")");
    auto sop = sandbox.root() / "hostile.yaml";
    write_bytes(sop, text);
    check_word(
      tools, sop, "hostile", "docx", 2, 1, {"Akta & Kelahiran <b>\"baru\"</b> 'x'", "[31m"});
  }

  TEST_CASE("render word: a template's links to files are refused, no file's contents get in")
  {
    Tools tools;
    if (tools.missing()) {
      return;
    }
    Sandbox sandbox;
    sandbox.init();
    auto secret = sandbox.root() / "secret.txt";
    write_bytes(secret, "RAHASIA-7f3a9c\n");
    // The repository's own template, linking a section and an image to the file.
    auto text = read_bytes(fs::path(SOPCTL_SOURCE_DIR) / "templates" / "sop.fodt.mustache");
    text =
      replace_once(text, "xmlns:dc=", "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:dc=");
    text = replace_once(
      text,
      "<office:text>\n",
      "<office:text>\n<text:section text:name=\"S\"><text:section-source xlink:href=\"file://" +
        secret.string() +
        "\" xlink:type=\"simple\" text:filter-name=\"Text\"/><text:p>x</text:p></text:section>"
        "<text:p><draw:frame text:anchor-type=\"as-char\" svg:width=\"9mm\" svg:height=\"9mm\">"
        "<draw:image xlink:href=\"file://" +
        secret.string() + "\" xlink:type=\"simple\"/></draw:frame></text:p>\n");
    write_bytes(sandbox.repo() / "templates" / "sop.fodt.mustache", text);
    for (const auto* format : {"docx", "odt"}) {
      CAPTURE(format);
      auto file = sandbox.repo() / (std::string("seed.") + format);
      auto result = sandbox.run(
        {"render", seed_source_path().string(), "--format", format, "-o", file.string()});
      // LibreOffice keeps them as links, which Word or LibreOffice would
      // follow when the file is opened on another machine: refused.
      CHECK(result.exit_code == 1);
      CHECK(0 == result.err.rfind("templates/sop.fodt.mustache: the " + std::string(format) +
                                    " LibreOffice made from it refers to ",
                                  0));
      // The docx as file:///..., the odt relative to the document (../../).
      CHECK(contains(result.err, "/secret.txt outside the file"));
      CHECK(contains(result.err, "nothing was written\n"));
      CHECK_FALSE(fs::exists(file));
    }
  }

  TEST_CASE("render word: the repository's logo is embedded in the office cell")
  {
    Tools tools;
    if (tools.missing()) {
      return;
    }
    Sandbox sandbox;
    sandbox.init();
    auto logo = tiny_png();
    write_bytes(sandbox.repo() / "img" / "logo.png", logo);
    auto config = read_bytes(sandbox.repo() / "sopctl.yaml");
    write_bytes(sandbox.repo() / "sopctl.yaml",
                replace_once(config, "logo: \"\"", "logo: img/logo.png"));
    auto file = sandbox.repo() / "seed.docx";
    auto result = sandbox.run({"render", seed_source_path().string(), "-o", file.string()});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    // The logo and the flowchart: a 4 x 4 picture and a large one.
    auto pictures = pictures_in(tools, sandbox, file);
    REQUIRE(pictures.pixels.size() == 2);
    CHECK(pictures.pixels[0] == std::pair{4, 4});
    CHECK(pictures.pixels[1].first > 1000);
    REQUIRE(pictures.frame_widths.size() == 2);
    CHECK(pictures.frame_widths[0] == doctest::Approx(22 / 25.4).epsilon(0.01)); // 22 mm
  }

  TEST_CASE("render word: a letter template's links to files are refused, no contents get in")
  {
    Tools tools;
    if (tools.missing()) {
      return;
    }
    Sandbox sandbox;
    prepare_invitation(sandbox);
    auto secret = sandbox.root() / "secret.txt";
    auto picture = sandbox.root() / "secret.png";
    write_bytes(secret, "RAHASIA-7f3a9c\n");
    write_bytes(picture, tiny_png());
    auto url = [](const fs::path& path) { return "file://" + path.string(); };
    write_bytes(sandbox.repo() / "templates" / "undangan-rapat.html.mustache",
                "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"" + url(secret) +
                  "\"></head><body><p>SURAT-UJI</p><img src=\"" + url(picture) +
                  "\"><iframe src=\"" + url(secret) + "\"></iframe><object data=\"" + url(secret) +
                  "\"></object><embed src=\"" + url(secret) + "\"></body></html>\n");
    for (const auto* format : {"docx", "odt"}) {
      CAPTURE(format);
      auto file = sandbox.repo() / (std::string("undangan.") + format);
      auto result = sandbox.run({"render",
                                 "akta-kelahiran",
                                 "--output",
                                 "undangan-rapat",
                                 "--format",
                                 format,
                                 "-o",
                                 file.string()});
      // Both keep them as links (the odt relative to the document, as
      // ../../secret.png), which would be followed when the file is opened
      // elsewhere: refused.
      CHECK(result.exit_code == 1);
      CHECK(0 == result.err.rfind("templates/undangan-rapat.html.mustache: the " +
                                    std::string(format) + " LibreOffice made from it refers to ",
                                  0));
      CHECK(contains(result.err, "/secret.png"));
      CHECK(contains(result.err, "nothing was written\n"));
      CHECK_FALSE(fs::exists(file));
    }
  }

  TEST_CASE("render word: a draft not yet signed says KONSEP at the top of every page")
  {
    Tools tools;
    if (tools.missing()) {
      return;
    }
    Sandbox sandbox;
    prepare_invitation(sandbox);
    auto file = output_dir() / "konsep.docx";
    fs::remove(file);
    auto result = sandbox.run({"render", "akta-kelahiran", "-o", file.string()});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    auto opened = open_again(tools, sandbox, file);
    CHECK(opened.pages == 2);
    size_t marks = 0;
    for (auto at = opened.text.find("KONSEP: belum disahkan"); at != std::string::npos;
         at = opened.text.find("KONSEP: belum disahkan", at + 1)) {
      ++marks;
    }
    CHECK(marks == 2);
    CHECK(contains(opened.text, "Akta Kelahiran [KONSEP]"));
    CHECK(contains(opened.text, "Belum ada langkah yang ditulis dalam konsep ini."));
  }

  TEST_CASE("render word: a letter as docx and odt keeps its parts on A4 portrait")
  {
    Tools tools;
    if (tools.missing()) {
      return;
    }
    Sandbox sandbox;
    prepare_invitation(sandbox);
    for (const auto* format : {"docx", "odt"}) {
      CAPTURE(format);
      auto file = output_dir() / (std::string("undangan-rapat.") + format);
      fs::remove(file);
      auto result = sandbox.run({"render",
                                 "akta-kelahiran",
                                 "--output",
                                 "undangan-rapat",
                                 "--format",
                                 format,
                                 "-o",
                                 file.string()});
      INFO(result.err);
      REQUIRE(result.exit_code == 0);
      auto opened = open_again(tools, sandbox, file);
      CHECK(opened.pages == 1);
      CHECK(opened.sheet.width == doctest::Approx(a4_portrait.width).epsilon(0.003));
      CHECK(opened.sheet.height == doctest::Approx(a4_portrait.height).epsilon(0.003));
      // The kop, number, place and date, addressee, the meeting, and the
      // signature block of the Sekretaris on behalf of the head.
      for (const auto* part : {"PEMERINTAH KOTA SIBOLGA",
                               "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
                               "Sibolga, 24 November 2026",
                               "005/001/Disdukcapil/2026",
                               "Undangan Rapat Pembahasan SOP Akta Kelahiran",
                               "Yth. Kepala Bidang dan Kepala Seksi",
                               "Kamis, 26 November 2026",
                               "09.00 WIB",
                               "Ruang Rapat Lantai 2",
                               "Pembahasan SOP Akta Kelahiran",
                               "a.n. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Sibolga",
                               "Hotma Sitompul, S.Sos",
                               "Pembina",
                               "19750101 200003 1 002"}) {
        CAPTURE(part);
        CHECK(contains(opened.text, part));
      }
    }
  }

  TEST_CASE("render word: without LibreOffice, the package to install is named and nothing written")
  {
    Sandbox sandbox;
    sandbox.init();
    auto empty = sandbox.root() / "empty-bin";
    fs::create_directories(empty);
    for (const auto* format : {"docx", "odt"}) {
      auto file = sandbox.repo() / (std::string("seed.") + format);
      auto result = sandbox.run(
        {"render", seed_source_path().string(), "--format", format, "-o", file.string()},
        {{"PATH", empty.string()}});
      CHECK(result.exit_code == 1);
      CHECK(result.out == "");
      CHECK(result.err == std::string("cannot write ") + format +
                            ": LibreOffice is not installed (no soffice or libreoffice on PATH); "
                            "install Debian's libreoffice-writer-nogui package (apt-get install "
                            "libreoffice-writer-nogui), or render --format html or pdf\n");
      CHECK_FALSE(fs::exists(file));
    }
    // -o's extension chooses the format too.
    auto result = sandbox.run({"render", seed_source_path().string(), "-o", "seed.docx"},
                              {{"PATH", empty.string()}});
    CHECK(result.exit_code == 1);
    CHECK(contains(result.err, "cannot write docx: LibreOffice is not installed"));
    CHECK_FALSE(fs::exists(sandbox.repo() / "seed.docx"));
  }

  TEST_CASE("render word: the SOP needs Chromium for its flowchart, a letter does not")
  {
    Sandbox sandbox;
    prepare_invitation(sandbox);
    // A stand-in LibreOffice that writes down its arguments and an empty
    // zip archive as the document.
    auto bin = fake_libreoffice(sandbox,
                                R"(out=""; prev=""
for a; do
  if [ "$prev" = "--outdir" ]; then out="$a"; fi
  prev="$a"
done
printf '%s\n' "$@" > ")" + (sandbox.root() / "arguments").string() +
                                  R"("
# An empty zip archive (its end record only), which sopctl reads back.
printf 'PK\005\006\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000' > "$out/document.docx"
)");
    auto result = sandbox.run({"render", "akta-kelahiran", "--format", "docx", "-o", "sop.docx"},
                              {{"PATH", bin.string()}});
    CHECK(result.exit_code == 1);
    CHECK(result.err ==
          "cannot write docx: the flowchart is pictured by Chromium, which is not installed (no "
          "chromium on PATH); install Debian's chromium package (apt-get install chromium)\n");
    CHECK_FALSE(fs::exists(sandbox.repo() / "sop.docx"));

    result = sandbox.run({"render",
                          "akta-kelahiran",
                          "--output",
                          "undangan-rapat",
                          "--format",
                          "docx",
                          "-o",
                          "u.docx"},
                         {{"PATH", bin.string()}});
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK(read_bytes(sandbox.repo() / "u.docx").substr(0, 4) == std::string("PK\5\6", 4));
    auto arguments = read_bytes(sandbox.root() / "arguments");
    CHECK(contains(arguments, "--headless\n"));
    CHECK(contains(arguments, "--infilter=HTML (StarWriter)\n"));
    CHECK(contains(arguments, "docx:MS Word 2007 XML\n"));
    CHECK(contains(arguments, "-env:UserInstallation=file:///"));
    CHECK(contains(arguments, "/document.html\n"));
  }

  TEST_CASE("render word: LibreOffice failing is reported in its own words, nothing is written")
  {
    Sandbox sandbox;
    prepare_invitation(sandbox);
    auto bin = fake_libreoffice(sandbox, "echo 'Error: source file could not be loaded'\n");
    auto result = sandbox.run(
      {"render", "akta-kelahiran", "--output", "undangan-rapat", "--format", "odt", "-o", "u.odt"},
      {{"PATH", bin.string()}});
    CHECK(result.exit_code == 1);
    CHECK(result.out == "");
    CHECK(result.err == (bin / "soffice").string() +
                          " could not write the odt file (exit status 0)\nError: source file "
                          "could not be loaded\n");
    CHECK_FALSE(fs::exists(sandbox.repo() / "u.odt"));
  }
}
