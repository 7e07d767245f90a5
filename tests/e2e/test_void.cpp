// `sopctl void` (issue 12, section 3): a mistaken act is cancelled by an
// appended `voided` event, never deleted; replay honours it, log shows
// both, verify accepts the chain, a merge keeps it.
#include "file_helpers.hpp"
#include "git_helpers.hpp"
#include "json_lite.hpp"
#include "numbering_helpers.hpp"
#include "report_helpers.hpp"
#include "seed_drafting.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

const std::string roster = "people:\n"
                           "  - name: Budi Santoso\n"
                           "    roles: [sekretaris]\n"
                           "  - name: Joko Purnomo\n"
                           "    roles: [staf]\n"
                           "  - name: Sari Dewi\n"
                           "    roles: [staf]\n";

} // namespace

TEST_SUITE("e2e: void")
{
  TEST_CASE("a void cancels the last advance: the step is active again with its clock")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, id, 3);
    auto before = read_bytes(sandbox.draft(id));
    auto voided = sandbox.run({"void",
                               id,
                               "--reason",
                               "langkah 2 belum dikerjakan",
                               "--by",
                               "Joko",
                               "--at",
                               local_time(4)});
    INFO(voided.err);
    REQUIRE(voided.exit_code == 0);
    CHECK(voided.out ==
          id + ": voided step 2 done by Petugas 2 (staf)\n" + id + ": step 2 is active again\n" +
            id +
            ": the numbers it was given stay used in numbers.yaml and are not handed out again\n");
    auto after = read_bytes(sandbox.draft(id));
    // Nothing deleted: the old text is kept whole, the void appended.
    CHECK(after.starts_with(before));
    CHECK(contains(after.substr(before.size()), "    - event: voided\n      step: 2\n"));
    CHECK(contains(after, "note: langkah 2 belum dikerjakan\n"));
    // Step 2 is active since step 1 was done (hour 1), not since the void.
    auto status = sandbox.run({"status", id, "--format", "json"});
    bool since_step_1_done = contains(status.out, "\"since\": \"2026-11-24T10:00:00+07:00\"") ||
                             contains(status.out, "\"since\":\"2026-11-24T10:00:00+07:00\"");
    CHECK(since_step_1_done);
    auto table = sandbox.run({"status", id});
    CHECK(contains(table.out, "active since 2026-11-24 10:00"));
    // log shows both, the cancelled one marked.
    auto log = sandbox.run({"log", id});
    CHECK(contains(log.out, "completed (voided)"));
    CHECK(contains(log.out, "voided "));
    // As CSV too: the cancelled act's `voided` is true, the void names its
    // hash. (No field of this log holds a comma.)
    auto rows = lines_of(sandbox.run({"log", id, "--format", "csv-rfc4180"}).out);
    REQUIRE(rows.size() == 5); // header, started, 2 completed, voided
    auto fields = [](std::string row) {
      row.pop_back(); // \r
      std::vector<std::string> out{""};
      for (char c : row) {
        if (c == ',') {
          out.emplace_back();
        } else {
          out.back().push_back(c);
        }
      }
      return out;
    };
    auto header = fields(rows[0]);
    REQUIRE(header.size() == 15);
    CHECK(header[8] == "hash");
    CHECK(header[13] == "voided");
    CHECK(header[14] == "voids");
    CHECK(fields(rows[1])[13] == "false");
    auto cancelled = fields(rows[3]);
    CHECK(cancelled[0] == "completed");
    CHECK(cancelled[1] == "2");
    CHECK(cancelled[13] == "true");
    auto void_row = fields(rows[4]);
    CHECK(void_row[0] == "voided");
    CHECK(void_row[13] == "false");
    CHECK(void_row[14] == cancelled[8]);
    CHECK(!cancelled[8].empty());
    CHECK(sandbox.run({"verify", id}).exit_code == 0);
    CHECK(sandbox.run({"check"}).exit_code == 0);
    // The step is done again as usual.
    auto again =
      sandbox.run({"advance", id, "--role", "staf", "--by", "Joko", "--at", local_time(5)});
    CHECK(again.exit_code == 0);
    CHECK(contains(again.out, "step 3 is now active"));
  }

  TEST_CASE("voids walk back one act at a time, and nothing left to void is refused")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, id, 2);
    CHECK(
      sandbox.run({"note", id, "catatan salah", "--by", "Joko", "--at", local_time(2)}).exit_code ==
      0);
    auto first =
      sandbox.run({"void", id, "--reason", "salah", "--by", "Joko", "--at", local_time(3)});
    CHECK(first.out ==
          id + ": voided the note at step 2 by Joko\n" + id + ": step 2 is active again\n");
    auto second =
      sandbox.run({"void", id, "--reason", "salah", "--by", "Joko", "--at", local_time(3)});
    CHECK(contains(second.out, "voided step 1 done by Petugas 1 (sekretaris)"));
    CHECK(contains(second.out, "step 1 is active again"));
    auto err = expect_refused(
      sandbox, {"void", id, "--reason", "lagi", "--by", "Joko", "--at", local_time(4)});
    CHECK(err == "sops/" + id +
                   ".yaml: nothing to void: the draft has no act left to cancel (a start is "
                   "not voided, a void is not voided; record an act again with advance or "
                   "note)\n");
    CHECK(sandbox.run({"verify", id}).exit_code == 0);
  }

  TEST_CASE("a hand-written void of a void is refused at its line")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, id, 2);
    REQUIRE(
      sandbox.run({"void", id, "--reason", "x", "--by", "A", "--at", local_time(3)}).exit_code ==
      0);
    auto text = read_bytes(sandbox.draft(id));
    auto hash_at = text.rfind("hash: ");
    auto hash = text.substr(hash_at + 6, text.find('\n', hash_at) - hash_at - 6);
    std::erase(hash, '"');
    // A second void naming the first one.
    write_bytes(sandbox.draft(id),
                text +
                  "    - event: voided\n      step: 1\n      role: sekretaris\n      by: A\n"
                  "      at: 2026-11-24T13:00:00+07:00\n      note: y\n      voids: " +
                  hash + "\n");
    auto check = sandbox.run({"check"});
    CHECK(check.exit_code == 1);
    CHECK(contains(check.out, "this void names another void (line "));
  }

  TEST_CASE("with a roster, a void needs a person holding the cancelled act's role")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, id, 3); // step 2 (staf) done last
    auto config = sandbox.repo() / "sopctl.yaml";
    write_bytes(config, replace_once(read_bytes(config), "people: []\n", roster));
    auto refused = expect_refused(
      sandbox, {"void", id, "--reason", "x", "--by", "Budi Santoso", "--at", local_time(4)});
    CHECK(contains(refused, "Budi Santoso does not hold the role staf"));
    auto wrong_role = sandbox.run({"void",
                                   id,
                                   "--reason",
                                   "x",
                                   "--role",
                                   "sekretaris",
                                   "--by",
                                   "Sari Dewi",
                                   "--at",
                                   local_time(4)});
    CHECK(wrong_role.exit_code == 2);
    CHECK(contains(wrong_role.err, "it is voided as \"staf\", not \"sekretaris\""));
    // A colleague holding the role may correct it.
    auto done =
      sandbox.run({"void", id, "--reason", "x", "--by", "Sari Dewi", "--at", local_time(4)});
    INFO(done.err);
    CHECK(done.exit_code == 0);
    CHECK(contains(read_bytes(sandbox.draft(id)), "      by: Sari Dewi\n"));
  }

  TEST_CASE("a void in one clone and a note in the other merge, the void kept")
  {
    Sandbox sandbox;
    make_server(sandbox);
    start_draft(sandbox, "Akta Kelahiran");
    advance_until(sandbox, "akta-kelahiran", 4);
    git_ok(sandbox, sandbox.repo(), {"push", "--quiet"});
    auto a = make_clone(sandbox, "a", "Ani", "ani@sibolga.go.id");
    auto b = make_clone(sandbox, "b", "Budi", "budi@sibolga.go.id");
    sopctl_ok(
      sandbox,
      a,
      {"void", "akta-kelahiran", "--reason", "keliru", "--by", "Ani", "--at", local_time(5)});
    sopctl_ok(sandbox, a, {"sync"});
    sopctl_ok(sandbox,
              b,
              {"note", "akta-kelahiran", "sudah dibaca", "--by", "Budi", "--at", local_time(6)});
    sopctl_ok(sandbox, b, {"sync"});
    sopctl_ok(sandbox, a, {"sync"});
    auto text_a = read_bytes(a / "sops/akta-kelahiran.yaml");
    CHECK(text_a == read_bytes(b / "sops/akta-kelahiran.yaml"));
    CHECK(contains(text_a, "event: voided"));
    CHECK(contains(text_a, "note: sudah dibaca"));
    CHECK(sandbox.run_in(b, {"verify"}).exit_code == 0);
    CHECK(sandbox.run_in(b, {"check"}).exit_code == 0);
    CHECK(contains(sopctl_ok(sandbox, b, {"status", "akta-kelahiran"}), "3"));
  }

  TEST_CASE(
    "a finished draft's signing is voided after the acts that followed it, its number retired")
  {
    Sandbox sandbox;
    sandbox.init();
    auto id = ready_to_sign(sandbox, "Akta Kelahiran");
    auto signed_out = sign(sandbox, sandbox.repo(), id);
    CHECK(contains(signed_out, "number.sop is 001/SOP-Disdukcapil/2026"));
    for (int step : {9, 10}) {
      sopctl_ok(sandbox,
                sandbox.repo(),
                {"advance", id, "--role", "staf", "--by", "Petugas", "--at", local_time(step)});
    }
    CHECK(contains(sandbox.run({"status", id}).out, "done"));
    // Finished: the signing is reached only by voiding steps 10 and 9 first.
    for (int step : {10, 9}) {
      auto out = sopctl_ok(sandbox,
                           sandbox.repo(),
                           {"void", id, "--reason", "ulang", "--by", "X", "--at", local_time(11)});
      CHECK(contains(out, "voided step " + std::to_string(step) + " done by"));
    }
    auto signing = sopctl_ok(
      sandbox,
      sandbox.repo(),
      {"void", id, "--reason", "salah tanda tangan", "--by", "X", "--at", local_time(11)});
    CHECK(contains(signing, "voided step 8 done by Kadis (kadis)"));
    CHECK(contains(signing, "step 8 is active again"));
    CHECK(contains(signing, "the numbers it was given stay used in numbers.yaml"));
    // Signed again: the next number, the voided one never handed out again.
    auto again = sign(sandbox, sandbox.repo(), id, local_time(12));
    CHECK(contains(again, "number.sop is 002/SOP-Disdukcapil/2026"));
    CHECK(contains(counters(sandbox.repo()), counter(sop_pattern, 2026, 2)));
    CHECK(sandbox.run({"verify", id}).exit_code == 0);
  }
}
