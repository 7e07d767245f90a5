// The printed layout measured in a real browser (issue 11, section 2):
// sopctl estimates every row's height from font metrics and draws the
// flowchart for those heights, so a wrong estimate shows as rows of the
// drawing drifting off the table's. Each SOP is rendered to HTML, opened in
// headless Chromium with print media emulated (DevTools protocol over a
// pipe), and measured by measure_layout.js: no text past its cell, every
// symbol inside its row and performer column and clear of the rules, arrows
// clear of the rules, the exits' words at least 8 pt and at their exits,
// nothing on top of anything else, each SVG row on its table row. Without
// Chromium each test passes with a message saying it was skipped.
#include "devtools_pipe.hpp"
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"
#include "tool_helpers.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <regex>
#include <sstream>
#include <unistd.h>

using namespace e2e;

namespace {

// How many steps an SOP file has: its `- step:` lines.
size_t steps_in(const fs::path& sop)
{
  static const std::regex step_line(R"(^\s*- step:\s*\d+)");
  std::stringstream lines(read_bytes(sop));
  std::string line;
  size_t count = 0;
  while (std::getline(lines, line)) {
    count += std::regex_search(line, step_line) ? 1 : 0;
  }
  return count;
}

// Renders `sop` to HTML and measures it in `browser`: returns the report
// of measure_layout.js.
Json measure(HeadlessChromium& browser, const Sandbox& sandbox, const fs::path& sop)
{
  auto html = sandbox.tmp() / (sop.stem().string() + ".html");
  auto result = sandbox.run({"render", sop.string(), "-o", html.string()});
  INFO("sopctl render: ", result.err);
  REQUIRE(result.exit_code == 0);
  static const std::string script =
    read_bytes(fs::path(SOPCTL_SOURCE_DIR) / "tests" / "e2e" / "measure_layout.js");
  auto report = browser.evaluate_printed("file://" + html.string(),
                                         "(() => { " + script + "\nreturn measureLayout(); })()");
  return Json::parse(report);
}

// Measures each of `sops` and checks nothing is wrong with its layout.
void check_measured(const std::vector<fs::path>& sops)
{
  if (tools_missing({"chromium"},
                    "skipped: measuring the printed layout needs chromium on PATH "
                    "(apt-get install chromium)")) {
    return;
  }
  auto chromium = on_path("chromium");
  Sandbox sandbox;
  sandbox.init();
  HeadlessChromium browser(chromium, (sandbox.tmp() / "profile").string());
  for (const auto& sop : sops) {
    CAPTURE(sop.filename().string());
    auto report = measure(browser, sandbox, sop);
    const auto& counted = report["counted"];
    // Nothing measured proves nothing: every step's row, its symbol, and
    // the arrows between them were found.
    size_t steps = steps_in(sop);
    REQUIRE(steps > 0);
    CHECK(static_cast<size_t>(counted["rows"].as_int()) == steps);
    CHECK(static_cast<size_t>(counted["symbols"].as_int()) >= steps);
    CHECK(static_cast<size_t>(counted["arrows"].as_int()) >= steps - 1);
    // The identity: at least one sheet, and its boxes' rows (three pairs at least).
    CHECK(counted["identitySheets"].as_int() >= 1);
    CHECK(counted["boxRows"].as_int() >= 3);
    const auto& failures = report["failures"];
    for (size_t i = 0; i < failures.size(); ++i) {
      ADD_FAIL_CHECK_AT(__FILE__, __LINE__, failures[i].as_string());
    }
    MESSAGE(sop.filename().string()
            << ": " << counted["sheets"].as_int() << " table pages, " << counted["rows"].as_int()
            << " rows, " << counted["symbols"].as_int() << " symbols, "
            << counted["connectors"].as_int() << " connectors, " << counted["arrows"].as_int()
            << " arrows, " << counted["labels"].as_int() << " exit words measured, "
            << counted["identitySheets"].as_int() << " identity sheets, "
            << counted["boxRows"].as_int() << " rows of boxes, " << failures.size() << " faults");
  }
}

// The .yaml files of a fixture folder.
std::vector<fs::path> fixtures_in(const fs::path& dir)
{
  std::vector<fs::path> found;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".yaml") {
      found.push_back(entry.path());
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

fs::path fixtures()
{
  return fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures";
}

} // namespace

TEST_CASE("render measured: the seed and the 30-step SOP print with every box where it belongs")
{
  check_measured({seed_source_path(), fixtures() / "sop-30-langkah.yaml"});
}

TEST_CASE("render measured: the render fixtures print with every box where it belongs")
{
  check_measured(fixtures_in(fixtures() / "render"));
}

TEST_CASE("render measured: every real SOP of the corpus prints with every box where it belongs")
{
  auto sops = fixtures_in(fixtures() / "real");
  REQUIRE(sops.size() >= 5);
  check_measured(sops);
}
