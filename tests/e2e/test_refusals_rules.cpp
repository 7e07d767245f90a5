// The rules of advancing (issue 2, section 4, first list): each refusal
// exits 1 with one message on stderr naming the draft, prints nothing on
// stdout and leaves every file byte-for-byte unchanged.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// A repository with draft "pelayanan-ktp" whose step `active` is active.
struct DraftAtStep
{
  explicit DraftAtStep(int active)
  {
    sandbox.init();
    id = start_draft(sandbox, "Pelayanan KTP");
    advance_until(sandbox, id, active);
  }

  Sandbox sandbox;
  std::string id;
};

} // namespace

TEST_SUITE("e2e: advance refusals")
{
  TEST_CASE("the wrong role for the active step is refused naming the step "
            "and its role")
  {
    DraftAtStep draft(2);
    auto err = expect_refused(
      draft.sandbox,
      {"advance", draft.id, "--role", "sekretaris", "--by", "Budi", "--at", local_time(2)});
    CHECK(err == "sops/pelayanan-ktp.yaml: step 2 (Mempersiapkan rapat pembahasan "
                 "SOP Pelayanan.) is performed by staf (Staf Adm Umum), not "
                 "sekretaris; run it as --role staf\n");
  }

  TEST_CASE("an unknown role is a usage error listing the valid roles")
  {
    // Exit 2, as an unknown --role is in note and report.
    DraftAtStep draft(2);
    auto err = expect_usage_error(
      draft.sandbox,
      {"advance", draft.id, "--role", "bupati", "--by", "Budi", "--at", local_time(2)});
    CHECK(err == "--role \"bupati\": unknown role; the roles "
                 "are: kadis, sekretaris, kabid, kasi, staf\n");
  }

  TEST_CASE("advancing a finished draft is refused")
  {
    DraftAtStep draft(11); // step 10 done: finished
    auto err = expect_refused(
      draft.sandbox,
      {"advance", draft.id, "--role", "staf", "--by", "Eko", "--at", local_time(20)});
    CHECK(contains(err, "sops/pelayanan-ktp.yaml: "));
    CHECK(contains(err, "the draft is finished"));
    CHECK(contains(err, "nothing left to advance"));
  }

  TEST_CASE("reject on a step that is no decision is refused")
  {
    DraftAtStep draft(5);
    auto err = expect_refused(draft.sandbox,
                              {"advance",
                               draft.id,
                               "--role",
                               "kasi",
                               "--by",
                               "Dewi",
                               "--reject",
                               "--note",
                               "Kurang data",
                               "--at",
                               local_time(5)});
    CHECK(err == "sops/pelayanan-ktp.yaml: --reject: step 5 is not a decision, "
                 "so it cannot be sent back; decisions: step 6\n");
  }

  TEST_CASE("reject without a note is refused")
  {
    DraftAtStep draft(6);
    auto err = expect_refused(
      draft.sandbox,
      {"advance", draft.id, "--role", "kabid", "--by", "Citra", "--reject", "--at", local_time(6)});
    CHECK(err == "sops/pelayanan-ktp.yaml: --reject needs --note \"...\" "
                 "giving the reason step 6 is sent back to step 5\n");
  }

  TEST_CASE("an at time earlier than the last event is refused")
  {
    DraftAtStep draft(3); // step 2 was completed at local_time(2)
    auto err = expect_refused(
      draft.sandbox,
      {"advance", draft.id, "--role", "sekretaris", "--by", "Budi", "--at", local_time(1)});
    CHECK(err == "sops/pelayanan-ktp.yaml: --at " + stored_time(1) +
                   " is earlier than the draft's last event (" + stored_time(2) +
                   "); give a later time\n");
  }

  TEST_CASE("an at time with another offset is compared as the same instant")
  {
    DraftAtStep draft(3); // last event: 2026-11-24T11:00+07:00 = 04:00Z
    // 03:59Z is one minute earlier than the last event.
    auto err = expect_refused(
      draft.sandbox,
      {"advance", draft.id, "--role", "sekretaris", "--by", "Budi", "--at", "2026-11-24T03:59Z"});
    CHECK(contains(err, "is earlier than the draft's last event"));
    // 04:00Z is the same instant: allowed.
    auto same = draft.sandbox.run({"advance",
                                   draft.id,
                                   "--role",
                                   "sekretaris",
                                   "--by",
                                   "Budi",
                                   "--at",
                                   "2026-11-24T04:00+00:00"});
    INFO("stderr: ", same.err);
    CHECK(same.exit_code == 0);
  }

  TEST_CASE("a refused advance can be retried with the right role")
  {
    DraftAtStep draft(2);
    expect_refused(draft.sandbox,
                   {"advance", draft.id, "--role", "kasi", "--by", "Dewi", "--at", local_time(2)});
    auto result = draft.sandbox.run(
      {"advance", draft.id, "--role", "staf", "--by", "Eko", "--at", local_time(2)});
    CHECK(result.exit_code == 0);
    CHECK(contains(result.out, "step 2 done by Eko"));
  }
}
