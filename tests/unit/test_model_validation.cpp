#include <doctest/doctest.h>
#include <model/diagnostics.hpp>
#include <model/errors.hpp>
#include <model/sop.hpp>
#include <model/validation.hpp>

using sopctl::model::Diagnostics;
using sopctl::model::is_valid_role_key;
using sopctl::model::Sop;
using sopctl::model::validate_sop;

namespace {

// Two performers and three steps; step 2 decides between 3 and 1.
Sop valid_sop()
{
  Sop sop;
  sop.name = "Pelayanan";
  sop.performers = {{"kasi", "Kasi", false, {3, 5}}, {"kabid", "Kabid", false, {5, 5}}};
  sop.steps.resize(3);
  for (int i = 0; i < 3; ++i) {
    sop.steps[i].number = i + 1;
    sop.steps[i].activity = "Kegiatan";
    sop.steps[i].performers = {i == 0 ? "kasi" : "kabid"};
    sop.steps[i].where = {8 + 4 * i, 5};
  }
  sop.steps[1].decision = sopctl::model::Decision{3, 1};
  return sop;
}

std::string problems(const Sop& sop)
{
  Diagnostics diagnostics("input");
  validate_sop(sop, diagnostics);
  return sopctl::model::format_all(diagnostics.list());
}

} // namespace

TEST_SUITE("model::validation")
{
  TEST_CASE("a valid SOP has no problems")
  {
    CHECK(problems(valid_sop()) == "");
  }

  TEST_CASE("an SOP needs performers and steps")
  {
    CHECK(problems(Sop{}) == "input: the SOP has no performers; list them under \"performers\"\n"
                             "input: the SOP has no steps; list them under \"steps\"");
  }

  TEST_CASE("a draft may still have no performers or steps")
  {
    Sop draft;
    draft.drafting = sopctl::model::DraftingRecord{};
    draft.drafting->procedure = "07/SOP-Disdukcapil/SES/2020";
    CHECK(problems(draft) == "");
  }

  TEST_CASE("a performer declared twice is refused")
  {
    auto sop = valid_sop();
    sop.performers.push_back({"kasi", "Kasi lagi", false, {7, 5}});
    CHECK(problems(sop) == "input:7:5: performer \"kasi\" is declared twice "
                           "(first at line 3); keep one");
  }

  TEST_CASE("a performer key that is not a role key is refused")
  {
    auto sop = valid_sop();
    sop.performers[1].key = "Kabid PIAK";
    for (auto& step : sop.steps) {
      step.performers = {"kasi"};
    }
    CHECK(problems(sop) == "input:5:5: performer key \"Kabid PIAK\" must be "
                           "lower-case letters, digits, - or _ (like kabid)");
  }

  TEST_CASE("a step without an activity is refused")
  {
    auto sop = valid_sop();
    sop.steps[2].activity = "";
    CHECK(problems(sop) == "input:16:5: step 3 has no activity; write what is "
                           "done in \"activity\"");
  }

  TEST_CASE("with no performers declared the message says none yet")
  {
    auto sop = valid_sop();
    sop.performers.clear();
    sop.steps.resize(1);
    sop.drafting = sopctl::model::DraftingRecord{};
    sop.drafting->procedure = "07/SOP-Disdukcapil/SES/2020";
    CHECK(problems(sop) == "input:8:5: step 1: performer \"kasi\" is not "
                           "declared in performers (declared: none yet)");
  }

  TEST_CASE("a gap in the numbering is reported once")
  {
    auto sop = valid_sop();
    sop.steps[1].number = 4;
    sop.steps[2].number = 5;
    sop.steps[0].decision = sopctl::model::Decision{4, 5};
    sop.steps[1].decision.reset();
    CHECK(problems(sop) == "input:12:5: step 2 is missing: found step 4 where step 2 should "
                           "be; number the steps 1, 2, 3, ... in order");
  }

  TEST_CASE("steps out of order are refused without naming steps that do not exist")
  {
    // A step inserted in the middle and numbered with the next free number.
    auto sop = valid_sop();
    std::swap(sop.steps[1].number, sop.steps[2].number);
    sop.steps[1].decision.reset();
    auto errors = problems(sop);
    CHECK_FALSE(errors.empty());
    CHECK(errors.find("step 4") == std::string::npos);
  }

  TEST_CASE("role keys are lower-case letters, digits, dashes and underscores")
  {
    for (std::string key : {"kabid", "staf-2", "kasi_inovasi", "k"}) {
      CAPTURE(key);
      CHECK(is_valid_role_key(key));
    }
    for (const auto& key : std::vector<std::string>{
           "", "Kabid", "2kabid", "-kabid", "kabid piak", "kabíd", std::string(41, 'k')}) {
      CAPTURE(key);
      CHECK_FALSE(is_valid_role_key(key));
    }
  }
}

TEST_SUITE("model::diagnostics")
{
  TEST_CASE("a diagnostic is path:line:col: message, or path: message")
  {
    Diagnostics diagnostics("sops/akta.yaml");
    diagnostics.add({3, 7}, "first");
    diagnostics.add({}, "second");
    CHECK(sopctl::model::format_all(diagnostics.list()) ==
          "sops/akta.yaml:3:7: first\nsops/akta.yaml: second");
  }

  TEST_CASE("throw_if_any throws InvalidFile only when there are problems")
  {
    Diagnostics none("a.yaml");
    CHECK_NOTHROW(none.throw_if_any());
    Diagnostics some("a.yaml");
    some.add({1, 1}, "bad");
    CHECK_THROWS_WITH_AS(some.throw_if_any(), "a.yaml:1:1: bad", sopctl::model::InvalidFile);
  }
}
