// `sopctl check`: every problem of every file on stdout as
// `path:line:col: message` (1-based), exit 1; nothing and exit 0 when all
// is well. Positions are counted by hand on valid_sop below.
#include "draft_fixture.hpp"
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// A finished (non-draft) SOP. Lines: 2 name, 9 step 1, 12 step 2 (the
// decision), 13 its activity, 18 step 3, 19 its activity.
constexpr std::string_view valid_sop = "number: 01/SOP/2026\n"
                                       "name: Pelayanan KTP\n"
                                       "performers:\n"
                                       "  - key: staf\n"
                                       "    name: Staf Pelayanan\n"
                                       "  - key: kasi\n"
                                       "    name: Kasi Pelayanan\n"
                                       "steps:\n"
                                       "  - step: 1\n"
                                       "    activity: Menerima berkas.\n"
                                       "    performer: staf\n"
                                       "  - step: 2\n"
                                       "    activity: Memeriksa berkas.\n"
                                       "    performer: kasi\n"
                                       "    decision:\n"
                                       "      ya: 3\n"
                                       "      tidak: 1\n"
                                       "  - step: 3\n"
                                       "    activity: Menerbitkan KTP.\n"
                                       "    performer: staf\n";

// Runs `sopctl check ktp.yaml` on `text` in a fresh repository; expects
// exit 1, nothing on stderr, the files unchanged; returns stdout.
std::string check_failing(const std::string& text)
{
  Sandbox sandbox;
  sandbox.init();
  write_bytes(sandbox.repo() / "ktp.yaml", text);
  auto before = snapshot(sandbox.repo());
  auto result = sandbox.run({"check", "ktp.yaml"});
  INFO("stdout: ", result.out, "\nstderr: ", result.err);
  CHECK(result.exit_code == 1);
  CHECK(result.err == "");
  CHECK(differences(before, snapshot(sandbox.repo())) == "");
  return result.out;
}

std::string corrupted(std::string_view from, std::string_view to)
{
  return replace_once(valid_sop, from, to);
}

} // namespace

TEST_SUITE("e2e: check")
{
  TEST_CASE("check of a fresh repository with a new draft prints nothing")
  {
    Sandbox sandbox;
    sandbox.init();
    start_draft(sandbox, "Pelayanan KTP");
    auto result = sandbox.run({"check"});
    CHECK(result.exit_code == 0);
    CHECK(result.out == "");
    CHECK(result.err == "");
  }

  TEST_CASE("check accepts the shipped seed procedure")
  {
    Sandbox sandbox;
    auto result = sandbox.run({"check", seed_source_path().string()});
    INFO("stdout: ", result.out);
    CHECK(result.exit_code == 0);
    CHECK(result.out == "");
  }

  TEST_CASE("check accepts the hand-written SOP used by these tests")
  {
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.repo() / "ktp.yaml", valid_sop);
    auto result = sandbox.run({"check", "ktp.yaml"});
    INFO("stdout: ", result.out);
    CHECK(result.exit_code == 0);
    CHECK(result.out == "");
  }

  TEST_CASE("check reports malformed YAML at its line and column")
  {
    // "name: Pelayanan: KTP": the second ':' is column 16 of line 2.
    CHECK(check_failing(corrupted("Pelayanan KTP", "Pelayanan: KTP")) ==
          "ktp.yaml:2:16: invalid YAML: illegal map value\n");
  }

  TEST_CASE("check reports a duplicate key")
  {
    CHECK(check_failing(insert_before_line(valid_sop, 3, "number: 02/SOP\n")) ==
          "ktp.yaml:3:1: duplicate key \"number\" (first at line 1:1); keep "
          "only one of them\n");
  }

  TEST_CASE("check reports a step without a number")
  {
    auto out = check_failing(
      corrupted("  - step: 3\n    activity: Menerbitkan", "  - activity: Menerbitkan"));
    CHECK(contains(out, "ktp.yaml:18:5: a step has no \"step\"; add it\n"));
  }

  TEST_CASE("check reports a duplicated step number")
  {
    auto out = check_failing(corrupted("step: 3", "step: 2"));
    CHECK(contains(out,
                   "ktp.yaml:18:5: step number 2 is used twice (first at "
                   "line 12); number the steps 1, 2, 3, ...\n"));
  }

  TEST_CASE("check reports a performer key that is not declared")
  {
    CHECK(check_failing(corrupted("performer: kasi", "performer: kabid")) ==
          "ktp.yaml:12:5: step 2: performer \"kabid\" is not declared in "
          "performers (declared: staf, kasi)\n");
  }

  TEST_CASE("check reports a decision pointing at a missing step")
  {
    CHECK(check_failing(corrupted("tidak: 1", "tidak: 7")) ==
          "ktp.yaml:12:5: step 2: its Tidak exit points at step 7, which does "
          "not exist (steps run 1 to 3)\n");
  }

  TEST_CASE("check reports a file that is not UTF-8")
  {
    // Latin-1 "é" (0xE9) in "    activity: Memeriksa b\xe9rkas." is column 26.
    CHECK(check_failing(corrupted("Memeriksa berkas", "Memeriksa b\xe9rkas")) ==
          "ktp.yaml:13:26: the file is not UTF-8 text; save it with UTF-8 "
          "encoding\n");
  }

  TEST_CASE("check reports an empty file and one holding only comments")
  {
    const std::string expected = "ktp.yaml: the file is empty; an SOP file "
                                 "needs at least name, performers and steps\n";
    CHECK(check_failing("") == expected);
    CHECK(check_failing("# belum diisi\n\n") == expected);
  }

  TEST_CASE("check reports an unclosed quote")
  {
    // `    activity: "Menerbitkan KTP.`: the quote is column 15 of line 19.
    CHECK(check_failing(corrupted("activity: Menerbitkan", "activity: \"Menerbitkan")) ==
          "ktp.yaml:19:15: unclosed quote: this string has no closing \"; add "
          "a \" where the text ends\n");
  }

  TEST_CASE("check reports every problem of a file and not just the first")
  {
    auto text =
      replace_once(corrupted("tidak: 1", "tidak: 7"), "performer: staf", "performer: kabid");
    CHECK(check_failing(text) ==
          "ktp.yaml:9:5: step 1: performer \"kabid\" is not declared in "
          "performers (declared: staf, kasi)\n"
          "ktp.yaml:12:5: step 2: its Tidak exit points at step 7, which does "
          "not exist (steps run 1 to 3)\n");
  }

  TEST_CASE("check of a repository reports the problems of every file")
  {
    Sandbox sandbox;
    sandbox.init();
    start_draft(sandbox, "Pelayanan Akta");
    write_bytes(sandbox.draft("ktp"), hand_written_draft() + std::string(event_for_step_3));
    write_bytes(sandbox.draft("kia"),
                replace_once(hand_written_draft(), "Pelayanan KTP", "Pelayanan: KIA"));
    auto before = snapshot(sandbox.repo());
    auto result = sandbox.run({"check"});
    INFO("stderr: ", result.err);
    CHECK(result.exit_code == 1);
    CHECK(result.out == "sops/kia.yaml:1:16: invalid YAML: illegal map value\n"
                        "sops/ktp.yaml:15:7: this event records step 3, but "
                        "step 2 is the active one at this point\n");
    CHECK(differences(before, snapshot(sandbox.repo())) == "");
  }

  TEST_CASE("check reports a broken sopctl.yaml together with broken drafts")
  {
    Sandbox sandbox;
    sandbox.init();
    auto config = read_bytes(sandbox.repo() / "sopctl.yaml");
    int line = line_of(config, "\ntimezone:") + 1;
    REQUIRE(line > 1);
    auto start = config.find("\ntimezone:") + 1;
    auto end = config.find('\n', start);
    config.replace(start, end - start, "timezone: Mars");
    write_bytes(sandbox.repo() / "sopctl.yaml", config);
    write_bytes(sandbox.draft("kia"),
                replace_once(hand_written_draft(), "Pelayanan KTP", "Pelayanan: KIA"));

    auto result = sandbox.run({"check"});
    INFO("stdout: ", result.out, "\nstderr: ", result.err);
    CHECK(result.exit_code == 1);
    CHECK(
      contains(result.out,
               "sopctl.yaml:" + std::to_string(line) +
                 ":1: timezone \"Mars\" is not a zone sopctl knows; write one of WIB (+07:00), "
                 "WITA (+08:00), WIT (+09:00), Asia/Jakarta (+07:00), Asia/Pontianak (+07:00), "
                 "Asia/Makassar (+08:00), Asia/Jayapura (+09:00) or a UTC offset like +08:00\n"));
    CHECK(contains(result.out, "sops/kia.yaml:1:16: invalid YAML: illegal map value\n"));
  }
}
