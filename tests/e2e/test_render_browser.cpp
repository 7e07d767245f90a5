// A real browser (issue 4, section 4): when Chromium and poppler-utils are
// installed (.ci/run installs both), print the seed, the 30-step SOP and the
// SOPs of tests/fixtures/render/ to PDF and check the pages are A4 landscape
// (A3 landscape beyond ten performers), as many as the layout expects, with
// every activity and the exits' words on them; also leave a screenshot and
// the PDFs in build/render-output/ for people to look at. Without them each
// test passes with a message saying it was skipped.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"
#include "tool_helpers.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <doctest/doctest.h>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace e2e;

namespace {

// Runs a program and returns its exit status and standard output.
std::pair<int, std::string> run_program(const std::vector<std::string>& args)
{
  std::FILE* out = std::tmpfile();
  REQUIRE(out);
  std::vector<char*> argv;
  for (const auto& arg : args) {
    argv.push_back(const_cast<char*>(arg.c_str()));
  }
  argv.push_back(nullptr);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::dup2(::fileno(out), 1);
    std::FILE* null = std::fopen("/dev/null", "w");
    if (null) {
      ::dup2(::fileno(null), 2);
    }
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  std::string text;
  std::rewind(out);
  char buffer[4096];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, out)) > 0) {
    text.append(buffer, got);
  }
  std::fclose(out);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, text};
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

// `text` with a word broken after its hyphen at a line's end joined again:
// pdftotext prints "perundang-" and "undangan" on two lines, one space once
// squeezed.
std::string joined_at_hyphens(std::string text)
{
  for (auto at = text.find("- "); at != std::string::npos; at = text.find("- ", at + 1)) {
    text.erase(at + 1, 1);
  }
  return text;
}

// The value of `field` in pdfinfo's output ("Pages:", "Page size:").
std::string info_field(const std::string& info, const std::string& field)
{
  auto at = info.find(field);
  REQUIRE(at != std::string::npos);
  auto start = info.find_first_not_of(' ', at + field.size());
  return info.substr(start, info.find('\n', start) - start);
}

fs::path output_dir()
{
  auto dir = fs::path(SOPCTL_BINARY).parent_path() / "render-output";
  fs::create_directories(dir);
  return dir;
}

// The tools this test needs, or the reason it is skipped.
struct Browser
{
  std::string chromium = on_path("chromium");
  std::string pdfinfo = on_path("pdfinfo");
  std::string pdftotext = on_path("pdftotext");

  bool missing() const
  {
    return tools_missing({"chromium", "pdfinfo", "pdftotext"},
                         "skipped: the real-browser test needs chromium and poppler-utils on "
                         "PATH (apt-get install chromium poppler-utils)");
  }
};

// A sheet in points, landscape.
struct Sheet
{
  double width = 842; // A4: 297 x 210 mm
  double height = 595;
};

constexpr Sheet a3_landscape{1191, 842}; // 420 x 297 mm

// Prints `sop` to PDF with sopctl and checks it page by page: `pages`
// sheets of `sheet` (0: any number past the identity page), holding each of
// `texts`. Returns the PDF's text.
std::string check_printed(const Browser& browser,
                          const fs::path& sop,
                          const std::string& name,
                          int pages,
                          const std::vector<std::string>& texts,
                          Sheet sheet = {})
{
  Sandbox sandbox;
  sandbox.init();
  auto pdf = output_dir() / (name + ".pdf");
  auto result = sandbox.run({"render", sop.string(), "--format", "pdf", "-o", pdf.string()});
  INFO("sopctl render: ", result.err);
  REQUIRE(result.exit_code == 0);
  auto [info_status, info] = run_program({browser.pdfinfo, pdf.string()});
  REQUIRE(info_status == 0);
  if (pages > 0) {
    CHECK(std::stoi(info_field(info, "Pages:")) == pages);
  } else {
    CHECK(std::stoi(info_field(info, "Pages:")) >= 2); // the identity page, then the table
  }
  // "841.92 x 594.96 pts (A4)": A4 landscape, 842 x 595 points.
  double width = 0;
  double height = 0;
  REQUIRE(std::sscanf(info_field(info, "Page size:").c_str(), "%lf x %lf", &width, &height) == 2);
  CHECK(width == doctest::Approx(sheet.width).epsilon(0.003));
  CHECK(height == doctest::Approx(sheet.height).epsilon(0.003));
  auto [text_status, text] = run_program({browser.pdftotext, "-raw", pdf.string(), "-"});
  REQUIRE(text_status == 0);
  auto printed = squeeze(text);
  for (const auto& wanted : texts) {
    CAPTURE(wanted);
    CHECK((contains(printed, squeeze(wanted)) ||
           contains(joined_at_hyphens(printed), squeeze(wanted))));
  }
  CHECK(contains(printed, "Nomor SOP"));
  return printed;
}

fs::path render_fixture(const std::string& name)
{
  return fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "render" / name;
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
      continue; // no activity, or a comment about one
    }
    auto activity = line.substr(at + 10);
    if (activity.size() >= 2 && activity.front() == '"' && activity.back() == '"') {
      activity = activity.substr(1, activity.size() - 2);
    }
    if (activity != "|" && activity != ">" && activity != "|-") { // blocks: lines follow
      found.push_back(activity);
    }
  }
  return found;
}

// How many performer columns an SOP file declares, read from its
// `performers:` list (`  - key: ...` lines).
int performers_of(const fs::path& sop)
{
  int count = 0;
  bool in_performers = false;
  std::stringstream lines(read_bytes(sop));
  std::string line;
  while (std::getline(lines, line)) {
    if (!line.empty() && line[0] != ' ' && line[0] != '-' && line[0] != '#') {
      in_performers = line.rfind("performers:", 0) == 0;
      continue;
    }
    if (in_performers && line.rfind("  - key: ", 0) == 0) {
      ++count;
    }
  }
  return count;
}

} // namespace

TEST_CASE("render browser: the seed prints on two A4 landscape pages with every activity")
{
  Browser browser;
  if (browser.missing()) {
    return;
  }
  auto activities = activities_of(seed_source_path());
  REQUIRE(activities.size() == 10);
  // The identity page, then the ten steps on one page.
  check_printed(browser, seed_source_path(), "seed", 2, activities);
}

TEST_CASE("render browser: the 30-step SOP prints on four A4 landscape pages with every activity")
{
  Browser browser;
  if (browser.missing()) {
    return;
  }
  auto sop = fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "sop-30-langkah.yaml";
  auto activities = activities_of(sop);
  REQUIRE(activities.size() == 30);
  // The identity page, then three pages of ten steps.
  check_printed(browser, sop, "sop-30-langkah", 4, activities);
}

TEST_CASE("render browser: steps done together and an exit to the end print with their words")
{
  Browser browser;
  if (browser.missing()) {
    return;
  }
  auto sop = render_fixture("poso-akta-kelahiran-bersama.yaml");
  // Step 1's activity is two lines of a block scalar, read here line by line.
  auto texts = activities_of(sop);
  texts.erase(std::remove(texts.begin(), texts.end(), "|"), texts.end());
  texts.insert(texts.end(),
               {"Pemohon menyerahkan berkas permohonan akta kelahiran;",
                "JFU menerima, mengagendakan dan menyampaikan kepada kepala seksi.",
                "Tgl Efektif",
                "1 Juli 2012",
                "Lengkap",
                "Tidak lengkap",
                "Pemohon",
                "Sekretaris"});
  auto printed = check_printed(browser, sop, "poso-akta-kelahiran-bersama", 2, texts);
  // Mulai twice (step 1, done together), Selesai three times: step 9 done
  // together, and the end of step 2's Tidak lengkap.
  auto count = [&](const std::string& word) {
    size_t n = 0;
    for (auto at = printed.find(word); at != std::string::npos; at = printed.find(word, at + 1)) {
      ++n;
    }
    return n;
  };
  CHECK(count("Mulai") == 2);
  CHECK(count("Selesai") == 3);
}

TEST_CASE("render browser: twelve performers print on A3 landscape with every heading")
{
  Browser browser;
  if (browser.missing()) {
    return;
  }
  auto sop = render_fixture("dpmptsp-imb-12-pelaksana.yaml");
  auto texts = activities_of(sop);
  texts.erase(std::remove(texts.begin(), texts.end(), "|"), texts.end());
  texts.insert(texts.end(),
               {"Petugas Front Office",
                "Kasi Verifikasi dan Penetapan",
                "Bendahara Penerimaan",
                "Arsiparis",
                "Tanpa survei",
                "Perlu survei",
                "Tidak sesuai"});
  check_printed(browser, sop, "dpmptsp-imb-12-pelaksana", 2, texts, a3_landscape);
}

TEST_CASE("render browser: every real SOP of the corpus prints on A4 landscape, A3 past ten "
          "performers, with its activities")
{
  // tests/fixtures/real/: real SOPs of other offices (issue 9, section 1).
  Browser browser;
  if (browser.missing()) {
    return;
  }
  for (const auto& entry :
       fs::directory_iterator(fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "real")) {
    if (entry.path().extension() != ".yaml") {
      continue;
    }
    CAPTURE(entry.path().filename().string());
    auto activities = activities_of(entry.path());
    REQUIRE(!activities.empty());
    auto performers = performers_of(entry.path());
    REQUIRE(performers > 0);
    CAPTURE(performers);
    check_printed(browser,
                  entry.path(),
                  "real-" + entry.path().stem().string(),
                  0,
                  activities,
                  performers > 10 ? a3_landscape : Sheet{});
  }
}

TEST_CASE("render browser: a screenshot of the seed is left in the build tree")
{
  Browser browser;
  if (browser.missing()) {
    return;
  }
  Sandbox sandbox;
  sandbox.init();
  auto html = output_dir() / "seed.html";
  auto png = output_dir() / "seed.png";
  fs::remove(png);
  auto result = sandbox.run({"render", seed_source_path().string(), "-o", html.string()});
  REQUIRE(result.exit_code == 0);
  auto [status, ignored] = run_program({browser.chromium,
                                        "--headless",
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--no-first-run",
                                        "--user-data-dir=" + (sandbox.tmp() / "profile").string(),
                                        "--screenshot=" + png.string(),
                                        "--window-size=1600,1100",
                                        "file://" + html.string()});
  CHECK(status == 0);
  REQUIRE(fs::exists(png));
  CHECK(read_bytes(png).substr(0, 8) == "\x89PNG\r\n\x1a\n");
  MESSAGE("screenshot: " << png.string());
}
