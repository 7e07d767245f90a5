// Drafts that merge through real git (issue 5, section 2): two clones of a
// bare server work on the same draft; an advance and a note merge without
// conflict, by `sopctl sync` (pull --rebase) or a plain `git merge`, the
// same whichever side merges; Ya against Tidak at one step stops with
// markers that `sopctl check` and `sopctl sync` explain.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "seed_drafting.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

const std::string draft_path = "sops/akta-kelahiran.yaml";

// A server and clones a/ (Ani) and b/ (Budi) that both have draft
// akta-kelahiran with step 6 (kabid's decision) active.
struct TwoClones
{
  TwoClones()
  {
    make_server(sandbox);
    start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, "akta-kelahiran", 6);
    git_ok(sandbox, sandbox.repo(), {"push", "--quiet"});
    a = make_clone(sandbox, "a", "Ani", "ani@sibolga.go.id");
    b = make_clone(sandbox, "b", "Budi", "budi@sibolga.go.id");
  }

  std::string draft(const fs::path& clone) const { return read_bytes(clone / draft_path); }

  // Runs sopctl in `clone`; it must succeed.
  std::string ok(const fs::path& clone, const std::vector<std::string>& args) const
  {
    return sopctl_ok(sandbox, clone, args);
  }

  void ya(const fs::path& clone, int hour) const
  {
    ok(clone,
       {"advance",
        "--yes",
        "akta-kelahiran",
        "--role",
        "kabid",
        "--by",
        "Rina",
        "--at",
        local_time(hour)});
  }

  void tidak(const fs::path& clone, int hour) const
  {
    ok(clone,
       {"advance",
        "akta-kelahiran",
        "--role",
        "kabid",
        "--by",
        "Rina",
        "--reject",
        "--note",
        "dasar hukum kurang",
        "--at",
        local_time(hour)});
  }

  void note(const fs::path& clone, const std::string& text, int hour) const
  {
    ok(clone, {"note", "akta-kelahiran", text, "--by", "Joko", "--at", local_time(hour)});
  }

  // `sopctl check` in `clone` exits 0 with nothing on stdout.
  void check_valid(const fs::path& clone) const
  {
    auto check = sandbox.run_in(clone, {"check"});
    INFO("check in ", clone.string(), ": ", check.out);
    CHECK(check.exit_code == 0);
    CHECK(check.out == "");
    CHECK(sandbox.run_in(clone, {"verify"}).exit_code == 0);
  }

  Sandbox sandbox;
  fs::path a;
  fs::path b;
};

} // namespace

TEST_SUITE("git::merge")
{
  TEST_CASE("an advance in one clone and a note in the other merge through sync")
  {
    TwoClones o;
    o.ya(o.a, 6);
    CHECK(o.ok(o.a, {"sync"}) == "pulled nothing new\npushed 1 commit\n");
    o.note(o.b, "sudah dibaca", 7);
    auto pulled = o.ok(o.b, {"sync"});
    CHECK(pulled.starts_with("pulled 1 commit:\n  "));
    CHECK(
      pulled.ends_with(" advance akta-kelahiran: step 6 Ya by kabid (Rina)\npushed 1 commit\n"));
    CHECK(git_status(o.sandbox, o.b) == "");
    auto back = o.ok(o.a, {"sync"});
    CHECK(back.ends_with(" note akta-kelahiran: step 6 by Joko - sudah dibaca\nnothing to push\n"));

    CHECK(o.draft(o.a) == o.draft(o.b));
    auto text = o.draft(o.a);
    CHECK(contains(text, "    - event: completed\n      step: 6\n"));
    CHECK(contains(text, "note: sudah dibaca\n"));
    CHECK(line_of(text, "step: 6\n") < line_of(text, "note: sudah dibaca"));
    o.check_valid(o.a);
    o.check_valid(o.b);
  }

  TEST_CASE("several commits rebased over an earlier note stay in time order")
  {
    // sync replays b's two advances one by one over a's note.
    TwoClones o;
    o.note(o.a, "dibaca dulu", 6);
    o.ok(o.a, {"sync"});
    o.ya(o.b, 7);
    o.ok(
      o.b,
      {"advance", "akta-kelahiran", "--role", "sekretaris", "--by", "Budi", "--at", local_time(8)});
    o.ok(o.b, {"sync"});
    o.ok(o.a, {"sync"});
    CHECK(o.draft(o.a) == o.draft(o.b));
    auto text = o.draft(o.b);
    CHECK(line_of(text, "note: dibaca dulu") < line_of(text, "      step: 6\n      role: kabid"));
    o.check_valid(o.a);
    o.check_valid(o.b);
  }

  TEST_CASE("notes added in both clones merge through sync")
  {
    TwoClones o;
    o.note(o.a, "catatan a", 6);
    o.ok(o.a, {"sync"});
    o.note(o.b, "catatan b", 7);
    o.ok(o.b, {"sync"});
    o.ok(o.a, {"sync"});
    CHECK(o.draft(o.a) == o.draft(o.b));
    CHECK(contains(o.draft(o.a), "note: catatan a\n"));
    CHECK(contains(o.draft(o.a), "note: catatan b\n"));
    o.check_valid(o.a);
  }

  TEST_CASE("a plain git merge gives the same draft whichever clone merges")
  {
    TwoClones o;
    o.ya(o.a, 6);
    o.note(o.b, "sudah dibaca", 7);
    git_ok(o.sandbox, o.a, {"push", "--quiet", "origin", "HEAD:side-a"});
    git_ok(o.sandbox, o.b, {"push", "--quiet", "origin", "HEAD:side-b"});
    git_ok(o.sandbox, o.a, {"fetch", "--quiet"});
    git_ok(o.sandbox, o.b, {"fetch", "--quiet"});
    auto in_a = run_git(o.sandbox, o.a, {"merge", "--no-edit", "origin/side-b"});
    auto in_b = run_git(o.sandbox, o.b, {"merge", "--no-edit", "origin/side-a"});
    INFO("merge in a: ", in_a.out, in_a.err);
    INFO("merge in b: ", in_b.out, in_b.err);
    CHECK(in_a.exit_code == 0);
    CHECK(in_b.exit_code == 0);
    CHECK(o.draft(o.a) == o.draft(o.b));
    CHECK_FALSE(contains(o.draft(o.a), "<<<<<<<"));
    CHECK(contains(o.draft(o.a), "note: sudah dibaca\n"));
    o.check_valid(o.a);
    o.check_valid(o.b);
  }

  TEST_CASE("Ya against Tidak at one step stops sync with markers that check explains")
  {
    TwoClones o;
    o.ya(o.a, 6);
    o.ok(o.a, {"sync"});
    o.tidak(o.b, 7);
    auto sync = o.sandbox.run_in(o.b, {"sync"});
    CHECK(sync.exit_code == 1);
    CHECK(sync.out == "");
    // In a rebase, "ours" is the server's side.
    const std::string why =
      "two outcomes recorded for the draft: ours step 6 completed by Rina at " + stored_time(6) +
      ", theirs step 6 Tidak (rejected) by Rina at " + stored_time(7);
    CHECK(sync.err == "conflict in " + draft_path + ": " + why +
                        "\nkeep one side of each conflict (between the <<<<<<< and >>>>>>> "
                        "lines), check with: sopctl check; then: git add FILE && git rebase "
                        "--continue && sopctl sync\n");

    auto text = o.draft(o.b);
    auto check = o.sandbox.run_in(o.b, {"check"});
    CHECK(check.exit_code == 1);
    CHECK(check.out == draft_path + ":" + std::to_string(line_of(text, "<<<<<<< ours")) +
                         ":1: unresolved merge conflict: " + why +
                         "; keep the lines of one side (ours above =======, theirs below), "
                         "delete the <<<<<<<, ======= and >>>>>>> lines, then run sopctl check\n");
    // Both outcomes are in the file.
    CHECK(contains(text, "    - event: completed\n      step: 6\n"));
    CHECK(contains(text, "    - event: rejected\n      step: 6\n"));
  }

  TEST_CASE("a conflict resolved by keeping one side syncs to the same draft in both clones")
  {
    TwoClones o;
    o.ya(o.a, 6);
    o.ok(o.a, {"sync"});
    o.tidak(o.b, 7);
    CHECK(o.sandbox.run_in(o.b, {"sync"}).exit_code == 1);
    // Keep theirs (b's Tidak): drop the lines from <<<<<<< to =======.
    auto text = o.draft(o.b);
    auto start = text.find("<<<<<<< ours\n");
    auto middle = text.find("=======\n", start);
    auto end = text.find(">>>>>>> theirs\n", middle);
    REQUIRE(end != std::string::npos);
    text =
      text.substr(0, start) + text.substr(middle + 8, end - middle - 8) + text.substr(end + 15);
    write_bytes(o.b / draft_path, text);
    git_ok(o.sandbox, o.b, {"add", draft_path});
    git_ok(o.sandbox, o.b, {"-c", "core.editor=true", "rebase", "--continue"});
    o.ok(o.b, {"sync"});
    o.ok(o.a, {"sync"});
    CHECK(o.draft(o.a) == o.draft(o.b));
    CHECK(contains(o.draft(o.a), "      note: dasar hukum kurang\n"));
    o.check_valid(o.a);
  }

  TEST_CASE("a plain git merge of Ya against Tidak stops with the driver's explanation")
  {
    TwoClones o;
    o.ya(o.a, 6);
    o.ok(o.a, {"sync"});
    o.tidak(o.b, 7);
    git_ok(o.sandbox, o.b, {"fetch", "--quiet"});
    auto merge = run_git(o.sandbox, o.b, {"merge", "--no-edit", "origin/main"});
    CHECK(merge.exit_code == 1);
    CHECK(contains(merge.out, "CONFLICT (content): Merge conflict in " + draft_path));
    CHECK(contains(merge.err,
                   draft_path +
                     ": merge conflict: two outcomes recorded for the draft: "
                     "ours step 6 Tidak (rejected) by Rina at " +
                     stored_time(7) + ", theirs step 6 completed by Rina at " + stored_time(6) +
                     "\n"));
    CHECK(contains(o.draft(o.b), "<<<<<<< ours\n# sopctl: two outcomes recorded"));
  }

  TEST_CASE("the same draft started in two clones is reported as a conflict, not merged")
  {
    // Both clones ran `sopctl start "Pindah Datang"`: one file name, two
    // histories that cannot be one draft.
    TwoClones o;
    o.ok(o.a, {"start", "Pindah Datang", "--by", "Ani", "--at", local_time(6)});
    o.ok(o.a, {"sync"});
    o.ok(o.b, {"start", "Pindah Datang", "--by", "Budi", "--at", local_time(7)});
    auto sync = o.sandbox.run_in(o.b, {"sync"});
    INFO("sync: ", sync.out, sync.err);
    CHECK(sync.exit_code == 1);
    CHECK(sync.err.starts_with("conflict in sops/pindah-datang.yaml: "));
    // Whatever sync did, the server holds no draft started twice.
    o.ok(o.a, {"sync"});
    auto check = o.sandbox.run_in(o.a, {"check"});
    CHECK(check.out == "");
  }

  TEST_CASE("keeping one side of a conflict does not bring the other side back with a later commit")
  {
    // b recorded Tidak and then a note; a's Ya reached the server first.
    // Following sync's advice (keep one side, git add, rebase --continue)
    // must end in a valid draft holding one outcome.
    TwoClones o;
    o.ya(o.a, 6);
    o.ok(o.a, {"sync"});
    o.tidak(o.b, 7);
    o.note(o.b, "dikembalikan ke kasi", 8);
    CHECK(o.sandbox.run_in(o.b, {"sync"}).exit_code == 1);
    for (int round = 0; round < 5 && fs::exists(o.b / ".git" / "rebase-merge"); ++round) {
      auto text = o.draft(o.b);
      auto start = text.find("<<<<<<< ours\n");
      if (start != std::string::npos) { // keep ours: the server's Ya
        auto middle = text.find("=======\n", start);
        auto end = text.find(">>>>>>> theirs\n", middle);
        auto ours = text.substr(start, middle - start);
        ours = ours.substr(ours.find('\n', ours.find("# sopctl: ")) + 1);
        text = text.substr(0, start) + ours + text.substr(end + 15);
        write_bytes(o.b / draft_path, text);
      }
      git_ok(o.sandbox, o.b, {"add", draft_path});
      run_git(o.sandbox, o.b, {"-c", "core.editor=true", "rebase", "--continue"});
    }
    REQUIRE_FALSE(fs::exists(o.b / ".git" / "rebase-merge"));
    auto text = o.draft(o.b);
    CHECK(contains(text, "    - event: completed\n      step: 6\n"));
    CHECK_FALSE(contains(text, "    - event: rejected\n"));
    o.check_valid(o.b);
  }
}
