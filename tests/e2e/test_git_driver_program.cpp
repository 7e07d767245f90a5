// The program git runs as the merge driver (issue 12, section 2): `sopctl`
// by name when the sopctl found on PATH is this program, so rebuilding or
// upgrading it keeps merges working; its absolute path otherwise, which init
// says; and `sopctl check` warns, naming merge.sopctl.driver and the fix,
// when the registered command no longer runs.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "seed_drafting.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

const std::string by_name = "sopctl merge-driver %O %A %B %P\n";
const std::string no_roster = "note: sopctl.yaml lists no people, so roles are not enforced: "
                              "anyone may advance any step\n";

std::string quoted_driver(const fs::path& program)
{
  return "'" + program.string() + "' merge-driver %O %A %B %P";
}

std::string broken_driver_start(const std::string& driver)
{
  return "warning: the merge driver in git config (merge.sopctl.driver) does not run: " + driver +
         " (";
}
const std::string broken_driver_end = "); run: sopctl init --git-config\n";

// A clone of the server, with an identity and no driver registered yet.
fs::path bare_clone(const Sandbox& sandbox, const std::string& name)
{
  git_ok(sandbox, sandbox.root(), {"clone", "--quiet", "server.git", name});
  auto dir = sandbox.root() / name;
  set_identity(sandbox, dir, name, name + "@sibolga.go.id");
  return dir;
}

} // namespace

TEST_SUITE("git::driver_program")
{
  TEST_CASE("with this sopctl on PATH the driver is registered by name and git merges through it")
  {
    Sandbox sandbox;
    make_server(sandbox);
    start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, "akta-kelahiran", 6);
    git_ok(sandbox, sandbox.repo(), {"push", "--quiet"});
    Env on_path = {{"PATH", path_with_this_sopctl(sandbox)}};
    auto a = bare_clone(sandbox, "a");
    auto b = bare_clone(sandbox, "b");
    for (const auto& clone : {a, b}) {
      auto result = sandbox.run_in(clone, {"init", "--git-config"}, on_path);
      CHECK(result.exit_code == 0);
      // Nothing about paths: the driver is the sopctl on PATH.
      CHECK(result.out ==
            "registered the sopctl merge driver in " + clone.string() + "'s git config\n");
      CHECK(git_ok(sandbox, clone, {"config", "merge.sopctl.driver"}) == by_name);
      auto check = sandbox.run_in(clone, {"check"}, on_path);
      CHECK(check.exit_code == 0);
      CHECK(check.err == no_roster);
    }

    // Both sides change the draft: only the driver merges it cleanly.
    sopctl_ok(sandbox,
              a,
              {"advance",
               "--yes",
               "akta-kelahiran",
               "--role",
               "kabid",
               "--by",
               "Rina",
               "--at",
               local_time(6)});
    sopctl_ok(sandbox,
              b,
              {"note", "akta-kelahiran", "sudah dibaca", "--by", "Joko", "--at", local_time(7)});
    git_ok(sandbox, a, {"push", "--quiet", "origin", "HEAD:side-a"});
    git_ok(sandbox, b, {"fetch", "--quiet"});
    auto merged = run_git(sandbox, b, {"merge", "--no-edit", "origin/side-a"}, on_path);
    INFO("merge: ", merged.out, merged.err);
    CHECK(merged.exit_code == 0);
    auto text = read_bytes(b / "sops/akta-kelahiran.yaml");
    CHECK_FALSE(contains(text, "<<<<<<<"));
    CHECK(contains(text, "    - event: completed\n      step: 6\n"));
    CHECK(contains(text, "note: sudah dibaca\n"));
  }

  TEST_CASE("with no sopctl on PATH init registers the absolute path and says so")
  {
    Sandbox sandbox;
    git_init(sandbox, sandbox.repo());
    auto self = fs::canonical(SOPCTL_BINARY);
    auto result = sandbox.run({"init"}, {{"PATH", path_with_git_only(sandbox)}});
    CHECK(result.exit_code == 0);
    CHECK(result.err == "");
    CHECK(result.out ==
          "initialised " + sandbox.repo().string() +
            ": edit sopctl.yaml to your office, then start a draft with: sopctl start TITLE\n"
            "registered the sopctl merge driver for sops/*.yaml (.gitattributes, git config)\n"
            "note: no sopctl on PATH, so git runs the merge driver by this program's absolute "
            "path, " +
            self.string() + "; after moving it, run: sopctl init --git-config\n");
    CHECK(git_ok(sandbox, sandbox.repo(), {"config", "merge.sopctl.driver"}) ==
          quoted_driver(self) + "\n");
  }

  TEST_CASE("another sopctl on PATH is not registered: this one is, by its absolute path")
  {
    Sandbox sandbox;
    git_init(sandbox, sandbox.repo());
    sandbox.init();
    auto bin = fs::path(path_with_git_only(sandbox));
    write_script(bin / "sopctl", "echo an older sopctl\n");
    auto self = fs::canonical(SOPCTL_BINARY);
    auto result = sandbox.run({"init", "--git-config"}, {{"PATH", bin.string()}});
    CHECK(result.exit_code == 0);
    CHECK(result.out ==
          "registered the sopctl merge driver in " + sandbox.repo().string() +
            "'s git config\n"
            "note: the sopctl on PATH (" +
            (bin / "sopctl").string() +
            ") is another program, so git runs the merge driver by this program's absolute "
            "path, " +
            self.string() + "; after moving it, run: sopctl init --git-config\n");
    CHECK(git_ok(sandbox, sandbox.repo(), {"config", "merge.sopctl.driver"}) ==
          quoted_driver(self) + "\n");
  }

  TEST_CASE("check warns when the registered sopctl has moved, and init --git-config fixes it")
  {
    Sandbox sandbox;
    make_server(sandbox);
    auto clone = bare_clone(sandbox, "clone");
    Env no_sopctl = {{"PATH", path_with_git_only(sandbox)}};
    // A build tree's sopctl registers itself by its path...
    auto old_build = sandbox.root() / "old-build";
    fs::create_directories(old_build);
    fs::copy_file(SOPCTL_BINARY, old_build / "sopctl");
    auto registered = sandbox.run_program(
      clone, {(old_build / "sopctl").string(), "init", "--git-config"}, no_sopctl);
    REQUIRE(registered.exit_code == 0);
    auto driver = quoted_driver(old_build / "sopctl");
    CHECK(git_ok(sandbox, clone, {"config", "merge.sopctl.driver"}) == driver + "\n");
    CHECK(sandbox.run_in(clone, {"check"}, no_sopctl).err == no_roster);

    // ...and the build tree moves.
    fs::rename(old_build, sandbox.root() / "new-build");
    auto check = sandbox.run_in(clone, {"check"}, no_sopctl);
    CHECK(check.exit_code == 0);
    CHECK(check.out == "");
    INFO("check: ", check.err);
    CHECK(check.err.starts_with(broken_driver_start(driver)));
    CHECK(contains(check.err, "not found" + broken_driver_end + no_roster));

    REQUIRE(sandbox.run_in(clone, {"init", "--git-config"}, no_sopctl).exit_code == 0);
    CHECK(sandbox.run_in(clone, {"check"}, no_sopctl).err == no_roster);
  }

  TEST_CASE("check warns when the driver is registered by name and no sopctl is on PATH")
  {
    Sandbox sandbox;
    make_server(sandbox);
    auto clone = bare_clone(sandbox, "clone");
    REQUIRE(
      sandbox.run_in(clone, {"init", "--git-config"}, {{"PATH", path_with_this_sopctl(sandbox)}})
        .exit_code == 0);
    auto check = sandbox.run_in(clone, {"check"}, {{"PATH", path_with_git_only(sandbox)}});
    CHECK(check.exit_code == 0);
    INFO("check: ", check.err);
    CHECK(check.err.starts_with(broken_driver_start("sopctl merge-driver %O %A %B %P")));
    CHECK(contains(check.err, "sopctl: not found" + broken_driver_end));
  }

  TEST_CASE("check warns when the registered program is not a sopctl with merge-driver")
  {
    Sandbox sandbox;
    git_init(sandbox, sandbox.repo());
    sandbox.init();
    auto bin = sandbox.root() / "bin";
    fs::create_directories(bin);
    write_script(bin / "sopctl", "echo 'unknown command' >&2\nexit 2\n");
    auto driver = quoted_driver(bin / "sopctl");
    git_ok(sandbox, sandbox.repo(), {"config", "merge.sopctl.driver", driver});
    auto check = sandbox.run({"check"});
    CHECK(check.exit_code == 0);
    CHECK(check.err ==
          broken_driver_start(driver) + "unknown command" + broken_driver_end + no_roster);
  }

  TEST_CASE("check leaves a merge driver command of the clone's own alone")
  {
    Sandbox sandbox;
    git_init(sandbox, sandbox.repo());
    sandbox.init();
    git_ok(sandbox, sandbox.repo(), {"config", "merge.sopctl.driver", "no-such-merger %O %A %B"});
    CHECK(sandbox.run({"check"}).err == no_roster);
  }
}
