// Forgeries `verify --git` catches (issue 10, section 3), each made the way
// a colleague with a clone could, and named with its commit: an event
// removed or changed after its commit, a roster changed by someone who is
// not its admin, a commit signed with another person's key, an event's
// `recorded` time set back or ahead. Every action runs at a fixed time
// (SOPCTL_NOW and git's dates alike), so the messages are exact.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "seed_drafting.hpp"

#include <cctype>
#include <cstdlib>
#include <doctest/doctest.h>
#include <map>

using namespace e2e;

namespace {

const std::string path = "sops/akta-kelahiran.yaml";

// The roster; Amarullah holds the signing role (kadis), so administers it.
std::string roster(const std::string& keys = "")
{
  auto key = [&](const std::string& who) {
    return keys.empty() ? std::string() : "    signing_key: " + who + "\n";
  };
  return "people:\n"
         "  - name: Amarullah Gultom\n"
         "    roles: [kadis]\n"
         "    email: amarullah@sibolga.go.id\n" +
         key("Amarullah") +
         "  - name: Budi Santoso\n"
         "    roles: [sekretaris]\n"
         "    email: budi@sibolga.go.id\n" +
         key("Budi") +
         "  - name: Rina Hutapea\n"
         "    roles: [kabid]\n"
         "    email: rina@sibolga.go.id\n" +
         key("Rina") +
         "  - name: Joko Purnomo\n"
         "    roles: [kasi, staf]\n"
         "    email: joko@sibolga.go.id\n" +
         key("Joko") +
         "  - name: Dewi Lestari\n"
         "    roles: [staf]\n"
         "    email: dewi@sibolga.go.id\n" +
         key("Dewi");
}

// The first word of a name, lower-case: `joko` for Joko Purnomo.
std::string handle(const std::string& name)
{
  auto word = name.substr(0, name.find(' '));
  for (auto& c : word) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return word;
}

// A repository whose draft akta-kelahiran has steps 1-5 done, each change
// committed by its person at the hour it was done (stored_time).
// How the commits of a History are signed.
enum class Signing
{
  none,
  ssh, // ssh-keygen keys; the roster lists each public key
  gpg, // gpg keys; the roster lists each fingerprint
};

struct History
{
  explicit History(Signing signing = Signing::none)
  {
    git_init(sandbox, sandbox.repo(), "Amarullah Gultom", "amarullah@sibolga.go.id");
    sandbox.init();
    auto config = sandbox.repo() / "sopctl.yaml";
    auto people = roster();
    if (signing != Signing::none) {
      people = roster("keys");
      for (auto who : {"Amarullah", "Budi", "Rina", "Joko", "Dewi"}) {
        auto key = signing == Signing::ssh ? make_ssh_key(who) : make_gpg_key(who);
        people = replace_once(
          people, "signing_key: " + std::string(who) + "\n", "signing_key: " + key + "\n");
      }
      git_ok(sandbox,
             sandbox.repo(),
             {"config", "gpg.format", signing == Signing::ssh ? "ssh" : "openpgp"});
      git_ok(sandbox, sandbox.repo(), {"config", "commit.gpgsign", "true"});
      use_key("Amarullah Gultom");
      write_bytes(
        config,
        replace_once(read_bytes(config), "  require_signed: false\n", "  require_signed: true\n"));
    }
    write_bytes(config, replace_once(read_bytes(config), "people: []\n", people));
    commit_all("roster", 0);
    as("Budi Santoso", 0, {"start", "Akta Kelahiran"});
    const char* who[] = {
      "", "Budi Santoso", "Dewi Lestari", "Budi Santoso", "Joko Purnomo", "Joko Purnomo"};
    for (int step = 1; step <= 5; ++step) {
      as(who[step], step, {"advance", id, "--role", seed_step(step).role});
    }
  }

  ~History()
  {
    if (!gpg_keys.empty()) {
      // The agent gpg started for the sandbox's keyring.
      sandbox.run_program(sandbox.root(), {"gpgconf", "--kill", "gpg-agent"});
    }
  }
  History(const History&) = delete;
  History& operator=(const History&) = delete;

  // An SSH key pair for `who` in the sandbox's home; its public key line.
  std::string make_ssh_key(const std::string& who) const
  {
    auto key = sandbox.home() / handle(who);
    auto keygen = "ssh-keygen -q -t ed25519 -N '' -C " + handle(who) + " -f '" + key.string() + "'";
    REQUIRE(std::system(keygen.c_str()) == 0);
    auto public_key = read_bytes(key.string() + ".pub");
    public_key.pop_back(); // its newline
    return public_key;
  }

  // A GPG key for `who` in the sandbox's keyring (~/.gnupg); its fingerprint.
  std::string make_gpg_key(const std::string& who)
  {
    auto uid = who + " <" + handle(who) + "@sibolga.go.id>";
    auto made = sandbox.run_program(
      sandbox.root(),
      {"gpg", "--batch", "--passphrase", "", "--quick-gen-key", uid, "ed25519", "sign", "never"});
    INFO("gpg: ", made.err);
    REQUIRE(made.exit_code == 0);
    auto listed = sandbox.run_program(
      sandbox.root(), {"gpg", "--list-keys", "--with-colons", handle(who) + "@sibolga.go.id"});
    auto at = listed.out.find("\nfpr:");
    REQUIRE(at != std::string::npos);
    auto line = listed.out.substr(at + 1, listed.out.find('\n', at + 1) - at - 1);
    auto fingerprint = line.substr(0, line.size() - 1); // fpr:::::::::FINGERPRINT:
    fingerprint = fingerprint.substr(fingerprint.rfind(':') + 1);
    gpg_keys[handle(who)] = fingerprint;
    return fingerprint;
  }

  // SOPCTL_NOW and git's dates at `hours` (stored_time).
  static Env clock(int hours) { return clock(stored_time(hours), stored_time(hours)); }
  static Env clock(const std::string& now, const std::string& commit)
  {
    return {{"SOPCTL_NOW", now}, {"GIT_AUTHOR_DATE", commit}, {"GIT_COMMITTER_DATE", commit}};
  }

  // Makes `name` the git identity (name@sibolga.go.id), signing with their
  // key when commits are signed.
  void become(const std::string& name) const
  {
    set_identity(sandbox, sandbox.repo(), name, handle(name) + "@sibolga.go.id");
    use_key(name);
  }
  void use_key(const std::string& name) const
  {
    if (auto gpg = gpg_keys.find(handle(name)); gpg != gpg_keys.end()) {
      git_ok(sandbox, sandbox.repo(), {"config", "user.signingkey", gpg->second});
      return;
    }
    auto key = sandbox.home() / (handle(name) + ".pub");
    if (fs::exists(key)) {
      git_ok(sandbox, sandbox.repo(), {"config", "user.signingkey", key.string()});
    }
  }

  // Runs sopctl as `name` at `hours`; it must succeed.
  void as(const std::string& name, int hours, const std::vector<std::string>& args) const
  {
    become(name);
    sopctl_ok(sandbox, sandbox.repo(), args, clock(hours));
  }

  // `git commit -a` as the current identity at `hours`.
  void commit_all(const std::string& message, int hours) const
  {
    git_ok(sandbox, sandbox.repo(), {"commit", "--quiet", "-am", message}, clock(hours));
  }

  std::string text() const { return read_bytes(sandbox.draft(id)); }
  void rewrite(const std::string& text) const { write_bytes(sandbox.draft(id), text); }
  std::string commit(const std::string& revision = "HEAD") const
  {
    return git_ok(sandbox, sandbox.repo(), {"rev-parse", revision}).substr(0, 10);
  }
  Result verify() const { return sandbox.run({"verify", "--git"}); }

  Sandbox sandbox;
  std::string id = "akta-kelahiran";
  std::map<std::string, std::string> gpg_keys; // handle -> fingerprint
};

// The 1-based line where the `n`th event starts.
int event_line(const std::string& text, int n)
{
  size_t at = 0;
  for (int i = 0; i < n; ++i) {
    at = text.find("    - event: ", at + 1);
    REQUIRE(at != std::string::npos);
  }
  return line_count(text.substr(0, at + 1));
}

std::string where(const std::string& text, int n)
{
  return path + ":" + std::to_string(event_line(text, n)) + ":7";
}

// The SSH fingerprint of `name`'s key, as git prints it.
std::string fingerprint(const History& h, const std::string& name)
{
  auto out = h.sandbox
               .run_program(
                 h.sandbox.root(),
                 {"ssh-keygen", "-l", "-f", (h.sandbox.home() / (handle(name) + ".pub")).string()})
               .out;
  auto start = out.find("SHA256:");
  return out.substr(start, out.find(' ', start) - start);
}

} // namespace

TEST_SUITE("git::forgery")
{
  TEST_CASE("an intact history passes")
  {
    History h;
    auto result = h.verify();
    CHECK(result.err == "");
    CHECK(result.out == "1 draft, 6 events: the history is intact and every event was "
                        "committed by its own person, holding its role\n");
  }

  TEST_CASE("deleting the last event (a rejection) and committing it is named with both commits")
  {
    History h;
    h.as("Rina Hutapea", 6, {"advance", h.id, "--role", "kabid", "--no", "--note", "Kurang"});
    auto rejected = h.commit();
    auto text = h.text();
    // Joko takes the rejection out: the chain is intact without it.
    h.rewrite(text.substr(0, text.rfind("    - event: rejected")));
    h.become("Joko Purnomo");
    h.commit_all("tidak ada penolakan", 7);
    CHECK(h.sandbox.run({"verify"}).exit_code == 0);
    auto result = h.verify();
    CHECK(result.exit_code == 1);
    CHECK(result.out == path + ": event 7 (rejected step 6 as kabid) by Rina Hutapea at " +
                          stored_time(6) + ", committed in " + rejected + ", was removed in " +
                          h.commit() + " by Joko Purnomo <joko@sibolga.go.id>\n");
  }

  TEST_CASE("deleting the last event without committing is named too")
  {
    History h;
    auto last = h.commit();
    auto text = h.text();
    h.rewrite(text.substr(0, text.rfind("    - event: completed")));
    auto result = h.verify();
    CHECK(result.exit_code == 1);
    CHECK(result.out == path + ": event 6 (completed step 5 as kasi) by Joko Purnomo at " +
                          stored_time(5) + ", committed in " + last +
                          ", was removed in the work tree (not committed)\n");
  }

  TEST_CASE("an event re-attributed to another holder of its role and re-hashed is named")
  {
    History h;
    auto dewi = h.commit("HEAD~3"); // step 2, done by Dewi
    // Joko redoes the history from Dewi's step as if it were his: every
    // later event redone by its own person, each hash valid.
    auto before = git_ok(h.sandbox, h.sandbox.repo(), {"show", "HEAD~4:" + path});
    h.rewrite(before);
    h.become("Joko Purnomo");
    h.commit_all("ulang", 6);
    h.as("Joko Purnomo", 6, {"advance", h.id, "--role", "staf", "--at", local_time(2)});
    auto redone = h.commit();
    h.as("Budi Santoso", 6, {"advance", h.id, "--role", "sekretaris", "--at", local_time(3)});
    h.as("Joko Purnomo", 6, {"advance", h.id, "--role", "kasi", "--at", local_time(4)});
    h.as("Joko Purnomo", 6, {"advance", h.id, "--role", "kasi", "--at", local_time(5)});
    CHECK(h.sandbox.run({"verify"}).exit_code == 0);
    auto result = h.verify();
    CHECK(result.exit_code == 1);
    // The rewind removed Dewi's event and the three after it.
    CHECK(contains(result.out,
                   path + ": event 3 (completed step 2 as staf) by Dewi Lestari at " +
                     stored_time(2) + ", committed in " + dewi + ", was removed in " +
                     h.commit("HEAD~4") + " by Joko Purnomo <joko@sibolga.go.id>\n"));
    CHECK(line_count(result.out) == 4);
    (void)redone;
  }

  TEST_CASE("an event changed in place and re-hashed in a commit is named as changed")
  {
    History h;
    auto joko = h.commit();
    // Joko's last event now says Dewi did it, re-hashed by sopctl's own rule
    // (redone by Dewi's identity, then committed by Joko).
    auto before = git_ok(h.sandbox, h.sandbox.repo(), {"show", "HEAD~1:" + path});
    h.rewrite(before);
    h.become("Joko Purnomo"); // whose email the local roster gives Dewi:
    auto config = h.sandbox.repo() / "sopctl.yaml";
    auto roster_text = read_bytes(config);
    write_bytes(config,
                replace_once(roster_text, "    roles: [staf]\n", "    roles: [staf, kasi]\n"));
    write_bytes(config,
                replace_once(read_bytes(config),
                             "    email: dewi@sibolga.go.id\n",
                             "    email: x@sibolga.go.id\n"));
    write_bytes(config,
                replace_once(read_bytes(config),
                             "    email: joko@sibolga.go.id\n",
                             "    email: y@sibolga.go.id\n"));
    write_bytes(config,
                replace_once(read_bytes(config),
                             "    email: x@sibolga.go.id\n",
                             "    email: joko@sibolga.go.id\n"));
    write_bytes(config,
                replace_once(read_bytes(config), "  commit: auto\n", "  commit: \"off\"\n"));
    sopctl_ok(h.sandbox, h.sandbox.repo(), {"advance", h.id, "--role", "kasi"}, History::clock(5));
    write_bytes(config, roster_text);
    h.commit_all("langkah 5", 6);
    auto text = h.text();
    CHECK(contains(text, "      by: Dewi Lestari\n"));
    auto result = h.verify();
    CHECK(result.exit_code == 1);
    CHECK(result.out == where(text, 6) + ": event 6 (completed step 5 as kasi), committed in " +
                          joko + ", was changed in " + h.commit() +
                          " by Joko Purnomo <joko@sibolga.go.id> (by, hash changed)\n" +
                          where(text, 6) +
                          ": event 6 (completed step 5 as kasi) was committed in " + h.commit() +
                          " by Joko Purnomo <joko@sibolga.go.id>, but the event "
                          "names Dewi Lestari as who did it\n");
  }

  TEST_CASE("giving yourself a role is named, the admin's own change is not")
  {
    History h;
    auto config = h.sandbox.repo() / "sopctl.yaml";
    h.become("Joko Purnomo");
    write_bytes(config,
                replace_once(read_bytes(config),
                             "    roles: [kasi, staf]\n",
                             "    roles: [kasi, staf, kabid]\n"));
    h.commit_all("peran", 6);
    auto result = h.verify();
    CHECK(result.exit_code == 1);
    CHECK(result.out == "sopctl.yaml: commit " + h.commit() +
                          " by Joko Purnomo <joko@sibolga.go.id> changes the roster (people or "
                          "git.require_signed), but Joko Purnomo is not an admin in the roster "
                          "before it; only an admin may: Amarullah Gultom\n");

    git_ok(h.sandbox, h.sandbox.repo(), {"reset", "--quiet", "--hard", "HEAD~1"});
    h.become("Amarullah Gultom");
    write_bytes(
      config, replace_once(read_bytes(config), "    roles: [staf]\n", "    roles: [staf, kasi]\n"));
    h.commit_all("Dewi juga kasi", 6);
    CHECK(h.verify().exit_code == 0);
  }

  TEST_CASE("admin: true names the roster's admins instead of the signing role")
  {
    History h;
    auto config = h.sandbox.repo() / "sopctl.yaml";
    h.become("Amarullah Gultom");
    write_bytes(config,
                replace_once(read_bytes(config),
                             "    roles: [sekretaris]\n",
                             "    roles: [sekretaris]\n    admin: true\n"));
    h.commit_all("Budi mengelola daftar", 6);
    CHECK(h.verify().exit_code == 0);
    write_bytes(
      config, replace_once(read_bytes(config), "    roles: [staf]\n", "    roles: [staf, kasi]\n"));
    h.commit_all("Dewi juga kasi", 7);
    CHECK(h.verify().out == "sopctl.yaml: commit " + h.commit() +
                              " by Amarullah Gultom <amarullah@sibolga.go.id> changes the roster "
                              "(people or git.require_signed), but Amarullah Gultom is not an "
                              "admin in the roster before it; only an admin may: Budi Santoso\n");
  }

  TEST_CASE("an uncommitted change to the roster is named")
  {
    History h;
    auto config = h.sandbox.repo() / "sopctl.yaml";
    write_bytes(config,
                replace_once(read_bytes(config),
                             "    roles: [kasi, staf]\n",
                             "    roles: [kasi, staf, kabid]\n"));
    CHECK(h.verify().out == "sopctl.yaml: the roster (people or git.require_signed) has changes "
                            "that are not committed; an admin commits them, or git checkout "
                            "sopctl.yaml\n");
  }

  TEST_CASE("a recorded time set back, or ahead, of its commit is named")
  {
    History h;
    // Written as if two days earlier (SOPCTL_NOW), committed now.
    h.become("Rina Hutapea");
    sopctl_ok(h.sandbox,
              h.sandbox.repo(),
              {"advance", h.id, "--role", "kabid", "--yes"},
              History::clock(stored_time(6), "2026-11-27T11:00:00+07:00"));
    auto result = h.verify();
    CHECK(result.exit_code == 1);
    CHECK(result.out == where(h.text(), 7) +
                          ": event 7 (completed step 6 as kabid) was committed in " + h.commit() +
                          " at 2026-11-27T11:00:00+07:00, more than a day after it was recorded (" +
                          stored_time(6) + "): its recorded time was set back\n");
    git_ok(h.sandbox, h.sandbox.repo(), {"reset", "--quiet", "--hard", "HEAD~1"});
    sopctl_ok(h.sandbox,
              h.sandbox.repo(),
              {"advance", h.id, "--role", "kabid", "--yes"},
              History::clock(stored_time(7), stored_time(6)));
    CHECK(h.verify().out == where(h.text(), 7) +
                              ": event 7 (completed step 6 as kabid) was committed in " +
                              h.commit() + " at " + stored_time(6) + ", before it was recorded (" +
                              stored_time(7) + "): its recorded time was set ahead\n");
  }

  TEST_CASE("an --at ahead of the clock is refused, status may still look ahead")
  {
    History h;
    h.become("Rina Hutapea");
    auto refused =
      h.sandbox.run({"note", h.id, "nanti", "--at", "2099-01-01T09:00"}, History::clock(6));
    CHECK(refused.exit_code == 1);
    CHECK(refused.err == "sops/akta-kelahiran.yaml: --at 2099-01-01T09:00:00+07:00 is in the "
                         "future (now is " +
                           stored_time(6) +
                           "); an event is recorded once it "
                           "has happened, at most 5 minutes ahead of the clock\n");
    CHECK(
      h.sandbox.run({"status", h.id, "--at", "2099-01-01T09:00"}, History::clock(6)).exit_code ==
      0);
  }

  TEST_CASE("the log shows when an event dated back was recorded")
  {
    History h;
    h.as("Rina Hutapea", 7, {"advance", h.id, "--role", "kabid", "--yes", "--at", local_time(6)});
    auto log = h.sandbox.run({"log", h.id}).out;
    CHECK(log.starts_with("AT                RECORDED          EVENT"));
    CHECK(contains(log, "2026-11-24 15:00  2026-11-24 16:00  completed"));
    auto json = h.sandbox.run({"log", h.id, "--format", "json"}).out;
    CHECK(contains(json, "\"recorded\": \"" + stored_time(7) + "\""));
  }

  TEST_CASE("with git.require_signed, each commit must be signed by its author's own key")
  {
    History h(Signing::ssh);
    auto intact = h.verify();
    CHECK(intact.err == "");
    CHECK(intact.out == "1 draft, 6 events: the history is intact and every event was "
                        "committed by its own person, holding its role\n");

    // Joko sets user.email to Rina's and signs with his own key.
    h.become("Rina Hutapea");
    h.use_key("Joko Purnomo");
    sopctl_ok(h.sandbox,
              h.sandbox.repo(),
              {"advance", h.id, "--role", "kabid", "--yes"},
              History::clock(6));
    auto result = h.verify();
    CHECK(result.exit_code == 1);
    CHECK(result.out == where(h.text(), 7) +
                          ": event 7 (completed step 6 as kabid) was committed in " + h.commit() +
                          " signed with the key " + fingerprint(h, "Joko") +
                          ", which is not the signing_key of Rina Hutapea in sopctl.yaml\n");

    // Joko rewrites his own last commit as Rina's (git commit --author).
    git_ok(h.sandbox, h.sandbox.repo(), {"reset", "--quiet", "--hard", "HEAD~1"});
    auto step_5 = git_ok(h.sandbox, h.sandbox.repo(), {"rev-parse", "HEAD"});
    step_5.pop_back();
    h.become("Joko Purnomo");
    git_ok(
      h.sandbox,
      h.sandbox.repo(),
      {"commit", "--quiet", "--amend", "--no-edit", "--author=Rina Hutapea <rina@sibolga.go.id>"},
      History::clock(5));
    auto amended = h.verify().out;
    CHECK(contains(amended,
                   "by Rina Hutapea <rina@sibolga.go.id>, but the event names Joko "
                   "Purnomo as who did it\n"));
    CHECK(contains(amended,
                   "signed with the key " + fingerprint(h, "Joko") +
                     ", which is not the signing_key of Rina Hutapea in sopctl.yaml\n"));

    // Rina's own key passes.
    git_ok(h.sandbox, h.sandbox.repo(), {"reset", "--quiet", "--hard", step_5});
    h.as("Rina Hutapea", 6, {"advance", h.id, "--role", "kabid", "--yes"});
    CHECK(h.verify().exit_code == 0);
  }

  TEST_CASE("with git.require_signed and GPG keys, a spoofed author is found by the key")
  {
    Sandbox probe;
    if (probe.run_program(probe.root(), {"gpg", "--version"}).exit_code != 0) {
      MESSAGE("gpg is not installed: the GPG signing test is skipped");
      return;
    }
    History h(Signing::gpg);
    auto intact = h.verify();
    CHECK(intact.err == "");
    CHECK(intact.out == "1 draft, 6 events: the history is intact and every event was "
                        "committed by its own person, holding its role\n");
    // Joko sets user.email to Rina's and signs with his own key.
    h.become("Rina Hutapea");
    h.use_key("Joko Purnomo");
    sopctl_ok(h.sandbox,
              h.sandbox.repo(),
              {"advance", h.id, "--role", "kabid", "--yes"},
              History::clock(6));
    CHECK(h.verify().out == where(h.text(), 7) +
                              ": event 7 (completed step 6 as kabid) was committed in " +
                              h.commit() + " signed with the key " + h.gpg_keys.at("joko") +
                              ", which is not the signing_key of Rina Hutapea in sopctl.yaml\n");
  }
}
