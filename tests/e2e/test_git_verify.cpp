// `sopctl verify [--git]` (issue 5, section 3): an event edited, removed or
// moved by hand is found at the first bad event's file:line:col; with
// --git each event's commit must be authored by a roster person holding
// the event's role, and signed when git.require_signed is true.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "seed_drafting.hpp"

#include <cstdlib>
#include <doctest/doctest.h>

using namespace e2e;

namespace {

const std::string roster = "people:\n"
                           "  - name: Budi Santoso\n"
                           "    roles: [sekretaris]\n"
                           "    email: budi@sibolga.go.id\n"
                           "  - name: Rina Hutapea\n"
                           "    roles: [kabid]\n"
                           "    email: rina@sibolga.go.id\n"
                           "  - name: Joko Purnomo\n"
                           "    roles: [kasi, staf]\n"
                           "    email: joko@sibolga.go.id\n"
                           "  - name: Amarullah Gultom\n"
                           "    roles: [kadis]\n"
                           "    email: amarullah@sibolga.go.id\n";

const std::string path = "sops/akta-kelahiran.yaml";

// The 1-based line of the `n`th event (1-based) of a draft's text.
int event_line(const std::string& text, int n)
{
  size_t at = 0;
  for (int i = 0; i < n; ++i) {
    at = text.find("    - event: ", at + 1);
    REQUIRE(at != std::string::npos);
  }
  return line_count(text.substr(0, at + 1));
}

// "sops/akta-kelahiran.yaml:LINE:7" for the `n`th event.
std::string where(const std::string& text, int n)
{
  return path + ":" + std::to_string(event_line(text, n)) + ":7";
}

// The text of the `n`th event (its lines).
std::string event_block(const std::string& text, int n)
{
  auto lines_from = [&](int k) {
    size_t at = 0;
    for (int i = 0; i < k; ++i) {
      at = text.find("    - event: ", at + 1);
    }
    return at == std::string::npos ? text.size() : at;
  };
  auto start = lines_from(n);
  return text.substr(start, lines_from(n + 1) - start);
}

// A git repository with the roster, whose draft akta-kelahiran has steps
// 1-5 done, every change committed by the person acting (their git
// identity names them): 6 events.
struct VerifyRepo
{
  VerifyRepo()
  {
    git_init(sandbox, sandbox.repo(), "Admin", "admin@sibolga.go.id");
    sandbox.init();
    auto config = sandbox.repo() / "sopctl.yaml";
    write_bytes(config, replace_once(read_bytes(config), "people: []\n", roster));
    git_ok(sandbox, sandbox.repo(), {"commit", "--quiet", "-am", "roster"});
    as("Budi Santoso", {"start", "Akta Kelahiran", "--at", local_time(0)});
    const char* who[] = {
      "", "Budi Santoso", "Joko Purnomo", "Budi Santoso", "Joko Purnomo", "Joko Purnomo"};
    for (int step = 1; step <= 5; ++step) {
      as(who[step], {"advance", id, "--role", seed_step(step).role, "--at", local_time(step)});
    }
  }

  // Runs sopctl as `name` (git identity name@sibolga.go.id); must succeed.
  void as(const std::string& name, const std::vector<std::string>& args, const Env& env = {}) const
  {
    auto email = name.substr(0, name.find(' ')) + "@sibolga.go.id";
    for (auto& c : email) {
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    set_identity(sandbox, sandbox.repo(), name, email);
    sopctl_ok(sandbox, sandbox.repo(), args, env);
  }

  std::string text() const { return read_bytes(sandbox.draft(id)); }
  void rewrite(const std::string& text) const { write_bytes(sandbox.draft(id), text); }
  Result verify(const std::vector<std::string>& more = {}) const
  {
    std::vector<std::string> args = {"verify"};
    args.insert(args.end(), more.begin(), more.end());
    return sandbox.run(args);
  }
  std::string head() const
  {
    return git_ok(sandbox, sandbox.repo(), {"rev-parse", "HEAD"}).substr(0, 10);
  }

  Sandbox sandbox;
  std::string id = "akta-kelahiran";
};

} // namespace

TEST_SUITE("git::verify")
{
  TEST_CASE("an intact history passes with a summary line")
  {
    VerifyRepo r;
    auto result = r.verify();
    CHECK(result.exit_code == 0);
    CHECK(result.out == "1 draft, 6 events: the history is intact\n");
    auto with_git = r.verify({"--git"});
    CHECK(with_git.exit_code == 0);
    CHECK(with_git.out == "1 draft, 6 events: the history is intact and every event was "
                          "committed by its own person, holding its role\n");
  }

  TEST_CASE("an event edited by hand is reported at its line")
  {
    VerifyRepo r;
    auto text = r.text();
    auto edited = replace_once(text, "      by: Joko Purnomo\n", "      by: Rina Hutapea\n");
    r.rewrite(edited);
    auto result = r.verify();
    CHECK(result.exit_code == 1);
    CHECK(result.out == where(edited, 3) + ": event 3 (completed step 2) was changed after it "
                                           "was recorded: its hash does not match its fields\n");
  }

  TEST_CASE("a removed event is reported at the event that followed it")
  {
    VerifyRepo r;
    auto text = r.text();
    auto cut = replace_once(text, event_block(text, 3), "");
    r.rewrite(cut);
    auto result = r.verify();
    CHECK(result.exit_code == 1);
    CHECK(result.out == where(cut, 3) + ": event 3 (completed step 3) follows an event that is "
                                        "missing or comes later: an event was removed or the "
                                        "events were reordered\n");
  }

  TEST_CASE("two swapped events are reported at the first of them")
  {
    VerifyRepo r;
    auto text = r.text();
    auto fourth = event_block(text, 4);
    auto fifth = event_block(text, 5);
    auto swapped = replace_once(text, fourth + fifth, fifth + fourth);
    r.rewrite(swapped);
    auto result = r.verify();
    CHECK(result.exit_code == 1);
    CHECK(result.out == where(swapped, 4) + ": event 4 (completed step 4) follows an event that "
                                            "is missing or comes later: an event was removed or "
                                            "the events were reordered\n");
  }

  TEST_CASE("verify of a named draft checks that draft only")
  {
    VerifyRepo r;
    r.as("Budi Santoso", {"start", "Pindah Datang", "--at", local_time(6)});
    r.rewrite(replace_once(r.text(), "      by: Joko Purnomo\n", "      by: Rina Hutapea\n"));
    auto result = r.verify({"pindah-datang"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "1 draft, 1 event: the history is intact\n");
    CHECK(r.verify().exit_code == 1);
  }

  TEST_CASE("--git names an event committed by another person than the one it names")
  {
    VerifyRepo r;
    // Rina's decision, committed under Joko's name.
    r.as("Rina Hutapea",
         {"advance", "--yes", r.id, "--role", "kabid", "--at", local_time(6)},
         {{"GIT_AUTHOR_NAME", "Joko Purnomo"}, {"GIT_AUTHOR_EMAIL", "joko@sibolga.go.id"}});
    CHECK(r.verify().exit_code == 0); // the chain itself is intact
    auto result = r.verify({"--git"});
    CHECK(result.exit_code == 1);
    CHECK(result.out == where(r.text(), 7) +
                          ": event 7 (completed step 6 as kabid) was committed in " + r.head() +
                          " by Joko Purnomo <joko@sibolga.go.id>, but the event names Rina "
                          "Hutapea as who did it\n");
  }

  TEST_CASE("--git names an event committed by its person without the role, given locally")
  {
    VerifyRepo r;
    // Joko gives himself kabid in his work tree only, decides step 6 and
    // commits the draft alone: the committed roster says he is no kabid.
    auto config = r.sandbox.repo() / "sopctl.yaml";
    auto committed = read_bytes(config);
    write_bytes(
      config,
      replace_once(committed, "    roles: [kasi, staf]\n", "    roles: [kasi, staf, kabid]\n"));
    write_bytes(config,
                replace_once(read_bytes(config), "  commit: auto\n", "  commit: \"off\"\n"));
    r.as("Joko Purnomo", {"advance", "--yes", r.id, "--role", "kabid", "--at", local_time(6)});
    write_bytes(config, committed);
    git_ok(r.sandbox, r.sandbox.repo(), {"commit", "--quiet", "-m", "step 6", "--", path});
    auto result = r.verify({"--git"});
    CHECK(result.exit_code == 1);
    CHECK(result.out == where(r.text(), 7) +
                          ": event 7 (completed step 6 as kabid) was committed in " + r.head() +
                          " by Joko Purnomo <joko@sibolga.go.id>, who does not hold the role "
                          "kabid\n");
  }

  TEST_CASE("--git names a signing whose recorded signer block is not the committed roster's")
  {
    VerifyRepo r;
    // The Kadis's entry, whole, committed by him (the holder of the
    // signing role administers the roster).
    set_identity(r.sandbox, r.sandbox.repo(), "Amarullah Gultom", "amarullah@sibolga.go.id");
    auto config = r.sandbox.repo() / "sopctl.yaml";
    write_bytes(config,
                replace_once(read_bytes(config),
                             "  - name: Amarullah Gultom\n",
                             "  - name: Amarullah Gultom\n"
                             "    nip: \"19670312 199103 1 007\"\n"
                             "    rank: Pembina Tk. I\n"
                             "    position: Plt. Kepala Dinas Kependudukan\n"));
    git_ok(r.sandbox, r.sandbox.repo(), {"commit", "--quiet", "-am", "kadis entry"});
    r.as("Rina Hutapea", {"advance", "--yes", r.id, "--role", "kabid", "--at", local_time(6)});
    r.as("Budi Santoso", {"advance", r.id, "--role", "sekretaris", "--at", local_time(7)});
    // He raises his rank in his work tree only, signs, and commits the
    // draft alone: the SOP would print a rank the roster never gave.
    auto committed = read_bytes(config);
    write_bytes(config,
                replace_once(committed,
                             "    rank: Pembina Tk. I\n    position",
                             "    rank: Pembina Utama\n    position"));
    write_bytes(config,
                replace_once(read_bytes(config), "  commit: auto\n", "  commit: \"off\"\n"));
    r.as("Amarullah Gultom", {"advance", r.id, "--role", "kadis", "--at", local_time(8)});
    write_bytes(config, committed);
    git_ok(r.sandbox, r.sandbox.repo(), {"commit", "--quiet", "-m", "step 8", "--", path});
    CHECK(r.sandbox.run({"check"}).exit_code == 0); // as signed, whole
    auto result = r.verify({"--git"});
    CHECK(result.exit_code == 1);
    CHECK(result.out == where(r.text(), 9) +
                          ": event 9 (completed step 8 as kadis) was committed in " + r.head() +
                          " by Amarullah Gultom, but records the signer as the roster of that "
                          "commit does not give them: approval.rank \"Pembina Utama\" where the "
                          "roster has \"Pembina Tk. I\"\n");
  }

  TEST_CASE("--git names an event committed by someone off the roster")
  {
    VerifyRepo r;
    auto config = r.sandbox.repo() / "sopctl.yaml";
    write_bytes(config,
                replace_once(read_bytes(config), "  commit: auto\n", "  commit: \"off\"\n"));
    git_ok(r.sandbox, r.sandbox.repo(), {"commit", "--quiet", "-am", "commit off"});
    r.as("Rina Hutapea", {"advance", "--yes", r.id, "--role", "kabid", "--at", local_time(6)});
    auto uncommitted = r.verify({"--git"});
    CHECK(uncommitted.exit_code == 1);
    CHECK(uncommitted.out ==
          where(r.text(), 7) +
            ": event 7 (completed step 6 as kabid) is in no commit; commit it\n");

    git_ok(r.sandbox,
           r.sandbox.repo(),
           {"-c",
            "user.name=Mallory",
            "-c",
            "user.email=mallory@example.com",
            "commit",
            "--quiet",
            "-am",
            "advance akta-kelahiran: step 6 Ya by kabid (Rina Hutapea)"});
    auto result = r.verify({"--git"});
    CHECK(result.exit_code == 1);
    CHECK(result.out ==
          where(r.text(), 7) + ": event 7 (completed step 6 as kabid) was committed in " +
            r.head() + " by Mallory <mallory@example.com>, who is not in sopctl.yaml's people\n");
  }

  TEST_CASE("--git without a roster says the authors cannot be checked")
  {
    Sandbox sandbox;
    git_init(sandbox, sandbox.repo());
    sandbox.init();
    start_draft(sandbox, "Akta Kelahiran");
    auto result = sandbox.run({"verify", "--git"});
    CHECK(result.exit_code == 1);
    CHECK(
      result.out.starts_with("sopctl.yaml: no people are listed, so the authors of events "
                             "cannot be checked; add the roster (people with roles and email)\n"));
  }

  TEST_CASE("--git outside a git work tree is refused")
  {
    Sandbox sandbox;
    sandbox.init();
    auto result = sandbox.run({"verify", "--git"});
    CHECK(result.exit_code == 1);
    CHECK(result.err ==
          sandbox.repo().string() + ": not a git work tree, so --git has no commits to check\n");
  }

  TEST_CASE("with git.require_signed, every unsigned commit of an event is reported")
  {
    VerifyRepo r;
    auto config = r.sandbox.repo() / "sopctl.yaml";
    write_bytes(
      config,
      replace_once(read_bytes(config), "  require_signed: false\n", "  require_signed: true\n"));
    // By the holder of the signing role, who administers the roster.
    set_identity(r.sandbox, r.sandbox.repo(), "Amarullah Gultom", "amarullah@sibolga.go.id");
    git_ok(r.sandbox, r.sandbox.repo(), {"commit", "--quiet", "-am", "require signatures"});
    auto result = r.verify({"--git"});
    CHECK(result.exit_code == 1);
    CHECK(line_count(result.out) == 7);
    CHECK(result.out.starts_with("sopctl.yaml: commit " + r.head() +
                                 " by Amarullah Gultom <amarullah@sibolga.go.id> changes the "
                                 "roster (people or git.require_signed) without a good signature "
                                 "(git.require_signed is true)\n"));
    auto first =
      git_ok(r.sandbox, r.sandbox.repo(), {"log", "--format=%H", "-1", "HEAD~6"}).substr(0, 10);
    CHECK(contains(result.out,
                   where(r.text(), 1) + ": event 1 (started) was committed in " + first +
                     " without a good signature (git.require_signed is true)\n"));
  }
}
