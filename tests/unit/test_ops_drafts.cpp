// ops::select_draft and ops::load_draft on a temporary repository: which
// draft a command acts on, and the refusals that list the candidates
// (issue 8, point 5).
#include "ops_fixtures.hpp"

#include <algorithm>
#include <ops/drafts.hpp>
#include <ops/status.hpp>
#include <store/draft_file.hpp>
#include <store/procedure.hpp>

using namespace sopctl::ops_test;
using sopctl::workflow::Phase;

namespace {

// select_draft on `repo` for `query` (nullopt: DRAFT left out).
std::string select(const TempRepo& repo, const std::optional<std::string>& query)
{
  auto procedure = sopctl::store::load_procedure(repo.repository);
  return sopctl::ops::select_draft(repo.repository, procedure, query);
}

sopctl::ops::LoadedDraft load(const TempRepo& repo, const std::string& id)
{
  auto procedure = sopctl::store::load_procedure(repo.repository);
  return sopctl::ops::load_draft(repo.repository, procedure, id);
}

} // namespace

TEST_SUITE("ops::drafts")
{
  TEST_CASE("without a draft name the only draft in progress is chosen, finished ones don't count")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 11);
    repo.start("KTP", "ktp");
    CHECK(select(repo, std::nullopt) == "ktp");
  }

  TEST_CASE("without a draft name two drafts in progress are refused, naming both")
  {
    TempRepo repo;
    repo.start("Pelayanan KTP");
    repo.start("Pelayanan Akta");
    CHECK(refusal([&] { select(repo, std::nullopt); }) ==
          "2 drafts are in progress; name one: pelayanan-akta, pelayanan-ktp");
  }

  TEST_CASE("without a draft name and none in progress the refusal says how to start one")
  {
    TempRepo repo;
    CHECK(refusal([&] { select(repo, std::nullopt); }) ==
          "no draft is in progress in sops/; start one with: sopctl start TITLE");
  }

  TEST_CASE("without a draft name a draft that does not load is named rather than guessed")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    write_bytes(repo.draft("rusak"), "name: [\n");
    CHECK(refusal([&] { select(repo, std::nullopt); }) ==
          "sops/rusak.yaml:2:1: invalid YAML: end of sequence flow not found\n"
          "fix the draft above, or name the draft to act on");
    // Named, the good draft is still reachable.
    CHECK(select(repo, "akta") == "akta");
  }

  TEST_CASE("an id names itself even when it is the prefix of another, a unique prefix names "
            "its draft")
  {
    TempRepo repo;
    repo.start("Akta");
    repo.start("Akta Kematian");
    repo.start("Pelayanan KTP");
    CHECK(select(repo, "akta") == "akta");
    CHECK(select(repo, "akta-") == "akta-kematian");
    CHECK(select(repo, "pel") == "pelayanan-ktp");
  }

  TEST_CASE("an ambiguous prefix is refused listing only the candidates")
  {
    TempRepo repo;
    repo.start("Pelayanan KTP");
    repo.start("Pelayanan KIA");
    repo.start("Akta Kelahiran");
    CHECK(refusal([&] { select(repo, "pelayanan-k"); }) ==
          "\"pelayanan-k\" is ambiguous: it starts pelayanan-kia, pelayanan-ktp; give more of "
          "the id");
  }

  TEST_CASE("an unknown id is refused listing the drafts")
  {
    TempRepo repo;
    repo.start("Pelayanan KTP");
    repo.start("Akta Kelahiran");
    CHECK(refusal([&] { select(repo, "kia"); }) ==
          "no draft \"kia\" in sops/; the drafts are: akta-kelahiran, pelayanan-ktp");
    CHECK(refusal([&] { select(repo, "sops/kia"); }) ==
          "no draft \"sops/kia\" in sops/; the drafts are: akta-kelahiran, pelayanan-ktp");
  }

  TEST_CASE("load_draft replays the draft's events into its state")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 4);
    auto draft = load(repo, "akta");
    CHECK(draft.file.id == "akta");
    CHECK(draft.file.display == "sops/akta.yaml");
    CHECK(draft.file.text == repo.text("akta"));
    CHECK(draft.file.sop.drafting->events.size() == 4);
    CHECK(draft.state.phase == Phase::in_progress);
    CHECK(draft.state.active_step == 4);
    CHECK(draft.state.last_event_at == hour(3));
  }

  TEST_CASE("load_draft refuses an SOP file that is not a draft")
  {
    TempRepo repo;
    write_bytes(repo.draft("prosedur"), sopctl::test::seed_text());
    CHECK_THROWS_AS(load(repo, "prosedur"), sopctl::store::NotADraft);
    CHECK(refusal([&] { load(repo, "prosedur"); }) ==
          "sops/prosedur.yaml: this SOP is not a draft (it has no drafting record); start a "
          "draft with: sopctl start TITLE");
  }

  TEST_CASE("load_draft refuses an event that does not fit the procedure, at its line")
  {
    TempRepo repo;
    repo.start("Akta", "akta");
    repo.advance_until("akta", 2);
    // Step 3 recorded while step 2 is active.
    auto before = repo.text("akta");
    auto line = std::count(before.begin(), before.end(), '\n') + 1;
    auto text = before + "    - event: completed\n"
                         "      step: 3\n"
                         "      role: sekretaris\n"
                         "      by: Budi\n"
                         "      at: \"2026-11-24T11:00:00+07:00\"\n";
    write_bytes(repo.draft("akta"), text);
    CHECK_THROWS_AS(load(repo, "akta"), sopctl::model::InvalidFile);
    CHECK(refusal([&] { load(repo, "akta"); }) ==
          "sops/akta.yaml:" + std::to_string(line) +
            ":7: this event records step 3, but step 2 is the active one at this point");
  }
}

TEST_SUITE("ops::status")
{
  TEST_CASE("a status whose only draft does not load says so, not \"no drafts yet\"")
  {
    TempRepo repo;
    write_bytes(repo.root / "sops" / "rusak.yaml", "name: [\n");
    std::ostringstream out, err;
    sopctl::ops::StatusRequest request;
    request.now = hour(1);
    CHECK(sopctl::ops::show_status(repo.repository, request, out, err) == 1);
    CHECK(out.str().empty());
    CHECK(err.str().find("no draft could be read (1 did not load; see above)") !=
          std::string::npos);
    CHECK(err.str().find("no drafts yet") == std::string::npos);
  }
}
