// The events of an SOP's life in force in git (issue 13, section 4):
// adopted, monitored, evaluated and revoked events, each committed on its
// own, merge through sopctl's merge driver without conflict when two clones
// record different SOPs, different events of one SOP (in time order), or
// each begin the record of an SOP signed on paper that had none; two
// revocations are a conflict saying so. `verify --git` names a monitoring
// edited or a revocation removed after its commit. monitor, evaluate and
// revoke are written in parallel: their events are written here with
// lifecycle_events.hpp and committed with git as a clone would.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "lifecycle_events.hpp"
#include "seed_drafting.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

fs::path real_fixture(const std::string& name)
{
  return fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "real" / (name + ".yaml");
}

// The environment of a commit made at `iso` (git's dates, SOPCTL_NOW).
Env at_time(const std::string& iso)
{
  return {{"SOPCTL_NOW", iso}, {"GIT_AUTHOR_DATE", iso}, {"GIT_COMMITTER_DATE", iso}};
}

// Writes `event` into sops/<id>.yaml of `clone` and commits it alone, as
// the coming commands will.
void record(const Sandbox& sandbox,
            const fs::path& clone,
            const std::string& id,
            const LifecycleEvent& event)
{
  append_lifecycle_event(clone / "sops" / (id + ".yaml"), event);
  git_ok(sandbox,
         clone,
         {"commit",
          "--quiet",
          "-m",
          event.kind + " " + id + " (by " + event.by + ")",
          "--",
          "sops/" + id + ".yaml"},
         at_time(event.at));
}

// A server with the seed adopted as `sop-7` and a real SOP signed on paper
// committed without a record as `cuti` (it has its approval date), and
// clones a/ (Ani) and b/ (Budi) of it.
struct TwoClones
{
  TwoClones()
  {
    make_server(sandbox);
    write_bytes(sandbox.repo() / "arsip" / "sop-7.yaml", read_bytes(seed_source_path()));
    sopctl_ok(sandbox,
              sandbox.repo(),
              {"adopt", "arsip/sop-7.yaml", "--by", "Admin"},
              at_time(stored_time(0)));
    write_bytes(sandbox.draft("cuti"), read_bytes(real_fixture("luwu-timur-malili-cuti-tahunan")));
    git_ok(sandbox, sandbox.repo(), {"add", "sops/cuti.yaml"});
    git_ok(sandbox, sandbox.repo(), {"commit", "--quiet", "-m", "SOP cuti (kertas)"});
    git_ok(sandbox, sandbox.repo(), {"push", "--quiet"});
    a = make_clone(sandbox, "a", "Ani", "ani@sibolga.go.id");
    b = make_clone(sandbox, "b", "Budi", "budi@sibolga.go.id");
  }

  std::string text(const fs::path& clone, const std::string& id) const
  {
    return read_bytes(clone / "sops" / (id + ".yaml"));
  }

  std::string sync(const fs::path& clone) const { return sopctl_ok(sandbox, clone, {"sync"}); }

  // Both clones synced both ways hold the same files, which check and
  // verify clean.
  void settle() const
  {
    sync(a);
    sync(b);
    sync(a);
    CHECK(differences(snapshot(a / "sops"), snapshot(b / "sops")) == "");
    for (const auto& clone : {a, b}) {
      INFO("clone ", clone.filename().string());
      CHECK(git_status(sandbox, clone) == "");
      auto check = sandbox.run_in(clone, {"check"});
      CHECK(check.out == "");
      CHECK(check.exit_code == 0);
      auto verify = sandbox.run_in(clone, {"verify"});
      CHECK(verify.out.ends_with(": the history is intact\n"));
      CHECK(verify.exit_code == 0);
    }
  }

  Sandbox sandbox;
  fs::path a;
  fs::path b;
};

LifecycleEvent evaluation(const std::string& by, const std::string& at)
{
  return {"evaluated",
          by,
          at,
          "sekretaris",
          "Sesuai kriteria",
          "baik",
          "",
          "",
          {{"kriteria.1", "ya"}, {"kriteria.2", "ya"}, {"kriteria.3", "tidak"}}};
}

} // namespace

TEST_SUITE("git::lifecycle")
{
  TEST_CASE("adoptions and monitorings of different SOPs in two clones merge without conflict")
  {
    TwoClones o;
    write_bytes(o.sandbox.root() / "arsip" / "poso.yaml",
                replace_once(read_bytes(real_fixture("poso-akta-kelahiran")),
                             "  approved: \"\"\n",
                             "  approved: \"2019-03-04\"\n"));
    sopctl_ok(o.sandbox,
              o.a,
              {"adopt", (o.sandbox.root() / "arsip" / "poso.yaml").string(), "--by", "Ani"},
              at_time(stored_time(1)));
    record(o.sandbox, o.b, "sop-7", monitoring("Budi", stored_time(2)));
    o.sync(o.a);
    auto pulled = o.sync(o.b);
    CHECK(contains(pulled, " adopt poso: Penerbitan Akta Kelahiran (by Ani)\n"));
    o.settle();
    CHECK(contains(o.text(o.a, "sop-7"), "    - event: monitored\n"));
    CHECK(contains(o.text(o.a, "poso"), "    - event: adopted\n      by: Ani\n"));
  }

  TEST_CASE("different events of one SOP recorded in two clones merge in time order")
  {
    TwoClones o;
    record(o.sandbox, o.a, "sop-7", monitoring("Ani", stored_time(2)));
    record(o.sandbox, o.b, "sop-7", evaluation("Budi", stored_time(1)));
    record(o.sandbox, o.b, "sop-7", monitoring("Budi", stored_time(3)));
    o.sync(o.a);
    o.sync(o.b); // rebased: b's evaluation went in before a's monitoring
    o.settle();
    auto text = o.text(o.a, "sop-7");
    auto evaluated = line_of(text, "- event: evaluated");
    auto first = line_of(text, "      by: Ani\n");
    auto second = line_of(text, "      by: Budi\n      at: \"" + stored_time(3));
    CHECK(evaluated > 0);
    CHECK(evaluated < first);
    CHECK(first < second);
    CHECK(contains(text, "      set:\n        kriteria.1: ya\n"));
  }

  TEST_CASE("a plain git merge of one SOP's events gives the same file whichever clone merges")
  {
    TwoClones o;
    record(o.sandbox, o.a, "sop-7", monitoring("Ani", stored_time(2)));
    record(o.sandbox, o.b, "sop-7", revocation("Budi", stored_time(3)));
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
    CHECK(o.text(o.a, "sop-7") == o.text(o.b, "sop-7"));
    CHECK(line_of(o.text(o.a, "sop-7"), "- event: monitored") <
          line_of(o.text(o.a, "sop-7"), "- event: revoked"));
    CHECK(o.sandbox.run_in(o.a, {"check"}).exit_code == 0);
    CHECK(o.sandbox.run_in(o.a, {"verify"}).exit_code == 0);
  }

  TEST_CASE("both clones beginning the record of an SOP signed on paper merge into one record")
  {
    TwoClones o;
    auto paper = o.text(o.a, "cuti");
    record(o.sandbox, o.a, "cuti", monitoring("Ani", stored_time(2)));
    record(o.sandbox, o.b, "cuti", evaluation("Budi", stored_time(1)));
    o.settle();
    auto text = o.text(o.a, "cuti");
    // The text as written, then one record holding both events in time
    // order, each the first of its clone's chain.
    CHECK(text.starts_with(paper));
    CHECK(line_of(text, "drafting:") == line_count(paper) + 4); // a blank line, two comment lines
    CHECK(line_of(text, "- event: evaluated") < line_of(text, "- event: monitored"));
    CHECK_FALSE(contains(text, "prev:"));
    CHECK_FALSE(contains(text, "procedure:"));
    // A later event chains onto the merged record.
    record(o.sandbox, o.a, "cuti", monitoring("Ani", stored_time(4)));
    CHECK(contains(o.text(o.a, "cuti"), "      prev: "));
    o.settle();
  }

  TEST_CASE("two revocations of one SOP are a conflict that says so")
  {
    TwoClones o;
    record(o.sandbox, o.a, "sop-7", revocation("Ani", stored_time(2)));
    o.sync(o.a);
    record(o.sandbox, o.b, "sop-7", revocation("Budi", stored_time(3)));
    auto sync = o.sandbox.run_in(o.b, {"sync"});
    CHECK(sync.exit_code == 1);
    // In a rebase, "ours" is the server's side.
    const std::string why = "two revocations recorded for the SOP: ours revoked by Ani at " +
                            stored_time(2) + ", theirs revoked by Budi at " + stored_time(3) +
                            "; keep one";
    CHECK(sync.err.starts_with("conflict in sops/sop-7.yaml: " + why + "\n"));
    auto check = o.sandbox.run_in(o.b, {"check"});
    CHECK(check.exit_code == 1);
    CHECK(contains(check.out, ":1: unresolved merge conflict: " + why + ";"));
  }

  TEST_CASE("a monitoring recorded after the other clone's revocation is a conflict")
  {
    TwoClones o;
    record(o.sandbox, o.a, "cuti", revocation("Ani", stored_time(2)));
    o.sync(o.a);
    record(o.sandbox, o.b, "cuti", monitoring("Budi", stored_time(3)));
    auto sync = o.sandbox.run_in(o.b, {"sync"});
    CHECK(sync.exit_code == 1);
    CHECK(sync.err.starts_with(
      "conflict in sops/cuti.yaml: the merged events do not make one record of the SOP signed "
      "on paper (this \"monitored\" event comes after the SOP was revoked); merge them by "
      "hand\n"));
  }
}

namespace {

// One repository with a roster: Amarullah (kadis, the signing role),
// Budi (sekretaris, who monitors) and Joko (staf). The seed adopted by Budi,
// monitored by Budi, revoked by Amarullah, each committed by its person.
struct Forgery
{
  Forgery()
  {
    git_init(sandbox, sandbox.repo(), "Amarullah Gultom", "amarullah@sibolga.go.id");
    sandbox.init();
    auto config = sandbox.repo() / "sopctl.yaml";
    write_bytes(config,
                replace_once(read_bytes(config),
                             "people: []\n",
                             "people:\n"
                             "  - name: Amarullah Gultom\n"
                             "    roles: [kadis]\n"
                             "    email: amarullah@sibolga.go.id\n"
                             "  - name: Budi Santoso\n"
                             "    roles: [sekretaris]\n"
                             "    email: budi@sibolga.go.id\n"
                             "  - name: Joko Purnomo\n"
                             "    roles: [staf]\n"
                             "    email: joko@sibolga.go.id\n"));
    git_ok(
      sandbox, sandbox.repo(), {"commit", "--quiet", "-am", "roster"}, at_time(stored_time(0)));
    become("Budi Santoso", "budi");
    write_bytes(sandbox.root() / "arsip" / "sop-7.yaml", read_bytes(seed_source_path()));
    sopctl_ok(sandbox,
              sandbox.repo(),
              {"adopt", (sandbox.root() / "arsip" / "sop-7.yaml").string()},
              at_time(stored_time(0)));
    record(sandbox, sandbox.repo(), id, monitoring("Budi Santoso", stored_time(1)));
    monitored = commit();
    become("Amarullah Gultom", "amarullah");
    record(sandbox, sandbox.repo(), id, revocation("Amarullah Gultom", stored_time(2)));
    revoked = commit();
  }

  void become(const std::string& name, const std::string& handle) const
  {
    set_identity(sandbox, sandbox.repo(), name, handle + "@sibolga.go.id");
  }
  std::string commit() const
  {
    return git_ok(sandbox, sandbox.repo(), {"rev-parse", "HEAD"}).substr(0, 10);
  }
  std::string text() const { return read_bytes(sandbox.draft(id)); }
  Result verify() const { return sandbox.run({"verify", "--git"}); }
  // The place of the `n`th event of the file.
  std::string where(int n) const
  {
    auto text = this->text();
    size_t at = 0;
    for (int i = 0; i < n; ++i) {
      at = text.find("    - event: ", at + 1);
    }
    return "sops/" + id + ".yaml:" + std::to_string(line_count(text.substr(0, at + 1))) + ":7";
  }

  Sandbox sandbox;
  std::string id = "sop-7";
  std::string monitored;
  std::string revoked;
};

} // namespace

TEST_SUITE("git::lifecycle forgery")
{
  TEST_CASE("adopted, monitored and revoked events each committed by their person pass")
  {
    Forgery f;
    auto result = f.verify();
    CHECK(result.err == "");
    CHECK(result.out == "1 SOP signed on paper, 3 events: the history is intact and every event "
                        "was committed by its own person, holding its role\n");
  }

  TEST_CASE("a monitoring's note edited by hand breaks its hash, in verify and verify --git")
  {
    Forgery f;
    f.become("Joko Purnomo", "joko");
    write_bytes(f.sandbox.draft(f.id),
                replace_once(f.text(), "note: Berjalan sesuai SOP", "note: Tidak berjalan"));
    git_ok(
      f.sandbox, f.sandbox.repo(), {"commit", "--quiet", "-am", "ubah"}, at_time(stored_time(3)));
    const auto broken = f.where(2) +
                        ": event 2 (monitored) was changed after it was recorded: its hash does "
                        "not match its fields\n";
    auto plain = f.sandbox.run({"verify"});
    CHECK(plain.exit_code == 1);
    CHECK(plain.out == broken);
    auto result = f.verify();
    CHECK(result.exit_code == 1);
    CHECK(result.out == broken);
  }

  TEST_CASE("a revocation's decree changed and re-hashed is named with both commits")
  {
    Forgery f;
    // Joko writes the revocation again with another decree, sealed by
    // sopctl's own rule, so the chain alone holds.
    f.become("Joko Purnomo", "joko");
    write_bytes(f.sandbox.draft(f.id),
                git_ok(f.sandbox, f.sandbox.repo(), {"show", "HEAD~1:sops/" + f.id + ".yaml"}));
    auto forged = revocation("Amarullah Gultom", stored_time(2));
    forged.ref = "Keputusan Kepala Dinas Nomor 9 Tahun 2027";
    append_lifecycle_event(f.sandbox.draft(f.id), forged);
    git_ok(
      f.sandbox, f.sandbox.repo(), {"commit", "--quiet", "-am", "ubah"}, at_time(stored_time(3)));
    CHECK(f.sandbox.run({"verify"}).exit_code == 0);
    auto result = f.verify();
    CHECK(result.exit_code == 1);
    CHECK(result.out == f.where(3) + ": event 3 (revoked as kadis), committed in " + f.revoked +
                          ", was changed in " + f.commit() +
                          " by Joko Purnomo <joko@sibolga.go.id> (ref, hash changed)\n" +
                          f.where(3) + ": event 3 (revoked as kadis) was committed in " +
                          f.commit() +
                          " by Joko Purnomo <joko@sibolga.go.id>, but the event names Amarullah "
                          "Gultom as who did it\n");
  }

  TEST_CASE("a revocation removed and committed is named with both commits")
  {
    Forgery f;
    f.become("Joko Purnomo", "joko");
    auto text = f.text();
    write_bytes(f.sandbox.draft(f.id), text.substr(0, text.rfind("    - event: revoked")));
    git_ok(f.sandbox,
           f.sandbox.repo(),
           {"commit", "--quiet", "-am", "tidak dicabut"},
           at_time(stored_time(3)));
    CHECK(f.sandbox.run({"verify"}).exit_code == 0); // the chain alone cannot tell
    auto result = f.verify();
    CHECK(result.exit_code == 1);
    CHECK(result.out == "sops/sop-7.yaml: event 3 (revoked as kadis) by Amarullah Gultom at " +
                          stored_time(2) + ", committed in " + f.revoked + ", was removed in " +
                          f.commit() + " by Joko Purnomo <joko@sibolga.go.id>\n");
  }

  TEST_CASE("a monitoring recorded by someone without the role, or in another's name, is named")
  {
    Forgery f;
    f.become("Joko Purnomo", "joko");
    record(f.sandbox, f.sandbox.repo(), f.id, monitoring("Joko Purnomo", stored_time(3)));
    auto result = f.verify();
    CHECK(result.exit_code == 1);
    CHECK(result.out == f.where(4) + ": event 4 (monitored as sekretaris) was committed in " +
                          f.commit() +
                          " by Joko Purnomo <joko@sibolga.go.id>, who does not hold the role "
                          "sekretaris\n");
    git_ok(f.sandbox, f.sandbox.repo(), {"reset", "--quiet", "--hard", "HEAD~1"});
    record(f.sandbox, f.sandbox.repo(), f.id, monitoring("Budi Santoso", stored_time(3)));
    CHECK(f.verify().out == f.where(4) + ": event 4 (monitored as sekretaris) was committed in " +
                              f.commit() +
                              " by Joko Purnomo <joko@sibolga.go.id>, but the event names Budi "
                              "Santoso as who did it\n");
  }
}
