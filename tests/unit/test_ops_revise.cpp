#include <doctest/doctest.h>
#include <ops/revise.hpp>
#include <string>

using namespace sopctl;

TEST_SUITE("ops::revision_id")
{
  TEST_CASE("a revision is named after the SOP, with its version")
  {
    CHECK(ops::revision_id("akta", 2) == "akta-v2");
    CHECK(ops::revision_id("akta-v2", 3) == "akta-v3");
    CHECK(ops::revision_id("akta-v9", 10) == "akta-v10");
    // Only a whole -v<digits> suffix is a version: these are names.
    CHECK(ops::revision_id("surat-v", 2) == "surat-v-v2");
    CHECK(ops::revision_id("izin-v2a", 2) == "izin-v2a-v2");
  }

  TEST_CASE("a revision's id fits the 60 characters of an id")
  {
    std::string long_id(60, 'a');
    auto id = ops::revision_id(long_id, 12);
    CHECK(id.size() == 60);
    CHECK(id.ends_with("-v12"));
  }
}
