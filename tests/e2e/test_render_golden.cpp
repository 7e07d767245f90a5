// Golden files of `sopctl render` (issue 4, section 4): the HTML and the
// Markdown of the seed and of the 30-step SOP in tests/fixtures/, compared
// byte for byte with tests/golden/. After an intended change to the output,
// regenerate them and review the difference:
//
//   SOPCTL_UPDATE_GOLDEN=1 ctest --test-dir build -R golden
//   git diff tests/golden/
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <cstdlib>
#include <doctest/doctest.h>

using namespace e2e;

namespace {

fs::path golden_path(const std::string& name)
{
  return fs::path(SOPCTL_SOURCE_DIR) / "tests" / "golden" / name;
}

// The first line where two texts differ, for a readable failure.
std::string first_difference(const std::string& expected, const std::string& actual)
{
  int line = 1;
  size_t at = 0;
  while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) {
    line += expected[at] == '\n';
    ++at;
  }
  auto excerpt = [&](const std::string& text) {
    auto start = text.rfind('\n', at == 0 ? 0 : at - 1);
    start = start == std::string::npos ? 0 : start + 1;
    return text.substr(start, 160);
  };
  return "line " + std::to_string(line) + "\nexpected: " + excerpt(expected) +
         "\nactual:   " + excerpt(actual);
}

// Renders `sop` (a path in the source tree) as `format` in a fresh
// repository and compares it with tests/golden/<golden>, or rewrites that
// file when SOPCTL_UPDATE_GOLDEN is set.
void check_golden(const std::string& sop, const std::string& format, const std::string& golden)
{
  Sandbox sandbox;
  sandbox.init();
  auto result =
    sandbox.run({"render", (fs::path(SOPCTL_SOURCE_DIR) / sop).string(), "--format", format});
  INFO("stderr: ", result.err);
  REQUIRE(result.exit_code == 0);
  const char* update = std::getenv("SOPCTL_UPDATE_GOLDEN");
  if (update && *update && std::string(update) != "0") {
    write_bytes(golden_path(golden), result.out);
    MESSAGE("rewrote tests/golden/" << golden);
    return;
  }
  auto expected = read_bytes(golden_path(golden));
  INFO("tests/golden/", golden, " differs at ", first_difference(expected, result.out));
  INFO("regenerate with: SOPCTL_UPDATE_GOLDEN=1 ctest --test-dir build -R golden");
  CHECK(result.out == expected);
}

} // namespace

TEST_CASE("render golden: the seed as HTML")
{
  check_golden("sops/penyusunan-sop-pelayanan.yaml", "html", "seed.html");
}

TEST_CASE("render golden: the seed as Markdown")
{
  check_golden("sops/penyusunan-sop-pelayanan.yaml", "md", "seed.md");
}

TEST_CASE("render golden: the 30-step SOP as HTML")
{
  check_golden("tests/fixtures/sop-30-langkah.yaml", "html", "sop-30-langkah.html");
}

TEST_CASE("render golden: the 30-step SOP as Markdown")
{
  check_golden("tests/fixtures/sop-30-langkah.yaml", "md", "sop-30-langkah.md");
}
