// The signer's block recorded in the signing event (issue 11, section 1:
// a signed document prints as it was signed): what is recorded, the
// refusal of a roster entry that lacks what the block prints, reading it
// back, and the keys `--set` may not give.
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <model/errors.hpp>
#include <workflow/advance.hpp>
#include <workflow/replay.hpp>
#include <workflow/signing.hpp>

using namespace sopctl;

namespace {

model::Person kadis()
{
  model::Person person;
  person.name = "Amarullah Gultom";
  person.nip = "19670312 199103 1 007";
  person.rank = "Pembina Tk. I";
  person.position = "Plt. Kepala Dinas Kependudukan";
  person.roles = {"kadis"};
  person.where = {14, 5};
  return person;
}

// The message record_approval refuses `signer` with.
std::string refusal(const model::Person& signer)
{
  model::Event event;
  try {
    workflow::record_approval(signer, 8, event, "sops/akta.yaml");
  } catch (const model::Error& error) {
    CHECK(event.set.empty()); // nothing half-recorded
    return error.what();
  }
  return "record_approval accepted it";
}

} // namespace

TEST_SUITE("workflow::signing")
{
  TEST_CASE("the signing event records the signer's position, name, rank and NIP")
  {
    model::Event event;
    event.set["number.sop"] = "800/12/2026";
    workflow::record_approval(kadis(), 8, event, "d");
    CHECK(event.set == std::map<std::string, std::string>{
                         {"approval.name", "Amarullah Gultom"},
                         {"approval.nip", "19670312 199103 1 007"},
                         {"approval.position", "Plt. Kepala Dinas Kependudukan"},
                         {"approval.rank", "Pembina Tk. I"},
                         {"number.sop", "800/12/2026"},
                       });
    auto recorded = workflow::recorded_approval(event.set);
    REQUIRE(recorded);
    CHECK(recorded->position == "Plt. Kepala Dinas Kependudukan");
    CHECK(recorded->name == "Amarullah Gultom");
    CHECK(recorded->rank == "Pembina Tk. I");
    CHECK(recorded->nip == "19670312 199103 1 007");
  }

  TEST_CASE("an event without approval values records no signer, and a partial one is returned "
            "with the rest empty")
  {
    CHECK(!workflow::recorded_approval({}));
    CHECK(!workflow::recorded_approval({{"meeting.date", "2026-11-26"}}));
    auto partial = workflow::recorded_approval({{"approval.nip", "1970"}});
    REQUIRE(partial);
    CHECK(partial->nip == "1970");
    CHECK(partial->name == "");
  }

  TEST_CASE("a roster entry without the rank or NIP is refused, naming the entry to complete")
  {
    auto signer = kadis();
    signer.nip.clear();
    CHECK(refusal(signer) ==
          "sops/akta.yaml: step 8 (the signing of the SOP) by Amarullah Gultom cannot be "
          "recorded: their entry in sopctl.yaml's people (line 14) has no nip; add it there and "
          "advance again, since the signed SOP keeps the signer's position, name, rank and NIP "
          "as they are at the signing");
    signer.rank.clear();
    signer.position.clear();
    CHECK(refusal(signer).find("has no position, rank, nip; add them there") != std::string::npos);
  }

  TEST_CASE("approval keys, with dots, underscores or dashes, are sopctl's own")
  {
    CHECK(workflow::is_approval_key("approval.rank"));
    CHECK(workflow::is_approval_key("approval_rank"));
    CHECK(workflow::is_approval_key("approval-nip"));
    CHECK(workflow::is_approval_key("approval.anything"));
    CHECK(!workflow::is_approval_key("approval"));
    CHECK(!workflow::is_approval_key("approvals.rank"));
    CHECK(!workflow::is_approval_key("signer.rank"));
    CHECK(!workflow::is_approval_key("meeting.approval.rank"));
  }

  TEST_CASE("advance refuses an approval value given with --set")
  {
    auto seed = test::seed();
    std::vector<model::Event> events(1);
    events[0].at = {1795485600, 7 * 60};
    model::Diagnostics diagnostics("draft");
    auto state = workflow::replay(seed, events, diagnostics);
    REQUIRE(state);
    workflow::AdvanceRequest request;
    request.role = "sekretaris";
    request.by = "Sari";
    request.at = {1795485600 + 3600, 7 * 60};
    request.set = {{"meeting.date", "2026-11-26"}, {"approval.rank", "Pembina Utama"}};
    CHECK_THROWS_WITH(workflow::plan_advance(seed, *state, request, "sops/akta.yaml"),
                      "sops/akta.yaml: --set approval.rank: approval values are sopctl's own: "
                      "the event that completes the signing step records the signer's position, "
                      "name, rank and NIP from sopctl.yaml's people; give them there, not with "
                      "--set");
    request.set.erase("approval.rank");
    CHECK(workflow::plan_advance(seed, *state, request, "d").set.size() == 1);
  }
}
