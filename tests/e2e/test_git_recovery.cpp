// The next command after an interrupted one (issue 10, section 5): an event
// saved but not committed is committed first, as its person; a hand edit is
// never swept into sopctl's commit; git's locks are named with how to clear
// them; waiting for another sopctl says so and gives up.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "seed_drafting.hpp"

#include <chrono>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace e2e;

namespace {

const std::string roster = "people:\n"
                           "  - name: Budi Santoso\n"
                           "    roles: [sekretaris]\n"
                           "    email: budi@sibolga.go.id\n"
                           "  - name: Rina Hutapea\n"
                           "    roles: [kabid]\n"
                           "    email: rina@sibolga.go.id\n"
                           "  - name: Sari Lubis\n"
                           "    roles: [staf, kasi]\n"
                           "    email: sari@sibolga.go.id\n";

const Env budi = identity_env("Budi Santoso", "budi@sibolga.go.id");
const Env rina = identity_env("Rina Hutapea", "rina@sibolga.go.id");
const Env sari = identity_env("Sari Lubis", "sari@sibolga.go.id");

// A git repository with the roster and a draft `uji` just started.
struct RecoveryRepo
{
  Sandbox sandbox;
  std::string id = "uji";

  RecoveryRepo()
  {
    git_init(sandbox, sandbox.repo(), "Admin", "admin@sibolga.go.id");
    sandbox.init();
    auto config = sandbox.repo() / "sopctl.yaml";
    write_bytes(config, replace_once(read_bytes(config), "people: []\n", roster));
    git_ok(sandbox, sandbox.repo(), {"commit", "--quiet", "-am", "roster"});
    sopctl_ok(sandbox, sandbox.repo(), {"start", "Uji", "--id", id}, budi);
  }

  // "author email | subject" of the newest `n` commits, newest first.
  std::string last_commits(int n) const
  {
    return git_ok(sandbox, sandbox.repo(), {"log", "-" + std::to_string(n), "--format=%ae | %s"});
  }

  // Makes git refuse every commit until the hook is removed.
  void refuse_commits() const
  {
    write_script(sandbox.repo() / ".git" / "hooks" / "pre-commit", "exit 1\n");
  }
  void allow_commits() const { fs::remove(sandbox.repo() / ".git" / "hooks" / "pre-commit"); }
};

} // namespace

TEST_SUITE("e2e: git recovery")
{
  TEST_CASE("an event saved but not committed is committed first, as its person, then the next")
  {
    RecoveryRepo r;
    r.refuse_commits();
    auto refused = r.sandbox.run({"note", r.id, "catatan Budi"}, budi);
    CHECK(refused.exit_code == 1);
    r.allow_commits();

    auto next = r.sandbox.run({"note", r.id, "catatan Sari"}, sari);
    CHECK(next.exit_code == 0);
    CHECK(next.err == "sops/uji.yaml: committed what an interrupted sopctl saved but did not "
                      "commit: uji: note at step 1 by Budi Santoso\n");
    CHECK(r.last_commits(2) == "sari@sibolga.go.id | note uji: step 1 by Sari Lubis - catatan "
                               "Sari\n"
                               "budi@sibolga.go.id | recovered after an interrupted sopctl: uji: "
                               "note at step 1 by Budi Santoso\n");
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == "");
    CHECK(r.sandbox.run({"verify", "--git"}).exit_code == 0);
  }

  TEST_CASE("uncommitted events of several people get a commit each, in order")
  {
    RecoveryRepo r;
    auto config = r.sandbox.repo() / "sopctl.yaml";
    auto with_commits = read_bytes(config);
    write_bytes(config, replace_once(with_commits, "\n  commit: auto\n", "\n  commit: off\n"));
    sopctl_ok(r.sandbox, r.sandbox.repo(), {"advance", r.id, "--role", "sekretaris"}, budi);
    sopctl_ok(r.sandbox, r.sandbox.repo(), {"note", r.id, "dari Rina"}, rina);
    sopctl_ok(r.sandbox, r.sandbox.repo(), {"advance", r.id, "--role", "staf"}, sari);
    write_bytes(config, with_commits);

    auto next = r.sandbox.run({"note", r.id, "dari Budi"}, budi);
    CHECK(next.exit_code == 0);
    CHECK(r.last_commits(4) ==
          "budi@sibolga.go.id | note uji: step 3 by Budi Santoso - dari Budi\n"
          "sari@sibolga.go.id | recovered after an interrupted sopctl: uji: step 2 completed by "
          "Sari Lubis (staf)\n"
          "rina@sibolga.go.id | recovered after an interrupted sopctl: uji: note at step 2 by "
          "Rina Hutapea\n"
          "budi@sibolga.go.id | recovered after an interrupted sopctl: uji: step 1 completed by "
          "Budi Santoso (sekretaris)\n");
    // Each commit holds exactly its own event: the file at each is the
    // previous one plus that event.
    CHECK(git_ok(r.sandbox, r.sandbox.repo(), {"diff", "--stat", "HEAD~3", "HEAD~2"}) != "");
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == "");
    CHECK(r.sandbox.run({"verify", "--git"}).exit_code == 0);
    CHECK(r.sandbox.run({"check"}).exit_code == 0);
  }

  TEST_CASE("when git refuses a later recovery, the message names the ones already committed")
  {
    RecoveryRepo r;
    auto config = r.sandbox.repo() / "sopctl.yaml";
    auto with_commits = read_bytes(config);
    write_bytes(config, replace_once(with_commits, "\n  commit: auto\n", "\n  commit: off\n"));
    sopctl_ok(r.sandbox, r.sandbox.repo(), {"advance", r.id, "--role", "sekretaris"}, budi);
    sopctl_ok(r.sandbox, r.sandbox.repo(), {"note", r.id, "dari Rina"}, rina);
    write_bytes(config, with_commits);
    // git takes the first commit and refuses the next.
    write_script(r.sandbox.repo() / ".git" / "hooks" / "pre-commit",
                 "n=$(cat .git/commits-seen 2>/dev/null || echo 0)\n"
                 "echo $((n + 1)) > .git/commits-seen\n"
                 "[ \"$n\" -lt 1 ]\n");
    auto draft = r.sandbox.repo() / "sops" / "uji.yaml";
    auto before = read_bytes(draft);

    auto next = r.sandbox.run({"note", r.id, "dari Budi"}, budi);
    CHECK(next.exit_code == 1);
    CHECK(next.err.find("sops/uji.yaml: holds a change an interrupted sopctl saved but did not "
                        "commit (uji: note at step 2 by Rina Hutapea), and git did not commit "
                        "it now") != std::string::npos);
    CHECK(next.err.find("nothing new was written; before it, 1 recovered change was committed "
                        "(uji: step 1 completed by Budi Santoso (sekretaris); see git log -1); "
                        "commit it yourself (git commit sops/uji.yaml), then run the command "
                        "again") != std::string::npos);
    CHECK(read_bytes(draft) == before);
    CHECK(r.last_commits(1) == "budi@sibolga.go.id | recovered after an interrupted sopctl: uji: "
                               "step 1 completed by Budi Santoso (sekretaris)\n");
  }

  TEST_CASE("a new draft whose start was not committed is committed by the next command")
  {
    RecoveryRepo r;
    r.refuse_commits();
    CHECK(r.sandbox.run({"start", "Kedua", "--id", "kedua"}, rina).exit_code == 1);
    r.allow_commits();
    auto next = r.sandbox.run({"note", r.id, "lanjut"}, budi);
    CHECK(next.exit_code == 0);
    CHECK(r.last_commits(2) == "budi@sibolga.go.id | note uji: step 1 by Budi Santoso - lanjut\n"
                               "rina@sibolga.go.id | recovered after an interrupted sopctl: "
                               "kedua: started by Rina Hutapea\n");
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == "");
  }

  TEST_CASE("a hand edit of the draft is refused, not swept into sopctl's commit")
  {
    RecoveryRepo r;
    auto path = r.sandbox.draft(r.id);
    write_bytes(path, replace_once(read_bytes(path), "name: Uji\n", "name: Uji Tangan\n"));
    auto before = read_bytes(path);
    auto refused = r.sandbox.run({"note", r.id, "catatan"}, budi);
    CHECK(refused.exit_code == 1);
    CHECK(refused.out == "");
    CHECK(refused.err ==
          "sops/uji.yaml: has changes that are not committed and that sopctl did not make (see "
          "git diff HEAD -- sops/uji.yaml); sopctl would commit them as part of its own change, "
          "so it wrote nothing: commit them first (git commit sops/uji.yaml) or set them aside "
          "(git stash push -- sops/uji.yaml), then run the command again\n");
    CHECK(read_bytes(path) == before);
    CHECK(r.last_commits(1) == "budi@sibolga.go.id | start uji: Uji (by Budi Santoso)\n");
  }

  TEST_CASE("a hand edit of another draft stays out of the commit, and so does staged work")
  {
    RecoveryRepo r;
    sopctl_ok(r.sandbox, r.sandbox.repo(), {"start", "Lain", "--id", "lain"}, budi);
    auto other = r.sandbox.draft("lain");
    write_bytes(other, replace_once(read_bytes(other), "name: Lain\n", "name: Lain Sekali\n"));
    write_bytes(r.sandbox.repo() / "catatan.txt", "bukan urusan sopctl\n");
    git_ok(r.sandbox, r.sandbox.repo(), {"add", "catatan.txt"});
    sopctl_ok(r.sandbox, r.sandbox.repo(), {"note", r.id, "catatan"}, budi);
    CHECK(files_of_head(r.sandbox, r.sandbox.repo()) == "sops/uji.yaml\n");
    CHECK(git_status(r.sandbox, r.sandbox.repo()) == "A  catatan.txt\n M sops/lain.yaml\n");
  }

  TEST_CASE("a stale index.lock is named with how to clear it, and nothing is written")
  {
    RecoveryRepo r;
    write_bytes(r.sandbox.repo() / ".git" / "index.lock", "");
    auto before = read_bytes(r.sandbox.draft(r.id));
    auto refused = r.sandbox.run({"note", r.id, "catatan"}, budi);
    CHECK(refused.exit_code == 1);
    CHECK(contains(refused.err,
                   "git's lock .git/index.lock is in the way: no process has it "
                   "open, but it is only "));
    CHECK(contains(refused.err,
                   "remove it (rm .git/index.lock)\nnothing was written; run the "
                   "command again once the lock is gone\n"));
    CHECK(read_bytes(r.sandbox.draft(r.id)) == before);
    CHECK(fs::exists(r.sandbox.repo() / ".git" / "index.lock")); // never removed by sopctl
  }

  TEST_CASE("an index.lock a running process holds open is not called stale")
  {
    RecoveryRepo r;
    auto lock = r.sandbox.repo() / ".git" / "index.lock";
    int fd = ::open(lock.c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
    REQUIRE(fd >= 0);
    auto refused = r.sandbox.run({"note", r.id, "catatan"}, budi);
    ::close(fd);
    CHECK(refused.exit_code == 1);
    CHECK(contains(refused.err,
                   "git's lock .git/index.lock is held by a running process (pid " +
                     std::to_string(::getpid())));
    CHECK(contains(refused.err, "let it finish (do not remove the lock while it runs)"));
    CHECK_FALSE(contains(refused.err, "rm "));
    CHECK(fs::exists(lock));
  }

  TEST_CASE("waiting for another sopctl's lock says so after a second, then gives up")
  {
    RecoveryRepo r;
    auto before = read_bytes(r.sandbox.draft(r.id));
    // This process stands in for another sopctl holding the lock on sops/.
    int fd = ::open((r.sandbox.repo() / "sops").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    REQUIRE(::flock(fd, LOCK_EX) == 0);
    auto begun = std::chrono::steady_clock::now();
    Env env = budi;
    env.emplace_back("SOPCTL_LOCK_TIMEOUT", "2");
    auto refused = r.sandbox.run({"note", r.id, "catatan"}, env);
    auto waited = std::chrono::steady_clock::now() - begun;
    ::close(fd);
    auto holder = "pid " + std::to_string(::getpid()) + " (e2e_tests)";
    CHECK(refused.exit_code == 1);
    CHECK(refused.err == "waiting for another sopctl: it holds the lock on sops (" + holder +
                           "); giving up after 2 s\n"
                           "sops: another sopctl still holds the lock on it (" +
                           holder +
                           " holds the lock) after 2 s of waiting; nothing was written: try "
                           "again when it has finished (to wait longer, set SOPCTL_LOCK_TIMEOUT "
                           "to a number of seconds)\n");
    CHECK(waited >= std::chrono::seconds(2));
    CHECK(waited < std::chrono::seconds(10));
    CHECK(read_bytes(r.sandbox.draft(r.id)) == before);
  }

  TEST_CASE("a lock timeout that is not a number of seconds is a usage error")
  {
    RecoveryRepo r;
    Env env = budi;
    env.emplace_back("SOPCTL_LOCK_TIMEOUT", "lama");
    auto refused = r.sandbox.run({"note", r.id, "catatan"}, env);
    CHECK(refused.exit_code == 2);
    CHECK(contains(refused.err, "SOPCTL_LOCK_TIMEOUT=\"lama\" is not a number of seconds"));
  }
}
