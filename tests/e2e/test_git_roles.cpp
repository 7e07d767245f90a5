// Who may act as which role (issue 5 and issue 10, section 3): with
// `people` in sopctl.yaml, the acting person is git's user.email, --by may
// only name them, and `advance --role R` is refused unless they hold R; the
// event records the person's roster name.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "seed_drafting.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace e2e;

namespace {

const std::string roster = "people:\n"
                           "  - name: Budi Santoso\n"
                           "    nip: \"19700101 199001 1 001\"\n"
                           "    roles: [sekretaris]\n"
                           "    email: budi@sibolga.go.id\n"
                           "  - name: Rina Hutapea\n"
                           "    nip: \"19800101 200501 2 003\"\n"
                           "    rank: Pembina\n"
                           "    position: Kabid PIAK\n"
                           "    roles: [kabid]\n"
                           "    email: rina@sibolga.go.id\n"
                           "  - name: Joko Purnomo\n"
                           "    nip: \"19851212 201001 1 010\"\n"
                           "    roles: [kasi, staf]\n"
                           "    email: joko@sibolga.go.id\n";

// A git repository whose draft akta-kelahiran has step 6 (kabid) active,
// and whose sopctl.yaml then got the roster (committed).
struct RosterRepo
{
  RosterRepo()
  {
    git_init(sandbox, sandbox.repo(), "Admin", "admin@sibolga.go.id");
    sandbox.init();
    start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, id, 6);
    auto config = sandbox.repo() / "sopctl.yaml";
    write_bytes(config, replace_once(read_bytes(config), "people: []\n", roster));
    git_ok(sandbox, sandbox.repo(), {"commit", "--quiet", "-am", "roster"});
  }

  std::vector<std::string> kabid(const std::vector<std::string>& who) const
  {
    std::vector<std::string> args = {"advance", id, "--role", "kabid", "--at", local_time(6)};
    args.insert(args.end(), who.begin(), who.end());
    if (std::find(who.begin(), who.end(), "--reject") == who.end()) {
      args.push_back("--yes"); // step 6 is a decision
    }
    return args;
  }

  // Makes `name <email>` the git identity of the repository.
  void as(const std::string& name, const std::string& email) const
  {
    set_identity(sandbox, sandbox.repo(), name, email);
  }

  // The last event's `by:` line.
  std::string last_by() const
  {
    auto text = read_bytes(sandbox.draft(id));
    auto at = text.rfind("      by: ");
    return text.substr(at + 10, text.find('\n', at) - at - 10);
  }

  Sandbox sandbox;
  std::string id = "akta-kelahiran";
};

} // namespace

TEST_SUITE("git::roles")
{
  TEST_CASE("a person not holding the role is refused, the holders named, the draft unchanged")
  {
    RosterRepo r;
    r.as("Joko Purnomo", "joko@sibolga.go.id");
    CHECK(expect_refused(r.sandbox, r.kabid({})) ==
          "sops/akta-kelahiran.yaml: Joko Purnomo does not hold the role kabid; it is held by: "
          "Rina Hutapea\n");
    r.as("Budi", "budi@sibolga.go.id");
    CHECK(expect_refused(r.sandbox, r.kabid({"--by", "19700101 199001 1 001"})) ==
          "sops/akta-kelahiran.yaml: Budi Santoso does not hold the role kabid; it is held by: "
          "Rina Hutapea\n");
  }

  TEST_CASE("--by naming another person than the git identity is refused, for advance and note")
  {
    RosterRepo r;
    r.as("Rina", "rina@sibolga.go.id");
    auto refusal = "sops/akta-kelahiran.yaml: --by \"Joko Purnomo\" is not you: with a roster in "
                   "sopctl.yaml the acting person is git's user.email (rina@sibolga.go.id, Rina "
                   "Hutapea); leave --by out or give your own name\n";
    CHECK(expect_refused(r.sandbox, r.kabid({"--by", "Joko Purnomo"})) == refusal);
    CHECK(expect_refused(
            r.sandbox, {"note", r.id, "catatan", "--by", "Joko Purnomo", "--at", local_time(6)}) ==
          refusal);
    // Someone the roster does not know is no more the acting person.
    CHECK(contains(expect_refused(r.sandbox, r.kabid({"--by", "Rina"})), "\"Rina\" is not you"));
  }

  TEST_CASE("a git identity off the roster is refused with the list of people")
  {
    RosterRepo r;
    r.as("Rina", "rina@example.com");
    CHECK(expect_refused(r.sandbox, r.kabid({"--by", "Rina Hutapea"})) ==
          "sops/akta-kelahiran.yaml: \"rina@example.com\" is not in sopctl.yaml's people (matched "
          "by name, NIP or email), so may not act; the people are: Budi Santoso, Rina Hutapea, "
          "Joko Purnomo\n");
  }

  TEST_CASE("the git identity acts, named by --by or not, and the event and commit carry the "
            "roster name")
  {
    RosterRepo r;
    r.as("rina", "rina@sibolga.go.id");
    auto out = sopctl_ok(r.sandbox, r.sandbox.repo(), r.kabid({"--by", "rina hutapea"}));
    CHECK(out.starts_with("akta-kelahiran: step 6 done by Rina Hutapea; step 7 is now active: "));
    CHECK(r.last_by() == "Rina Hutapea");
    CHECK(commit_subjects(r.sandbox, r.sandbox.repo()).front() ==
          "advance akta-kelahiran: step 6 Ya by kabid (Rina Hutapea)");
  }

  TEST_CASE("--by may name oneself by NIP, with or without its spaces")
  {
    RosterRepo r;
    r.as("rina", "rina@sibolga.go.id");
    sopctl_ok(r.sandbox, r.sandbox.repo(), r.kabid({"--by", "198001012005012003"}));
    CHECK(r.last_by() == "Rina Hutapea");
    r.as("budi", "budi@sibolga.go.id");
    sopctl_ok(r.sandbox,
              r.sandbox.repo(),
              {"advance",
               r.id,
               "--role",
               "sekretaris",
               "--by",
               "19700101 199001 1 001",
               "--at",
               local_time(7)});
    CHECK(r.last_by() == "Budi Santoso");
  }

  TEST_CASE("without --by the git user.email names the acting person")
  {
    RosterRepo r;
    r.as("rina", "Rina@Sibolga.go.id");
    sopctl_ok(r.sandbox, r.sandbox.repo(), r.kabid({}));
    CHECK(r.last_by() == "Rina Hutapea");
  }

  TEST_CASE("without --by a git user.email off the roster is refused")
  {
    RosterRepo r;
    CHECK(expect_refused(r.sandbox, r.kabid({})) ==
          "sops/akta-kelahiran.yaml: \"admin@sibolga.go.id\" is not in sopctl.yaml's people "
          "(matched by name, NIP or email), so may not act; the people are: Budi Santoso, Rina "
          "Hutapea, Joko Purnomo\n");
  }

  TEST_CASE("in a git work tree without a git user.email, the usage says to set it")
  {
    RosterRepo r;
    git_ok(r.sandbox, r.sandbox.repo(), {"config", "--unset", "user.email"});
    auto refusal = "sopctl.yaml has a roster of people, and the acting person is your git "
                   "identity: set git config user.email to yours\n";
    CHECK(expect_usage_error(r.sandbox, r.kabid({})) == refusal);
    CHECK(expect_usage_error(r.sandbox, r.kabid({"--by", "Rina Hutapea"})) == refusal);
  }

  TEST_CASE("a rejection needs the role too")
  {
    RosterRepo r;
    r.as("Joko", "joko@sibolga.go.id");
    CHECK(contains(expect_refused(r.sandbox, r.kabid({"--reject", "--note", "kurang"})),
                   "Joko Purnomo does not hold the role kabid"));
  }

  TEST_CASE("the wrong role for the step is named before who may hold it")
  {
    RosterRepo r;
    r.as("Joko", "joko@sibolga.go.id");
    auto err =
      expect_refused(r.sandbox, {"advance", r.id, "--role", "kasi", "--at", local_time(6)});
    CHECK(err == std::string("sops/akta-kelahiran.yaml: step 6 (") + seed_step(6).activity +
                   ") is performed by kabid (Kabid PIAK), not kasi; run it as --role kabid\n");
  }

  TEST_CASE("with a roster, start records the git identity's roster name")
  {
    RosterRepo r;
    r.as("joko", "joko@sibolga.go.id");
    CHECK(expect_refused(r.sandbox, {"start", "Kartu Keluarga", "--by", "Budi Santoso"}) ==
          "sops/kartu-keluarga.yaml: --by \"Budi Santoso\" is not you: with a roster in "
          "sopctl.yaml the acting person is git's user.email (joko@sibolga.go.id, Joko Purnomo); "
          "leave --by out or give your own name\n");
    sopctl_ok(r.sandbox, r.sandbox.repo(), {"start", "Kartu Keluarga", "--at", local_time(6)});
    CHECK(contains(read_bytes(r.sandbox.draft("kartu-keluarga")), "      by: Joko Purnomo\n"));
    CHECK(commit_subjects(r.sandbox, r.sandbox.repo()).front() ==
          "start kartu-keluarga: Kartu Keluarga (by Joko Purnomo)");
  }

  TEST_CASE("an external performer's step is recorded by the git identity, and verify --git "
            "accepts it")
  {
    Sandbox sandbox;
    git_init(sandbox, sandbox.repo(), "Sari", "sari@sibolga.go.id");
    sandbox.init();
    // KOMINDA's daily report: step 1 is an external member's (anggota-kominda).
    write_bytes(sandbox.repo() / "procedure.yaml",
                read_bytes(fs::path(SOPCTL_SOURCE_DIR) / "tests" / "fixtures" / "real" /
                           "kesbangpol-kominda-laporan-harian.yaml"));
    auto config = sandbox.repo() / "sopctl.yaml";
    write_bytes(
      config, replace_once(read_bytes(config), "procedure: \"\"\n", "procedure: procedure.yaml\n"));
    write_bytes(config,
                replace_once(read_bytes(config),
                             "people: []\n",
                             "people:\n"
                             "  - name: Sari Siregar\n"
                             "    roles: [staf]\n"
                             "    email: sari@sibolga.go.id\n"
                             "  - name: Tono\n"
                             "    roles: [kasi-kesiagaan]\n"
                             "    email: tono@sibolga.go.id\n"));
    git_ok(sandbox, sandbox.repo(), {"add", "."});
    git_ok(sandbox, sandbox.repo(), {"commit", "--quiet", "-m", "kominda"});
    sopctl_ok(sandbox, sandbox.repo(), {"start", "Laporan", "--at", local_time(0)});
    CHECK(contains(
      expect_refused(
        sandbox,
        {"advance", "laporan", "--role", "anggota-kominda", "--by", "Tono", "--at", local_time(1)}),
      "--by \"Tono\" is not you"));
    auto out =
      sopctl_ok(sandbox,
                sandbox.repo(),
                {"advance", "laporan", "--role", "anggota-kominda", "--at", local_time(1)});
    CHECK(out.starts_with("laporan: step 1 done by Sari Siregar (recorded for anggota-kominda)"));
    auto verified = sandbox.run({"verify", "--git"});
    CHECK(verified.out == "1 draft, 2 events: the history is intact and every event was "
                          "committed by its own person, holding its role\n");
  }
}
