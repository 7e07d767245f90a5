// ops::verify_drafts on a temporary repository: the hash chain of each
// draft checked, a changed, removed or moved event found at its line, and
// --git refused or explained where there are no commits (issue 8, point 5).
#include "ops_fixtures.hpp"

#include <algorithm>
#include <history/event_hash.hpp>
#include <ops/verify.hpp>
#include <yaml/sop_reader.hpp>
#include <yaml/sop_writer.hpp>

using namespace sopctl::ops_test;

namespace {

// What verify_drafts returned and printed.
struct Verified
{
  int code;
  std::string out;
  bool operator==(const Verified&) const = default;
};

std::ostream& operator<<(std::ostream& stream, const Verified& verified)
{
  return stream << "exit " << verified.code << ", output \"" << verified.out << '"';
}

// verify_drafts' exit code and output.
Verified verify(const TempRepo& repo,
                const std::vector<std::string>& drafts = {},
                bool with_git = false)
{
  std::ostringstream out;
  int code = sopctl::ops::verify_drafts(repo.repository, drafts, with_git, out);
  return {code, out.str()};
}

// The offset of the `n`th event (1-based) of a draft's text; its end when
// there are fewer.
size_t event_start(const std::string& text, int n)
{
  size_t at = 0;
  for (int i = 0; i < n && at != std::string::npos; ++i) {
    at = text.find("    - event: ", at + 1);
  }
  return at == std::string::npos ? text.size() : at;
}

// "sops/akta.yaml:LINE:7", where the `n`th event's mapping starts.
std::string where(const std::string& text, int n)
{
  auto before = text.substr(0, event_start(text, n));
  auto line = std::count(before.begin(), before.end(), '\n') + 1;
  return "sops/akta.yaml:" + std::to_string(line) + ":7";
}

// The lines of the `n`th event.
std::string event_block(const std::string& text, int n)
{
  auto start = event_start(text, n);
  return text.substr(start, event_start(text, n + 1) - start);
}

} // namespace

TEST_SUITE("ops::verify")
{
  TEST_CASE("an intact history passes with a summary line")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    CHECK(verify(repo) == Verified{0, "1 draft, 1 event: the history is intact\n"});
    repo.advance_until("akta", 3);
    repo.start("KTP", "ktp");
    CHECK(verify(repo) == Verified{0, "2 drafts, 4 events: the history is intact\n"});
  }

  TEST_CASE("an event edited by hand is reported at its line")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 4);
    auto edited = replace_once(repo.text("akta"), "      by: Petugas 2\n", "      by: Rina\n");
    write_bytes(repo.draft("akta"), edited);
    CHECK(verify(repo) ==
          Verified{1,
                   where(edited, 3) + ": event 3 (completed step 2) was changed after it was "
                                      "recorded: its hash does not match its fields\n"});
  }

  TEST_CASE("a removed event is reported at the event that followed it")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 4);
    auto text = repo.text("akta");
    auto cut = replace_once(text, event_block(text, 2), "");
    write_bytes(repo.draft("akta"), cut);
    CHECK(verify(repo) ==
          Verified{1,
                   where(cut, 2) + ": event 2 (completed step 2) follows an event that is "
                                   "missing or comes later: an event was removed or the "
                                   "events were reordered\n"});
  }

  TEST_CASE("a named draft, or a unique prefix of one, is checked alone, an unknown one is "
            "refused")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.start("KTP", "ktp");
    repo.advance_until("ktp", 2);
    write_bytes(repo.draft("akta"),
                replace_once(repo.text("akta"), "by: Sekretaris Budi", "by: X"));
    CHECK(verify(repo, {"kt"}) == Verified{0, "1 draft, 2 events: the history is intact\n"});
    CHECK(verify(repo).code == 1);
    CHECK(refusal([&] { verify(repo, {"kia"}); }) ==
          "no draft \"kia\" in sops/; the drafts are: akta, ktp");
  }

  // Bug: each name is resolved and checked, so a draft named twice (or by
  // its id and a prefix) is counted as two drafts.
  TEST_CASE("a draft named twice is checked once")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    CHECK(verify(repo, {"akta", "ak"}) == Verified{0, "1 draft, 1 event: the history is intact\n"});
  }

  TEST_CASE("an SOP file that is not a draft is not counted, and one that does not load fails")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    write_bytes(repo.draft("prosedur"), sopctl::test::seed_text());
    CHECK(verify(repo) == Verified{0, "1 draft, 1 event: the history is intact\n"});
    write_bytes(repo.draft("rusak"), "name: [\n");
    CHECK(verify(repo) ==
          Verified{1, "sops/rusak.yaml:2:1: invalid YAML: end of sequence flow not found\n"});
  }

  TEST_CASE("--git outside a git work tree is refused")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    CHECK(refusal([&] { verify(repo, {}, true); }) ==
          repo.root.string() + ": not a git work tree, so --git has no commits to check");
  }

  TEST_CASE("--git without a roster says so, and names every event in no commit")
  {
    TempRepo repo;
    auto config = repo.root / "sopctl.yaml";
    write_bytes(config,
                replace_once(read_bytes(config), "  commit: auto\n", "  commit: \"off\"\n"));
    repo.reopen();
    repo.start("Akta", "akta");
    repo.advance_until("akta", 2);
    REQUIRE(sopctl::git::run_git(repo.root, {"init", "--quiet"}).ok());
    auto text = repo.text("akta");
    CHECK(verify(repo, {}, true) ==
          Verified{
            1,
            "sopctl.yaml: no people are listed, so the authors of events cannot be checked; add "
            "the roster (people with roles and email)\n" +
              where(text, 1) + ": event 1 (started) is in no commit; commit it\n" + where(text, 2) +
              ": event 2 (completed step 1 as sekretaris) is in no commit; "
              "commit it\n"});
  }

  TEST_CASE("an event dated more than 5 minutes after it was recorded is named, re-hashed or not")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 2);
    CHECK(verify(repo).code == 0);
    // Recorded at hour(1), dated hour(1) + 5 minutes: two clocks may differ.
    auto sop = sopctl::yaml::load_sop(repo.text("akta"), "sops/akta.yaml");
    auto& events = sop.drafting->events;
    auto sealed = [&](long seconds) {
      events.back().at = hour(1);
      events.back().at.utc_seconds += seconds;
      sopctl::history::seal(events.back(), {events.begin(), events.end() - 1});
      write_bytes(repo.draft("akta"), sopctl::yaml::write_sop(sop));
    };
    sealed(5 * 60);
    CHECK(verify(repo).code == 0);
    sealed(5 * 60 + 1);
    auto text = repo.text("akta");
    CHECK(verify(repo) ==
          Verified{1,
                   where(text, 2) + ": event 2 is dated 2026-11-24T10:05:01+07:00, after it was "
                                    "recorded (2026-11-24T10:00:00+07:00): events are recorded "
                                    "once they have happened\n"});
  }
}
