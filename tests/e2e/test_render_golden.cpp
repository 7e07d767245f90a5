// Golden files of `sopctl render` (issue 4, section 4): the HTML and the
// Markdown of the seed, of the 30-step SOP in tests/fixtures/ and of the SOP
// in tests/fixtures/render/ with steps done together, words of its own on a
// decision's exits, an exit that ends the procedure and Tgl Efektif, and of
// the SOP there whose ordinary steps say where they go (`next: 5`, `next:
// end`), compared byte for byte with tests/golden/. After an intended change to the output,
// regenerate them and review the difference:
//
//   SOPCTL_UPDATE_GOLDEN=1 ctest --test-dir build -R golden
//   git diff tests/golden/
#include "file_helpers.hpp"
#include "golden_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <cstdlib>
#include <doctest/doctest.h>

using namespace e2e;

namespace {

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
  check_against_golden(result.out, golden);
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

TEST_CASE("render golden: steps done together and an exit to the end as HTML")
{
  check_golden("tests/fixtures/render/poso-akta-kelahiran-bersama.yaml",
               "html",
               "poso-akta-kelahiran-bersama.html");
}

TEST_CASE("render golden: steps done together and an exit to the end as Markdown")
{
  check_golden("tests/fixtures/render/poso-akta-kelahiran-bersama.yaml",
               "md",
               "poso-akta-kelahiran-bersama.md");
}

TEST_CASE("render golden: a step's next to a later step and to the end as HTML")
{
  check_golden("tests/fixtures/render/permohonan-informasi-next.yaml",
               "html",
               "permohonan-informasi-next.html");
}

TEST_CASE("render golden: a step's next to a later step and to the end as Markdown")
{
  check_golden(
    "tests/fixtures/render/permohonan-informasi-next.yaml", "md", "permohonan-informasi-next.md");
}
