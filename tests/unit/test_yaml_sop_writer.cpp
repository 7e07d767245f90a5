#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <yaml/sop_writer.hpp>

using sopctl::model::EventKind;
using sopctl::model::Sop;
using sopctl::test::load;
using sopctl::test::seed;
using sopctl::test::seed_text;
using sopctl::yaml::write_event;
using sopctl::yaml::write_sop;

namespace {

// The seed file without the comment lines at its top.
std::string seed_body()
{
  auto text = seed_text();
  size_t start = 0;
  while (text.compare(start, 1, "#") == 0) {
    start = text.find('\n', start) + 1;
  }
  return text.substr(start);
}

// Compares every field the SOP format stores, one CHECK per field so a
// failure names it.
void check_same_sop(const Sop& a, const Sop& b)
{
  CHECK(a.number == b.number);
  CHECK(a.name == b.name);
  CHECK(a.section == b.section);
  CHECK(a.office.government == b.office.government);
  CHECK(a.office.name == b.office.name);
  CHECK(a.office.address == b.office.address);
  CHECK(a.office.phone == b.office.phone);
  CHECK(a.office.fax == b.office.fax);
  CHECK(a.office.city == b.office.city);
  CHECK(a.dates.created == b.dates.created);
  CHECK(a.dates.revised == b.dates.revised);
  CHECK(a.dates.approved == b.dates.approved);
  CHECK(a.approver.position == b.approver.position);
  CHECK(a.approver.name == b.approver.name);
  CHECK(a.approver.rank == b.approver.rank);
  CHECK(a.approver.nip == b.approver.nip);
  CHECK(a.legal_basis == b.legal_basis);
  CHECK(a.qualifications == b.qualifications);
  CHECK(a.related == b.related);
  CHECK(a.equipment == b.equipment);
  CHECK(a.warning == b.warning);
  CHECK(a.records == b.records);
  REQUIRE(a.performers.size() == b.performers.size());
  for (size_t i = 0; i < a.performers.size(); ++i) {
    CHECK(a.performers[i].key == b.performers[i].key);
    CHECK(a.performers[i].name == b.performers[i].name);
  }
  REQUIRE(a.steps.size() == b.steps.size());
  for (size_t i = 0; i < a.steps.size(); ++i) {
    CAPTURE(i);
    const auto& x = a.steps[i];
    const auto& y = b.steps[i];
    CHECK(x.number == y.number);
    CHECK(x.activity == y.activity);
    CHECK(x.performers == y.performers);
    CHECK(x.requirements == y.requirements);
    CHECK(x.time == y.time);
    CHECK(x.output == y.output);
    CHECK(x.remarks == y.remarks);
    REQUIRE(x.decision.has_value() == y.decision.has_value());
    if (x.decision) {
      CHECK(x.decision->yes == y.decision->yes);
      CHECK(x.decision->no == y.decision->no);
    }
  }
  REQUIRE(a.drafting.has_value() == b.drafting.has_value());
}

// A draft whose texts need quoting, blocks and escapes.
constexpr const char* tricky_draft = R"(number: "0631"
name: "yes"
warning: "Awas: \"dua\"\tkolom"
records: |+
  baris satu
    menjorok

dates:
  created: "2020-09-01"
legal_basis:
  - "- bukan daftar"
  - 'it''s'
performers:
  - key: kasi
    name: "~"
steps:
  - step: 1
    activity: "1.5"
    performer: kasi
    remarks: "a #b"
drafting:
  procedure: 07/SOP-Disdukcapil/SES/2020
  events:
    - event: started
      by: "null"
      at: 2026-11-24T09:00+07:00
    - event: completed
      step: 1
      role: kasi
      by: Sari
      at: 2026-11-24T10:00:00-03:30
      note: "baris\nkedua"
)";

} // namespace

TEST_SUITE("store::sop_writer")
{
  TEST_CASE("the seed's body is exactly what write_sop writes for it")
  {
    // Loading and saving without a change must write the same bytes.
    CHECK(write_sop(seed()) == seed_body());
  }

  TEST_CASE("the seed written and read back is the same SOP")
  {
    auto original = seed();
    auto again = load(write_sop(original));
    check_same_sop(again, original);
  }

  TEST_CASE("writing what was read is stable")
  {
    auto once = write_sop(load(tricky_draft));
    auto twice = write_sop(load(once));
    CHECK(twice == once);
    auto thrice = write_sop(load(twice));
    CHECK(thrice == once);
  }

  TEST_CASE("a tricky draft keeps every text through write and read")
  {
    auto original = load(tricky_draft);
    auto again = load(write_sop(original));
    check_same_sop(again, original);
    CHECK(again.records == "baris satu\n  menjorok\n\n");
    CHECK(again.warning == "Awas: \"dua\"\tkolom");
    REQUIRE(again.drafting->events.size() == 2);
    const auto& done = again.drafting->events[1];
    CHECK(done.at == original.drafting->events[1].at);
    CHECK(done.at.offset_minutes == -210);
    CHECK(done.note == "baris\nkedua");
    CHECK(again.drafting->events[0].by == "null");
  }

  TEST_CASE("values that look like numbers, dates or booleans are quoted")
  {
    auto text = write_sop(load(tricky_draft));
    CHECK(text.starts_with("number: \"0631\"\nname: \"yes\"\n"));
    CHECK(text.find("  created: \"2020-09-01\"\n") != std::string::npos);
    CHECK(text.find("    activity: \"1.5\"\n") != std::string::npos);
    CHECK(text.find("      at: \"2026-11-24T10:00:00-03:30\"\n") != std::string::npos);
  }

  TEST_CASE("the drafting record comes last, after its comment")
  {
    auto text = write_sop(load(tricky_draft));
    auto record = text.find("# The drafting record: written by sopctl, events "
                            "are only appended.\ndrafting:\n  procedure: "
                            "07/SOP-Disdukcapil/SES/2020\n  events:\n");
    REQUIRE(record != std::string::npos);
    CHECK(text.find("steps:\n") < record);
  }

  TEST_CASE("an empty draft writes empty lists")
  {
    auto text = write_sop(load("name: Baru\ndrafting:\n  procedure: X\n"
                               "  events:\n    - event: started\n"
                               "      by: Budi\n"
                               "      at: 2026-11-24T09:00+07:00\n"));
    CHECK(text.find("\nperformers: []\nsteps: []\n") != std::string::npos);
    CHECK(text.find("\nrelated: []\n") != std::string::npos);
  }

  TEST_CASE("an event is written in a fixed key order")
  {
    sopctl::model::Event event;
    event.kind = EventKind::rejected;
    event.step = 6;
    event.role = "kabid";
    event.by = "Sari";
    event.at = {1795485600, 420};
    event.note = "Langkah 3 kurang jelas";
    CHECK(write_event(event, 4) == "    - event: rejected\n"
                                   "      step: 6\n"
                                   "      role: kabid\n"
                                   "      by: Sari\n"
                                   "      at: \"2026-11-24T09:00:00+07:00\"\n"
                                   "      note: Langkah 3 kurang jelas\n");
  }

  TEST_CASE("a started event has no step, role or empty note")
  {
    sopctl::model::Event event;
    event.by = "Budi";
    event.at = {1795485600, 420};
    CHECK(write_event(event, 2) == "  - event: started\n"
                                   "    by: Budi\n"
                                   "    at: \"2026-11-24T09:00:00+07:00\"\n");
  }
}
