#include "fixtures.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using sopctl::model::InvalidFile;
using sopctl::test::load;
using sopctl::test::sop_errors;

namespace {

// A small valid SOP: two performers, a decision at step 2 going back to 1.
constexpr const char* minimal = R"(name: Pelayanan Akta Kelahiran
performers:
  - key: kasi
    name: Kasi
  - key: kabid
    name: Kabid PIAK
steps:
  - step: 1
    activity: Menulis konsep
    performer: kasi
  - step: 2
    activity: Memeriksa konsep
    performer: kabid
    decision:
      ya: 3
      tidak: 1
  - step: 3
    activity: Menandatangani
    performer: kabid
)";

size_t line_count(const std::string& text)
{
  return text.empty() ? 0 : std::count(text.begin(), text.end(), '\n') + 1;
}

} // namespace

TEST_SUITE("store::sop_reader")
{
  TEST_CASE("positions of steps and performers are 1-based")
  {
    auto sop = load(minimal);
    CHECK(sop.performers[1].where.line == 5);
    CHECK(sop.performers[1].where.column == 5);
    CHECK(sop.steps[2].where.line == 17);
    CHECK(sop.steps[2].where.column == 5);
  }

  TEST_CASE("a minimal SOP loads without problems")
  {
    CHECK(sop_errors(minimal) == "");
  }

  TEST_CASE("an unknown key is refused with the known keys listed")
  {
    CHECK(sop_errors(std::string(minimal) + "colour: red\n") ==
          "input:20:1: unknown key \"colour\" in the SOP; the keys are: "
          "number, name, version, section, office, dates, approver, signatories, legal_basis, "
          "qualifications, related, equipment, warning, records, performers, "
          "steps, time_unit, signing, numbering, letters, data, drafting");
  }

  TEST_CASE("an unknown key inside a step names the step")
  {
    CHECK(sop_errors(std::string(minimal) + "    colour: red\n") ==
          "input:20:5: unknown key \"colour\" in step 3; the keys are: step, "
          "activity, performer, requirements, time, output, remarks, decision, labels, next");
  }

  TEST_CASE("a step without a number is refused")
  {
    CHECK(sop_errors(std::string(minimal) + "  - activity: Arsip\n    performer: kasi\n") ==
          "input:20:5: a step has no \"step\"; add it");
  }

  TEST_CASE("a step number that is not a number is refused")
  {
    CHECK(sop_errors(std::string(minimal) + "  - step: empat\n    activity: Arsip\n"
                                            "    performer: kasi\n") ==
          "input:20:11: \"step\" of step empat must be a step number (1, 2, "
          "3, ...)");
  }

  TEST_CASE("a duplicated step number is refused")
  {
    CHECK(sop_errors(std::string(minimal) +
                     "  - step: 3\n    activity: Arsip\n    performer: kasi\n") ==
          "input:20:5: step number 3 is used twice (first at line 17); number "
          "the steps 1, 2, 3, ...");
  }

  TEST_CASE("a gap in the numbering is refused")
  {
    CHECK(sop_errors(std::string(minimal) +
                     "  - step: 5\n    activity: Arsip\n    performer: kasi\n") ==
          "input:20:5: step 4 is missing: found step 5 where step 4 should "
          "be; number the steps 1, 2, 3, ... in order");
  }

  TEST_CASE("a performer that is not declared is refused")
  {
    CHECK(sop_errors(std::string(minimal) +
                     "  - step: 4\n    activity: Arsip\n    performer: staf\n") ==
          "input:20:5: step 4: performer \"staf\" is not declared in "
          "performers (declared: kasi, kabid)");
  }

  TEST_CASE("a step without a performer is refused")
  {
    CHECK(sop_errors(std::string(minimal) + "  - step: 4\n    activity: Arsip\n") ==
          "input:20:5: step 4 has no \"performer\"; add it");
  }

  TEST_CASE("a step that is not a mapping is refused")
  {
    CHECK(sop_errors(std::string(minimal) + "  - Arsip\n") ==
          "input:20:5: a step must be a mapping of keys");
  }

  TEST_CASE("performers that are not a list are refused")
  {
    CHECK(sop_errors("name: x\nperformers: kasi\nsteps: []\n") ==
          "input:2:13: \"performers\" must be a list of {key, name} items\n"
          "input: the SOP has no performers; list them under \"performers\"\n"
          "input: the SOP has no steps; list them under \"steps\"");
  }

  TEST_CASE("a decision pointing at a missing step is refused")
  {
    std::string text = minimal;
    text.replace(text.find("ya: 3"), 5, "ya: 9");
    CHECK(sop_errors(text) == "input:11:5: step 2: its Ya exit points at step 9, which does not "
                              "exist (steps run 1 to 3)");
  }

  TEST_CASE("a decision pointing at its own step is refused")
  {
    std::string text = minimal;
    text.replace(text.find("tidak: 1"), 8, "tidak: 2");
    CHECK(sop_errors(text) == "input:11:5: step 2: its Tidak exit points at itself; give another "
                              "step");
  }

  TEST_CASE("a decision without its Tidak exit is refused")
  {
    std::string text = minimal;
    text.erase(text.find("      tidak: 1\n"), 15);
    CHECK(sop_errors(text) == "input:15:7: step 2 decision has no \"tidak\"; add it");
  }

  TEST_CASE("a date that is not a real day is refused")
  {
    CHECK(sop_errors(std::string(minimal) + "dates:\n  created: 2026-02-30\n") ==
          "input:21:3: dates.created \"2026-02-30\" is not a date; write it in quotes as "
          "YYYY-MM-DD for a day (\"2020-09-29\"), YYYY-MM for a month (\"2023-08\", printed "
          "Agustus 2023) or YYYY for a year (\"2023\"), or \"\" for none");
  }

  TEST_CASE("text given as a list is refused")
  {
    CHECK(sop_errors(std::string(minimal) + "warning:\n  - a\n  - b\n") ==
          "input:21:3: \"warning\" of the SOP must be text, not a list");
  }

  TEST_CASE("a list given as text is refused")
  {
    CHECK(sop_errors(std::string(minimal) + "equipment: ATK\n") ==
          "input:20:12: \"equipment\" of the SOP must be a list (items "
          "starting with \"- \")");
  }

  TEST_CASE("an SOP without a name is refused")
  {
    std::string text = minimal;
    text.erase(0, text.find('\n') + 1);
    CHECK(sop_errors(text) == "input:1:1: the SOP has no \"name\"; add it");
  }

  TEST_CASE("every problem of a file is reported at once")
  {
    std::string text = std::string(minimal) + "  - step: 3\n"            // 20: duplicated
                                              "    activity: Arsip\n"    // 21
                                              "    performer: staf\n"    // 22: undeclared
                                              "    colour: red\n"        // 23: unknown key
                                              "dates:\n"                 // 24
                                              "  approved: 2026-02-30\n" // 25: bad date
                                              "warning: [a]\n";          // 26: a list
    auto errors = sop_errors(text);
    CHECK(errors == "input:25:3: dates.approved \"2026-02-30\" is not a date; write it in "
                    "quotes as YYYY-MM-DD for a day (\"2020-09-29\"), YYYY-MM for a month "
                    "(\"2023-08\", printed Agustus 2023) or YYYY for a year (\"2023\"), or \"\" "
                    "for none\n"
                    "input:26:10: \"warning\" of the SOP must be text, not a list\n"
                    "input:23:5: unknown key \"colour\" in step 3; the keys are: step, "
                    "activity, performer, requirements, time, output, remarks, "
                    "decision, labels, next\n"
                    "input:20:5: step number 3 is used twice (first at line 17); number "
                    "the steps 1, 2, 3, ...\n"
                    "input:20:5: step 3: performer \"staf\" is not declared in "
                    "performers (declared: kasi, kabid)");
    CHECK(line_count(errors) == 5);
  }

  TEST_CASE("load_sop throws every problem prefixed with the path")
  {
    try {
      load("name: x\n");
      FAIL("load_sop accepted an SOP without performers and steps");
    } catch (const InvalidFile& error) {
      CHECK(std::string(error.what()) == "input: the SOP has no performers; list them under "
                                         "\"performers\"\n"
                                         "input: the SOP has no steps; list them under \"steps\"");
      CHECK(error.diagnostics().size() == 2);
    }
  }

  TEST_CASE("a draft's events are read with their times and offsets")
  {
    auto sop = load(std::string(minimal) + R"(drafting:
  procedure: 07/SOP-Disdukcapil/SES/2020
  events:
    - event: started
      by: Budi
      at: "2026-11-24T09:00:00+07:00"
    - event: completed
      step: 1
      role: sekretaris
      by: Sari
      at: 2026-11-24T10:30:00+08:00
      note: ok
)");
    REQUIRE(sop.drafting);
    CHECK(sop.drafting->procedure == "07/SOP-Disdukcapil/SES/2020");
    REQUIRE(sop.drafting->events.size() == 2);
    const auto& done = sop.drafting->events[1];
    CHECK(done.kind == sopctl::model::EventKind::completed);
    CHECK(done.step == 1);
    CHECK(done.role == "sekretaris");
    CHECK(done.note == "ok");
    CHECK(done.at.offset_minutes == 480);
    CHECK(done.where.line == 26);
    CHECK(done.where.column == 7);
  }

  TEST_CASE("a stored time without its offset is refused")
  {
    CHECK(sop_errors(std::string(minimal) + R"(drafting:
  procedure: X
  events:
    - event: started
      by: Budi
      at: 2026-11-24T09:00
)") == "input:25:7: \"2026-11-24T09:00\" is not a time with its UTC offset; "
       "write it like \"2026-11-24T09:00:00+07:00\"");
  }

  TEST_CASE("an unknown event kind is refused")
  {
    CHECK(sop_errors(std::string(minimal) + R"(drafting:
  procedure: X
  events:
    - event: begun
      by: Budi
      at: 2026-11-24T09:00+07:00
)") == "input:23:7: unknown event \"begun\"; events are started, completed, "
       "rejected, noted, voided, adopted, monitored, evaluated and revoked");
  }

  TEST_CASE("an empty event list is refused")
  {
    CHECK(sop_errors(std::string(minimal) + "drafting:\n  procedure: X\n  events: []\n") ==
          "input:22:3: a draft's events start with its \"started\" event; the "
          "list is empty");
  }
}
