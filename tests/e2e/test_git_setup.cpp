// Setting up a clone (issue 5, sections 2 and 3): git config is not cloned,
// so `sopctl init --git-config` registers the merge driver again, and
// `sopctl check` warns on stderr while it is missing and notes when roles
// are not enforced, without failing.
#include "file_helpers.hpp"
#include "git_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

const std::string missing_driver =
  "warning: .gitattributes sends drafts to the sopctl merge driver, but this clone's git config "
  "does not define it; run: sopctl init --git-config\n";
const std::string no_roster = "note: sopctl.yaml lists no people, so roles are not enforced: "
                              "anyone may advance any step\n";

const std::string roster = "people:\n"
                           "  - name: Rina Hutapea\n"
                           "    nip: \"19800101 200501 2 003\"\n"
                           "    roles: [kabid]\n"
                           "    email: rina@sibolga.go.id\n";

} // namespace

TEST_SUITE("git::setup")
{
  TEST_CASE("a fresh clone lacks the driver until init --git-config registers it")
  {
    Sandbox sandbox;
    make_server(sandbox);
    git_ok(sandbox, sandbox.root(), {"clone", "--quiet", "server.git", "clone"});
    auto clone = sandbox.root() / "clone";
    CHECK(run_git(sandbox, clone, {"config", "merge.sopctl.driver"}).exit_code == 1);

    auto check = sandbox.run_in(clone, {"check"});
    CHECK(check.exit_code == 0);
    CHECK(check.out == "");
    CHECK(check.err == missing_driver + no_roster);

    // No sopctl on PATH: the driver runs this one by its absolute path
    // (test_git_driver_program.cpp has the other cases).
    auto result =
      sandbox.run_in(clone, {"init", "--git-config"}, {{"PATH", path_with_git_only(sandbox)}});
    CHECK(result.exit_code == 0);
    auto self = fs::canonical(SOPCTL_BINARY).string();
    CHECK(result.out == "registered the sopctl merge driver in " + clone.string() +
                          "'s git config\nnote: no sopctl on PATH, so git runs the merge driver "
                          "by this program's absolute path, " +
                          self + "; after moving it, run: sopctl init --git-config\n");
    CHECK(git_ok(sandbox, clone, {"config", "merge.sopctl.driver"}) ==
          "'" + self + "' merge-driver %O %A %B %P\n");
    CHECK(git_ok(sandbox, clone, {"config", "merge.sopctl.name"}) == "sopctl: merge SOP drafts\n");
    // Nothing to commit: git config is not part of the tree.
    CHECK(git_status(sandbox, clone) == "");

    auto again = sandbox.run_in(clone, {"check"});
    CHECK(again.exit_code == 0);
    CHECK(again.out == "");
    CHECK(again.err == no_roster);
  }

  TEST_CASE("init --git-config works from a subdirectory of the clone")
  {
    Sandbox sandbox;
    make_server(sandbox);
    git_ok(sandbox, sandbox.root(), {"clone", "--quiet", "server.git", "clone"});
    auto clone = sandbox.root() / "clone";
    auto result = sandbox.run_in(clone / "sops", {"init", "--git-config"});
    CHECK(result.exit_code == 0);
    CHECK(git_ok(sandbox, clone, {"config", "merge.sopctl.driver"}) != "");
    CHECK_FALSE(fs::exists(clone / "sops" / "sopctl.yaml"));
  }

  TEST_CASE("init --git-config outside a git work tree is refused")
  {
    Sandbox sandbox;
    sandbox.init();
    auto result = sandbox.run({"init", "--git-config"});
    CHECK(result.exit_code == 1);
    CHECK(result.out == "");
    CHECK(result.err == sandbox.repo().string() +
                          ": not a git work tree; --git-config sets up merging of drafts in a "
                          "git clone\n");
  }

  TEST_CASE("check is silent about roles when sopctl.yaml has a roster")
  {
    Sandbox sandbox;
    git_init(sandbox, sandbox.repo());
    sandbox.init();
    auto config = sandbox.repo() / "sopctl.yaml";
    write_bytes(config, replace_once(read_bytes(config), "people: []\n", roster));
    auto check = sandbox.run({"check"});
    CHECK(check.exit_code == 0);
    CHECK(check.out == "");
    CHECK(check.err == "");
  }

  TEST_CASE("check says nothing of git outside a work tree")
  {
    Sandbox sandbox;
    sandbox.init();
    auto check = sandbox.run({"check"});
    CHECK(check.exit_code == 0);
    CHECK(check.err == "");
  }

  TEST_CASE("a commented-out attribute does not make check warn")
  {
    Sandbox sandbox;
    git_init(sandbox, sandbox.repo());
    sandbox.init();
    write_bytes(sandbox.repo() / ".gitattributes", "# sops/*.yaml merge=sopctl\n");
    git_ok(sandbox, sandbox.repo(), {"config", "--unset", "merge.sopctl.driver"});
    CHECK(sandbox.run({"check"}).err == no_roster);
  }
}
