// A commit per action (issue 5, section 1): inside a git work tree every
// command that changes files commits exactly those files with a readable
// message; git.commit: "off" and directories outside git commit nothing; a
// failing commit is reported and leaves the draft consistent.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "seed_drafting.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// repo/ is a git repository (with an identity) set up by `sopctl init`.
struct GitRepo
{
  GitRepo()
  {
    git_init(sandbox, sandbox.repo(), "Admin", "admin@sibolga.go.id");
    sandbox.init();
  }

  // Runs sopctl in repo/; it must succeed.
  std::string ok(const std::vector<std::string>& args, const Env& env = {}) const
  {
    return sopctl_ok(sandbox, sandbox.repo(), args, env);
  }

  std::string head_subject() const { return commit_subjects(sandbox, sandbox.repo()).front(); }
  size_t commits() const { return commit_subjects(sandbox, sandbox.repo()).size(); }

  Sandbox sandbox;
};

constexpr std::string_view one_holiday_ics = "BEGIN:VCALENDAR\r\n"
                                             "VERSION:2.0\r\n"
                                             "BEGIN:VEVENT\r\n"
                                             "DTSTART;VALUE=DATE:20261225\r\n"
                                             "SUMMARY:Hari Raya Natal\r\n"
                                             "END:VEVENT\r\n"
                                             "END:VCALENDAR\r\n";

} // namespace

TEST_SUITE("git::commits")
{
  TEST_CASE("init inside a work tree commits its files and registers the merge driver")
  {
    GitRepo r;
    CHECK(commit_subjects(r.sandbox, r.sandbox.repo()) ==
          std::vector<std::string>{"init: sopctl.yaml"});
    CHECK(files_of_head(r.sandbox, r.sandbox.repo()) ==
          ".gitattributes\nsopctl.yaml\nsops/.gitkeep\n");
    CHECK(
      contains(read_bytes(r.sandbox.repo() / ".gitattributes"), "\nsops/*.yaml merge=sopctl\n"));
    CHECK(git_ok(r.sandbox, r.sandbox.repo(), {"config", "merge.sopctl.driver"}) ==
          "'" + fs::canonical(SOPCTL_BINARY).string() + "' merge-driver %O %A %B %P\n");
    CHECK(git_ok(r.sandbox, r.sandbox.repo(), {"check-attr", "merge", "sops/x.yaml"}) ==
          "sops/x.yaml: merge: sopctl\n");
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == "");
  }

  TEST_CASE("init says it registered the merge driver")
  {
    Sandbox sandbox;
    git_init(sandbox, sandbox.repo());
    auto result = sandbox.run({"init"});
    CHECK(result.exit_code == 0);
    CHECK(result.err == "");
    CHECK(contains(result.out,
                   "registered the sopctl merge driver for sops/*.yaml "
                   "(.gitattributes, git config)\n"));
  }

  TEST_CASE("start, advance and note each make one commit of the draft with a readable message")
  {
    GitRepo r;
    auto id = start_draft(r.sandbox, "Akta Kelahiran");
    CHECK(r.head_subject() == "start akta-kelahiran: Akta Kelahiran (by Sekretaris Budi)");
    CHECK(files_of_head(r.sandbox, r.sandbox.repo()) == "sops/akta-kelahiran.yaml\n");
    advance_until(r.sandbox, id, 6);
    CHECK(r.commits() == 7);
    CHECK(r.head_subject() == "advance akta-kelahiran: step 5 done by kasi (Petugas 5)");

    r.ok(
      {"note", id, "dasar hukum perlu dicek\nbaris kedua", "--by", "Ani", "--at", local_time(6)});
    CHECK(r.head_subject() == "note akta-kelahiran: step 6 by Ani - dasar hukum perlu dicek");
    CHECK(files_of_head(r.sandbox, r.sandbox.repo()) == "sops/akta-kelahiran.yaml\n");

    r.ok({"advance",
          id,
          "--role",
          "kabid",
          "--by",
          "Rina",
          "--reject",
          "--note",
          "dasar hukum kurang",
          "--at",
          local_time(7)});
    CHECK(r.head_subject() ==
          "advance akta-kelahiran: step 6 Tidak by kabid (Rina) - dasar hukum kurang");
    r.ok({"advance", id, "--role", "kasi", "--by", "Joko", "--at", local_time(8)});
    r.ok({"advance", "--yes", id, "--role", "kabid", "--by", "Rina", "--at", local_time(9)});
    CHECK(r.head_subject() == "advance akta-kelahiran: step 6 Ya by kabid (Rina)");
    CHECK(r.commits() == 11);
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == "");
  }

  TEST_CASE("edit commits the draft it saved")
  {
    GitRepo r;
    auto id = start_draft(r.sandbox, "Akta Kelahiran");
    auto editor = r.sandbox.root() / "editor.sh";
    write_script(editor, "sed -i 's/^name: .*/name: Akta Kelahiran Baru/' \"$1\"\n");
    r.ok({"edit", id}, {{"EDITOR", editor.string()}});
    CHECK(r.head_subject() == "edit akta-kelahiran: SOP content");
    CHECK(files_of_head(r.sandbox, r.sandbox.repo()) == "sops/akta-kelahiran.yaml\n");
    CHECK(r.commits() == 3);
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == "");
  }

  TEST_CASE("calendar import commits sopctl.yaml alone")
  {
    GitRepo r;
    write_bytes(r.sandbox.repo() / "libur.ics", one_holiday_ics);
    r.ok({"calendar", "import", "libur.ics"});
    CHECK(r.head_subject() == "calendar: 1 holiday from libur.ics");
    CHECK(files_of_head(r.sandbox, r.sandbox.repo()) == "sopctl.yaml\n");
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == "?? libur.ics\n");
  }

  TEST_CASE("other staged files are left staged, not committed")
  {
    GitRepo r;
    auto id = start_draft(r.sandbox, "Akta Kelahiran");
    write_bytes(r.sandbox.repo() / "catatan.txt", "belum selesai\n");
    git_ok(r.sandbox, r.sandbox.repo(), {"add", "catatan.txt"});
    r.ok({"advance", id, "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    CHECK(files_of_head(r.sandbox, r.sandbox.repo()) == "sops/akta-kelahiran.yaml\n");
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == "A  catatan.txt\n");
  }

  TEST_CASE("git.commit off makes no commit and leaves the change in the work tree")
  {
    GitRepo r;
    auto id = start_draft(r.sandbox, "Akta Kelahiran");
    auto config = r.sandbox.repo() / "sopctl.yaml";
    write_bytes(config,
                replace_once(read_bytes(config), "  commit: auto\n", "  commit: \"off\"\n"));
    git_ok(r.sandbox, r.sandbox.repo(), {"commit", "--quiet", "-am", "commit off"});
    r.ok({"advance", id, "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    r.ok({"note", id, "catatan", "--by", "Ani", "--at", local_time(2)});
    CHECK(r.head_subject() == "commit off");
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == " M sops/akta-kelahiran.yaml\n");
  }

  TEST_CASE("outside a git work tree nothing of git is attempted")
  {
    Sandbox sandbox;
    auto result = sandbox.run({"init"});
    CHECK(result.exit_code == 0);
    CHECK_FALSE(contains(result.out, "merge driver"));
    auto id = start_draft(sandbox, "Akta Kelahiran");
    auto advanced =
      sandbox.run({"advance", id, "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    CHECK(advanced.exit_code == 0);
    CHECK(advanced.err == "");
    CHECK_FALSE(fs::exists(sandbox.repo() / ".git"));
    CHECK_FALSE(fs::exists(sandbox.repo() / ".gitattributes"));
    CHECK_FALSE(fs::exists(sandbox.repo() / "sops" / ".gitkeep"));
  }

  TEST_CASE("a commit refused for want of an identity is reported, the draft keeps its event")
  {
    GitRepo r;
    auto id = start_draft(r.sandbox, "Akta Kelahiran");
    git_ok(r.sandbox, r.sandbox.repo(), {"config", "--unset", "user.email"});
    git_ok(r.sandbox, r.sandbox.repo(), {"config", "--unset", "user.name"});
    // No guessing from the machine's user and host name.
    git_ok(r.sandbox, r.sandbox.repo(), {"config", "user.useConfigOnly", "true"});
    auto result =
      r.sandbox.run({"advance", id, "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    CHECK(result.exit_code == 1);
    CHECK(result.err ==
          "sops/akta-kelahiran.yaml: saved, but git did not commit it: Author identity unknown\n"
          "commit it yourself (git commit sops/akta-kelahiran.yaml), or set git.commit to "
          "\"off\" in sopctl.yaml\n");
    CHECK(r.commits() == 2);
    // git add ran before the refused commit: the change is staged.
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == "M  sops/akta-kelahiran.yaml\n");
    CHECK(contains(read_bytes(r.sandbox.draft(id)), "by: Budi\n"));
    auto check = r.sandbox.run({"check"});
    CHECK(check.out == "");
    CHECK(check.exit_code == 0);
    CHECK(r.sandbox.run({"verify"}).exit_code == 0);
  }

  TEST_CASE(
    "a commit refused by a hook is reported with the hook's words, the draft keeps its event")
  {
    GitRepo r;
    auto id = start_draft(r.sandbox, "Akta Kelahiran");
    write_script(r.sandbox.repo() / ".git" / "hooks" / "pre-commit",
                 "echo 'hook: commits are frozen today' >&2\nexit 1\n");
    auto result = r.sandbox.run({"note", id, "catatan", "--by", "Ani", "--at", local_time(1)});
    CHECK(result.exit_code == 1);
    CHECK(result.err == "sops/akta-kelahiran.yaml: saved, but git did not commit it: hook: commits "
                        "are frozen today\ncommit it yourself (git commit "
                        "sops/akta-kelahiran.yaml), or set git.commit to \"off\" in sopctl.yaml\n");
    CHECK(r.commits() == 2);
    CHECK(contains(read_bytes(r.sandbox.draft(id)), "note: catatan\n"));
    CHECK(r.sandbox.run({"check"}).exit_code == 0);
    CHECK(r.sandbox.run({"verify"}).exit_code == 0);

    // Once the hook allows it, the next change commits the draft whole.
    fs::remove(r.sandbox.repo() / ".git" / "hooks" / "pre-commit");
    r.ok({"note", id, "catatan kedua", "--by", "Ani", "--at", local_time(2)});
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == "");
  }
}
