// Errors from the system, not from sopctl's rules, still end in one line
// naming what failed and exit 1: nothing escapes to std::terminate (issue 8,
// point 6: `sopctl advance <5000-character name>` used to abort, exit 134).
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace e2e;

TEST_SUITE("e2e: system errors")
{
  TEST_CASE("a draft name too long for the file system is refused in one line")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan KTP");
    auto before = read_bytes(sandbox.draft(id));
    std::string name(5000, 'a');
    auto result = sandbox.run({"advance", name, "--role", "sekretaris", "--by", "Ani"});
    CHECK(result.exit_code == 1);
    CHECK(result.out.empty());
    CHECK(result.err.starts_with("sopctl: "));
    CHECK(result.err.find("File name too long") != std::string::npos);
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(result.err.size() < 300); // the path is shortened, not printed whole
    CHECK(read_bytes(sandbox.draft(id)) == before);
  }
}
