// `sopctl merge-driver BASE OURS THEIRS PATH` run by hand as git runs it
// (issue 5, section 2): the result is written to OURS, exit 0 when clean,
// 1 with each conflict named on stderr; a file that is not an SOP falls
// back to git's line merge.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// Three versions of draft akta-kelahiran: base (step 6 active), and two
// later ones made from it by `make`; written to the sandbox's root.
struct Versions
{
  Versions()
  {
    sandbox.init();
    start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, "akta-kelahiran", 6);
    base = read_bytes(sandbox.draft("akta-kelahiran"));
  }

  // The draft after `args` run on the base version.
  std::string make(const std::vector<std::string>& args) const
  {
    write_bytes(sandbox.draft("akta-kelahiran"), base);
    auto result = sandbox.run(args);
    REQUIRE(result.exit_code == 0);
    return read_bytes(sandbox.draft("akta-kelahiran"));
  }

  // Runs the driver on the three texts; returns its result and OURS after.
  std::pair<Result, std::string> merge(const std::string& b,
                                       const std::string& o,
                                       const std::string& t,
                                       const std::string& path = "sops/akta-kelahiran.yaml") const
  {
    auto dir = sandbox.root();
    write_bytes(dir / "base", b);
    write_bytes(dir / "ours", o);
    write_bytes(dir / "theirs", t);
    std::vector<std::string> args = {"merge-driver", "base", "ours", "theirs"};
    if (!path.empty()) {
      args.push_back(path);
    }
    auto result = sandbox.run_in(dir, args);
    return {result, read_bytes(dir / "ours")};
  }

  Sandbox sandbox;
  std::string base;
};

std::vector<std::string> ya = {"advance",
                               "--yes",
                               "akta-kelahiran",
                               "--role",
                               "kabid",
                               "--by",
                               "Rina",
                               "--at",
                               "2026-11-25T09:00"};

} // namespace

TEST_SUITE("git::merge_driver")
{
  TEST_CASE("a clean merge is written to OURS with exit 0 and nothing said")
  {
    Versions v;
    auto ours = v.make(ya);
    auto theirs =
      v.make({"note", "akta-kelahiran", "dibaca", "--by", "Joko", "--at", "2026-11-25T08:00"});
    auto [result, merged] = v.merge(v.base, ours, theirs);
    CHECK(result.exit_code == 0);
    CHECK(result.out == "");
    CHECK(result.err == "");
    CHECK(contains(merged, "note: dibaca\n"));
    CHECK(contains(merged, "      step: 6\n      role: kabid\n"));
    // The other direction writes the same bytes.
    CHECK(v.merge(v.base, theirs, ours).second == merged);
  }

  TEST_CASE("a conflict is written with markers, named on stderr with the path, exit 1")
  {
    Versions v;
    auto ours = v.make(ya);
    auto theirs = v.make({"advance",
                          "akta-kelahiran",
                          "--role",
                          "kabid",
                          "--by",
                          "Rina",
                          "--reject",
                          "--note",
                          "kurang",
                          "--at",
                          "2026-11-25T10:00"});
    auto [result, merged] = v.merge(v.base, ours, theirs);
    CHECK(result.exit_code == 1);
    CHECK(result.out == "");
    CHECK(result.err == "sops/akta-kelahiran.yaml: merge conflict: two outcomes recorded for the "
                        "draft: ours step 6 completed by Rina at 2026-11-25T09:00:00+07:00, "
                        "theirs step 6 Tidak (rejected) by Rina at 2026-11-25T10:00:00+07:00\n");
    CHECK(contains(merged, "<<<<<<< ours\n# sopctl: two outcomes recorded for the draft: "));
  }

  TEST_CASE("without PATH the conflict is named by OURS")
  {
    Versions v;
    auto ours = v.make(ya);
    auto theirs = v.make({"advance",
                          "akta-kelahiran",
                          "--role",
                          "kabid",
                          "--by",
                          "Rina",
                          "--reject",
                          "--note",
                          "kurang",
                          "--at",
                          "2026-11-25T10:00"});
    auto result = v.merge(v.base, ours, theirs, "").first;
    CHECK(result.exit_code == 1);
    CHECK(result.err.starts_with("ours: merge conflict: two outcomes recorded for the draft: "));
  }

  TEST_CASE("a file that is not an SOP is merged line by line")
  {
    Versions v;
    auto [result, merged] =
      v.merge("a\nb\nc\nd\ne\n", "A\nb\nc\nd\ne\n", "a\nb\nc\nd\nE\n", "notes.yaml");
    CHECK(result.exit_code == 0);
    CHECK(result.err == "");
    CHECK(merged == "A\nb\nc\nd\nE\n");
  }

  TEST_CASE("a file that is not an SOP and conflicts by line says so")
  {
    Versions v;
    auto [result, merged] = v.merge("a\n", "b\n", "c\n", "notes.yaml");
    CHECK(result.exit_code == 1);
    CHECK(result.err == "notes.yaml: does not load as an SOP file, so it was merged line by line, "
                        "with conflicts; resolve them, then run sopctl check\n");
    CHECK(contains(merged, "<<<<<<< ours\nb\n=======\nc\n>>>>>>> theirs\n"));
  }
}
