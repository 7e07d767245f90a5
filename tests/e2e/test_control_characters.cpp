// Control characters typed into a title, a note or a --set value (ESC, BEL)
// would reach log, status and git subjects raw: they are refused as usage
// errors and nothing is written (issue 10, section 4, in part).
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

TEST_SUITE("e2e: control characters")
{
  TEST_CASE("ESC in a note, BEL in a title and in a --set value are refused")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan KTP");
    auto before = read_bytes(sandbox.draft(id));
    CHECK(expect_usage_error(sandbox, {"note", id, "dibaca\x1b[31m", "--by", "Ani"}) ==
          "the note holds the control character U+001B; remove it (only tabs and line breaks "
          "are kept)\n");
    CHECK(expect_usage_error(sandbox, {"start", "Akta\aKelahiran", "--by", "Ani"}) ==
          "the title holds the control character U+0007; remove it (only tabs and line breaks "
          "are kept)\n");
    CHECK(expect_usage_error(sandbox,
                             {"advance",
                              id,
                              "--role",
                              "sekretaris",
                              "--by",
                              "Ani",
                              "--set",
                              "meeting.place=Ruang\a1"}) ==
          "--set meeting.place holds the control character U+0007; remove it (only tabs and "
          "line breaks are kept)\n");
    CHECK(read_bytes(sandbox.draft(id)) == before);
    CHECK_FALSE(fs::exists(sandbox.repo() / "sops" / "akta-kelahiran.yaml"));
  }
}
