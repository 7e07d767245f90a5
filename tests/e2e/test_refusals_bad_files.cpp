// A draft file that is broken (issue 2, section 4, second list): advance,
// status and log of it are refused with `path:line:col: message` on
// stderr, exit 1, and every file byte-for-byte unchanged. Positions are
// counted by hand on the hand-written draft (draft_fixture.hpp).
#include "draft_fixture.hpp"
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// Writes sops/ktp.yaml as `text` in a fresh repository and expects every
// command that reads it to be refused with exactly `message`.
void expect_draft_refused(const std::string& text, const std::string& message)
{
  Sandbox sandbox;
  sandbox.init();
  write_bytes(sandbox.draft("ktp"), text);
  const std::vector<std::vector<std::string>> commands = {
    {"advance", "ktp", "--role", "staf", "--by", "Eko", "--at", local_time(2)},
    {"status", "ktp"},
    {"status", "ktp", "--format", "json"},
    {"log", "ktp"},
  };
  for (const auto& args : commands) {
    CAPTURE(args[0]);
    CHECK(expect_refused(sandbox, args) == message + "\n");
  }
}

// Content with one declared performer, `staf`, and the given steps list
// starting at line 5.
std::string content_with_steps(const std::string& steps)
{
  return "name: Pelayanan KTP\n"
         "performers:\n"
         "  - key: staf\n"
         "    name: Staf Pelayanan\n"
         "steps:\n" +
         steps;
}

} // namespace

TEST_SUITE("e2e: broken draft refusals")
{
  TEST_CASE("the hand-written draft itself is accepted")
  {
    // Guards the fixture: the refusals below come from the corruption.
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.draft("ktp"), hand_written_draft());
    auto result =
      sandbox.run({"advance", "ktp", "--role", "staf", "--by", "Eko", "--at", local_time(2)});
    INFO("stderr: ", result.err);
    CHECK(result.exit_code == 0);
  }

  TEST_CASE("malformed YAML in a draft is refused with its line and column")
  {
    // "name: Pelayanan: KTP": the second ':' is column 16 of line 1.
    expect_draft_refused(replace_once(hand_written_draft(), "Pelayanan KTP", "Pelayanan: KTP"),
                         "sops/ktp.yaml:1:16: invalid YAML: illegal map value");
  }

  TEST_CASE("a duplicate key in a draft is refused")
  {
    expect_draft_refused(hand_written_draft() + "name: Lain\n",
                         "sops/ktp.yaml:15:1: duplicate key \"name\" (first "
                         "at line 1:1); keep only one of them");
  }

  TEST_CASE("a step without a number is refused")
  {
    expect_draft_refused(hand_written_draft(content_with_steps("  - activity: Menerima berkas.\n"
                                                               "    performer: staf\n")),
                         "sops/ktp.yaml:6:5: a step has no \"step\"; add it");
  }

  TEST_CASE("a duplicated step number is refused")
  {
    expect_draft_refused(hand_written_draft(content_with_steps("  - step: 1\n"
                                                               "    activity: Menerima berkas.\n"
                                                               "    performer: staf\n"
                                                               "  - step: 1\n"
                                                               "    activity: Memeriksa berkas.\n"
                                                               "    performer: staf\n")),
                         "sops/ktp.yaml:9:5: step number 1 is used twice (first at line 6); "
                         "number the steps 1, 2, 3, ...");
  }

  TEST_CASE("a performer key that is not declared is refused")
  {
    expect_draft_refused(hand_written_draft(content_with_steps("  - step: 1\n"
                                                               "    activity: Menerima berkas.\n"
                                                               "    performer: kasi\n")),
                         "sops/ktp.yaml:6:5: step 1: performer \"kasi\" is not declared in "
                         "performers (declared: staf)");
  }

  TEST_CASE("a decision pointing at a step that does not exist is refused")
  {
    expect_draft_refused(hand_written_draft(content_with_steps("  - step: 1\n"
                                                               "    activity: Memeriksa.\n"
                                                               "    performer: staf\n"
                                                               "    decision:\n"
                                                               "      ya: 2\n"
                                                               "      tidak: 9\n"
                                                               "  - step: 2\n"
                                                               "    activity: Menerbitkan.\n"
                                                               "    performer: staf\n")),
                         "sops/ktp.yaml:6:5: step 1: its Tidak exit points at step 9, which "
                         "does not exist (steps run 1 to 2)");
  }

  TEST_CASE("an event that does not fit the procedure is refused")
  {
    expect_draft_refused(hand_written_draft() + std::string(event_for_step_3),
                         "sops/ktp.yaml:15:7: this event records step 3, but "
                         "step 2 is the active one at this point");
  }

  TEST_CASE("a draft that is not UTF-8 is refused at its first bad byte")
  {
    // "name: Pelayanan K" is 17 characters: the 0xFF byte is column 18.
    expect_draft_refused(replace_once(hand_written_draft(), "Pelayanan KTP", "Pelayanan K\xffTP"),
                         "sops/ktp.yaml:1:18: the file is not UTF-8 text; save it with UTF-8 "
                         "encoding");
  }

  TEST_CASE("an empty draft file is refused")
  {
    expect_draft_refused("",
                         "sops/ktp.yaml: the file is empty; an SOP file "
                         "needs at least name, performers and steps");
  }

  TEST_CASE("an unclosed quote in a draft is refused")
  {
    // `      note: "Disposisi`: the quote is column 13 of line 15.
    expect_draft_refused(hand_written_draft() + "      note: \"Disposisi\n",
                         "sops/ktp.yaml:15:13: unclosed quote: this string "
                         "has no closing \"; add a \" where the text ends");
  }

  TEST_CASE("status of all drafts reports a broken one and lists the others")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Pelayanan Akta");
    write_bytes(sandbox.draft("ktp"), hand_written_draft() + std::string(event_for_step_3));
    auto before = snapshot(sandbox.repo());
    auto result = sandbox.run({"status"});
    CHECK(result.exit_code == 1);
    CHECK(contains(result.out, id));
    CHECK(contains(result.err, "sops/ktp.yaml:15:7: this event records step 3"));
    CHECK(differences(before, snapshot(sandbox.repo())) == "");
  }

  TEST_CASE("advance without a draft name reports the only draft when it is "
            "broken")
  {
    // The one draft of the repository does not load: the refusal must name
    // it and its problem rather than claim no draft is in progress.
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.draft("ktp"), hand_written_draft() + std::string(event_for_step_3));
    auto err =
      expect_refused(sandbox, {"advance", "--role", "staf", "--by", "Eko", "--at", local_time(2)});
    CHECK(contains(err, "sops/ktp.yaml:15:7: this event records step 3"));
  }
}
