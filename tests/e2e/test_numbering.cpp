// SOP and letter numbers end to end (issue 4, section 3 "Numbering"; issue
// 5, section 2): handed out at signing from the patterns in sopctl.yaml,
// one sequence per pattern and year kept in numbers.yaml; a number set by
// hand is kept; a number given twice is reported by check, naming both
// drafts. Clones merging their counters: test_git_numbering.cpp.
#include "numbering_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// The content of draft `id` (without its drafting record) with `number:`
// set to `number`, saved with `sopctl edit --from`.
void set_number_by_hand(const Sandbox& sandbox, const std::string& id, const std::string& number)
{
  auto text = read_bytes(sandbox.draft(id));
  auto content = replace_once(text.substr(0, text.find("# The drafting record")),
                              "number: \"\"\n",
                              "number: \"" + number + "\"\n");
  auto from = sandbox.root() / (id + "-edited.yaml");
  write_bytes(from, content);
  auto result = sandbox.run({"edit", id, "--from", from.string()});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
}

} // namespace

TEST_SUITE("e2e: numbering")
{
  TEST_CASE("the SOP's number is handed out at signing and shown in the rendered SOP")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = ready_to_sign(sandbox, "Akta Kelahiran");
    CHECK_FALSE(contains(sandbox.run({"render", id}).out, "001/SOP-Disdukcapil/2026"));
    CHECK(contains(sign(sandbox, sandbox.repo(), id),
                   id + ": number.sop is 001/SOP-Disdukcapil/2026\n"));
    auto html = sandbox.run({"render", id});
    REQUIRE(html.exit_code == 0);
    CHECK(contains(html.out, "001/SOP-Disdukcapil/2026"));
    CHECK(contains(sandbox.run({"render", id, "--format", "md"}).out, "001/SOP-Disdukcapil/2026"));
    // Recorded in the signing event.
    CHECK(contains(read_bytes(sandbox.draft(id)), "number.sop: 001/SOP-Disdukcapil/2026\n"));
  }

  TEST_CASE("numbers go up per draft and are kept in numbers.yaml")
  {
    Sandbox sandbox;
    sandbox.init();
    auto first = ready_to_sign(sandbox, "Akta Kelahiran");
    auto second = ready_to_sign(sandbox, "Kartu Keluarga");
    CHECK(contains(sign(sandbox, sandbox.repo(), first), "number.sop is 001/SOP-Disdukcapil/2026"));
    CHECK(
      contains(sign(sandbox, sandbox.repo(), second), "number.sop is 002/SOP-Disdukcapil/2026"));
    CHECK(counters(sandbox.repo()) == counter(invitation, 2026, 2) + counter(sop_pattern, 2026, 2));
    CHECK(sandbox.run({"check"}).exit_code == 0);
  }

  TEST_CASE("numbers start again at 001 in a new year")
  {
    Sandbox sandbox;
    sandbox.init();
    auto first = ready_to_sign(sandbox, "Akta Kelahiran");
    auto second = ready_to_sign(sandbox, "Kartu Keluarga");
    sign(sandbox, sandbox.repo(), first);
    // A date ahead of the real clock: "now" is set to it (SOPCTL_NOW).
    CHECK(contains(sopctl_ok(sandbox,
                             sandbox.repo(),
                             {"advance", second, "--role", "kadis", "--by", "Kadis"},
                             replay_now("2027-01-05T09:00+07:00")),
                   "number.sop is 001/SOP-Disdukcapil/2027"));
    CHECK(counters(sandbox.repo()) == counter(invitation, 2026, 2) + counter(sop_pattern, 2026, 1) +
                                        counter(sop_pattern, 2027, 1));
    CHECK(sandbox.run({"check"}).exit_code == 0);
  }

  TEST_CASE("a number set by hand is kept, and none is used up for it")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = ready_to_sign(sandbox, "Akta Kelahiran");
    set_number_by_hand(sandbox, id, "099/SOP-Disdukcapil/2026");
    CHECK_FALSE(contains(sign(sandbox, sandbox.repo(), id), "number.sop"));
    CHECK_FALSE(contains(read_bytes(sandbox.draft(id)), "number.sop"));
    CHECK(counters(sandbox.repo()) == counter(invitation, 2026, 1));
    CHECK(contains(sandbox.run({"render", id}).out, "099/SOP-Disdukcapil/2026"));
    // The cover letter names it too.
    sopctl_ok(sandbox,
              sandbox.repo(),
              {"advance", id, "--role", "staf", "--by", "Staf", "--at", local_time(9)});
    CHECK(contains(sandbox.run({"render", id, "--output", "surat-pengantar"}).out,
                   "Nomor 099/SOP-Disdukcapil/2026"));
    // The next draft signed still gets 001.
    auto next = ready_to_sign(sandbox, "Kartu Keluarga");
    CHECK(contains(sign(sandbox, sandbox.repo(), next), "number.sop is 001/SOP-Disdukcapil/2026"));
  }

  TEST_CASE("a bad numbering pattern in sopctl.yaml is reported by check at its line")
  {
    Sandbox sandbox;
    sandbox.init();
    auto path = sandbox.repo() / "sopctl.yaml";
    // sopctl.yaml overrides the procedure's rule of the same name.
    auto text = read_bytes(path) + "numbering:\n  - name: sop\n"
                                   "    pattern: \"{nomor}/SOP-Disdukcapil/{year}\"\n"
                                   "    step: 8\n";
    write_bytes(path, text);
    auto line = std::to_string(line_of(text, "{nomor}"));
    auto check = sandbox.run({"check"});
    CHECK(check.exit_code == 1);
    CHECK(check.out == "sopctl.yaml:" + line +
                         ":5: numbering pattern \"{nomor}/SOP-Disdukcapil/{year}\": \"{nomor}\" is "
                         "not a token; the tokens are {seq}, {seq:03}, {year}, {month} and "
                         "{month_roman}\n");
    // Nothing is numbered with it.
    auto err = expect_refused(sandbox, {"start", "Akta Kelahiran", "--by", "Budi"});
    CHECK(contains(err, "sopctl.yaml:" + line + ":5: numbering pattern"));
  }

  TEST_CASE("--set needs KEY=VALUE with a lower-case key, once each")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, id, 2);
    auto args = [&](const std::vector<std::string>& sets) {
      std::vector<std::string> all = {"advance", id, "--role", "staf", "--by", "Staf"};
      for (const auto& set : sets) {
        all.insert(all.end(), {"--set", set});
      }
      return all;
    };
    const std::string how = ": write it as KEY=VALUE with a key of lower-case letters, digits, "
                            "'.', '-' or '_', like meeting.date=2026-11-26";
    CHECK(contains(expect_usage_error(sandbox, args({"meeting.date"})),
                   "--set \"meeting.date\"" + how));
    CHECK(contains(expect_usage_error(sandbox, args({"Meeting.Date=2026-11-26"})),
                   "--set \"Meeting.Date=2026-11-26\"" + how));
    CHECK(contains(expect_usage_error(sandbox, args({"=x"})), "--set \"=x\"" + how));
    CHECK(contains(expect_usage_error(sandbox, args({"meeting date=x"})),
                   "--set \"meeting date=x\"" + how));
    CHECK(contains(expect_usage_error(sandbox, args({"meeting.to=A", "meeting.to=B"})),
                   "--set meeting.to is given twice; give it once"));
    // A date key takes a real day, written YYYY-MM-DD: the letter prints it in words.
    const std::string date = ": meeting.date is a date: write it YYYY-MM-DD, a day that exists, "
                             "like meeting.date=2026-11-26";
    CHECK(contains(expect_usage_error(sandbox, args({"meeting.date=2026-11-62"})),
                   "--set \"meeting.date=2026-11-62\"" + date));
    CHECK(contains(expect_usage_error(sandbox, args({"meeting.date=26 November 2026"})),
                   "--set \"meeting.date=26 November 2026\"" + date));
    // A value may hold '=' and spaces.
    auto result = sandbox.run(args({"meeting.to=A = B", "meeting.time=09.00 WIB"}));
    CHECK(result.exit_code == 0);
    CHECK(contains(read_bytes(sandbox.draft(id)), "meeting.to: A = B\n"));
  }

  TEST_CASE("check reports one number given to two drafts, naming both files")
  {
    Sandbox sandbox;
    sandbox.init();
    auto first = ready_to_sign(sandbox, "Akta Kelahiran");
    auto second = ready_to_sign(sandbox, "Kartu Keluarga");
    auto third = ready_to_sign(sandbox, "Surat Pindah");
    sign(sandbox, sandbox.repo(), first);
    sign(sandbox, sandbox.repo(), second);
    // Someone lowers the counter by hand: 002 is handed out again.
    auto path = sandbox.repo() / "numbers.yaml";
    write_bytes(path,
                replace_once(read_bytes(path),
                             "SOP-Disdukcapil/{year}\"\n  year: 2026\n  last: 2",
                             "SOP-Disdukcapil/{year}\"\n  year: 2026\n  last: 1"));
    CHECK(contains(sign(sandbox, sandbox.repo(), third), "number.sop is 002/SOP-Disdukcapil/2026"));
    auto check = sandbox.run({"check"});
    CHECK(check.exit_code == 1);
    CHECK(line_count(check.out) == 1);
    CHECK(contains(check.out,
                   "sops/surat-pindah.yaml:" +
                     std::to_string(line_of(read_bytes(sandbox.draft(third)), "step: 8") - 1) +
                     ":7: number.sop 002/SOP-Disdukcapil/2026 was also given to "
                     "sops/kartu-keluarga.yaml: two drafts have the same number"));
    CHECK_FALSE(contains(check.out, first));
  }

  TEST_CASE("a duplicate SOP number fixed by hand as check says is no longer reported")
  {
    Sandbox sandbox;
    sandbox.init();
    auto first = ready_to_sign(sandbox, "Akta Kelahiran");
    auto second = ready_to_sign(sandbox, "Kartu Keluarga");
    sign(sandbox, sandbox.repo(), first);
    auto path = sandbox.repo() / "numbers.yaml";
    write_bytes(path, counter(invitation, 2026, 2));
    sign(sandbox, sandbox.repo(), second);
    REQUIRE(sandbox.run({"check"}).exit_code == 1);
    // "give this one another by hand (number: for the SOP ...)"
    set_number_by_hand(sandbox, second, "003/SOP-Disdukcapil/2026");
    CHECK(contains(sandbox.run({"render", second}).out, "003/SOP-Disdukcapil/2026"));
    auto check = sandbox.run({"check"});
    CHECK(check.out == "");
    CHECK(check.exit_code == 0);
  }
}
