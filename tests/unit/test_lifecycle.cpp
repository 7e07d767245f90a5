// The SOP's life after signing (issue 13): lifecycle events in a draft's
// record and in the record of an SOP signed on paper, and the register's
// states, dates, revision links and due dates derived from them.
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <lifecycle/lifecycle.hpp>
#include <workflow/paper_record.hpp>
#include <workflow/replay.hpp>
#include <yaml/sop_writer.hpp>

using namespace sopctl;

namespace {

model::Timestamp at(const char* text)
{
  return *model::parse_timestamp(text, std::nullopt);
}

model::Event event(model::EventKind kind, const char* when, int step = 0, const char* role = "")
{
  model::Event e;
  e.kind = kind;
  e.at = at(when);
  e.step = step;
  e.role = role;
  e.by = "Ani";
  return e;
}

// The seed drafted to its end: started on 10 November 2026, step N done
// (Ya at the decisions) on 10 + N November at 09:00.
std::vector<model::Event> signed_draft(const model::Sop& seed)
{
  std::vector<model::Event> events = {
    event(model::EventKind::started, "2026-11-10T08:00:00+07:00")};
  for (const auto& step : seed.steps) {
    auto when = "2026-11-" + std::to_string(10 + step.number) + "T09:00:00+07:00";
    events.push_back(event(
      model::EventKind::completed, when.c_str(), step.number, step.performers.front().c_str()));
  }
  return events;
}

model::Event monitored(const char* when, const char* result = "baik")
{
  auto e = event(model::EventKind::monitored, when, 0, "sekretaris");
  e.result = result;
  e.note = "Berjalan sesuai SOP";
  if (std::string(result) == "tidak") {
    e.action = "revisi";
  }
  return e;
}

} // namespace

TEST_SUITE("lifecycle")
{
  TEST_CASE("lifecycle events follow a finished draft and change nothing of its drafting state")
  {
    auto seed = test::seed();
    auto events = signed_draft(seed);
    events.push_back(monitored("2027-05-01T10:00:00+07:00"));
    model::Diagnostics diagnostics("draft");
    auto state = workflow::replay(seed, events, diagnostics);
    REQUIRE(state);
    CHECK(state->phase == workflow::Phase::done);
    CHECK_FALSE(state->revoked);
  }

  TEST_CASE("a monitoring while the draft is drafted is refused at its position")
  {
    auto seed = test::seed();
    auto events = signed_draft(seed);
    events.resize(3);
    events.push_back(monitored("2026-11-30T10:00:00+07:00"));
    events.back().where = {40, 7};
    model::Diagnostics diagnostics("draft");
    CHECK_FALSE(workflow::replay(seed, events, diagnostics));
    CHECK(model::format_all(diagnostics.list()) ==
          "draft:40:7: this \"monitored\" event comes while the draft is still being drafted (step "
          "3 is active); an SOP is monitored, evaluated or revoked once it is signed");
  }

  TEST_CASE("after a revocation only notes follow")
  {
    auto seed = test::seed();
    auto events = signed_draft(seed);
    auto revoked = event(model::EventKind::revoked, "2027-01-05T10:00:00+07:00", 0, "kadis");
    revoked.note = "Diganti peraturan baru";
    revoked.ref = "Keputusan Kepala Dinas Nomor 5 Tahun 2027";
    events.push_back(revoked);
    model::Diagnostics ok("draft");
    auto state = workflow::replay(seed, events, ok);
    REQUIRE(state);
    CHECK(state->revoked);
    events.push_back(monitored("2027-02-01T10:00:00+07:00"));
    events.back().where = {50, 7};
    model::Diagnostics diagnostics("draft");
    CHECK_FALSE(workflow::replay(seed, events, diagnostics));
    CHECK(model::format_all(diagnostics.list()) ==
          "draft:50:7: this \"monitored\" event comes after the SOP was revoked; only notes may "
          "follow a \"revoked\" event");
  }

  TEST_CASE("a void does not reach back past a monitoring")
  {
    auto seed = test::seed();
    auto events = signed_draft(seed);
    events.back().hash = "aaaa";
    events.back().where = {30, 7};
    events.push_back(monitored("2027-05-01T10:00:00+07:00"));
    events.back().where = {37, 7};
    auto void_event = event(model::EventKind::voided, "2027-05-02T10:00:00+07:00", 10, "staf");
    void_event.role = events[events.size() - 2].role;
    void_event.note = "keliru";
    void_event.voids = "aaaa";
    void_event.where = {44, 7};
    events.push_back(void_event);
    model::Diagnostics diagnostics("draft");
    CHECK_FALSE(workflow::replay(seed, events, diagnostics));
    CHECK(model::format_all(diagnostics.list()) ==
          "draft:44:7: this void names the event at line 30, but the SOP has been monitored since "
          "(line 37): the life of an SOP in force is not undone by a void");
  }

  TEST_CASE("the record of an SOP signed on paper holds lifecycle events only, adopted first")
  {
    model::Diagnostics ok("sop");
    CHECK(
      workflow::check_paper_record({event(model::EventKind::adopted, "2026-11-01T09:00:00+07:00"),
                                    monitored("2026-12-01T09:00:00+07:00")},
                                   ok));
    CHECK(ok.empty());
    auto late_adoption = event(model::EventKind::adopted, "2026-12-02T09:00:00+07:00");
    late_adoption.where = {30, 7};
    model::Diagnostics twice("sop");
    CHECK_FALSE(
      workflow::check_paper_record({monitored("2026-12-01T09:00:00+07:00"), late_adoption}, twice));
    CHECK(model::format_all(twice.list()) ==
          "sop:30:7: an \"adopted\" event comes only first, when the SOP is brought into the "
          "repository");
    auto step = event(model::EventKind::completed, "2026-12-02T09:00:00+07:00", 1, "staf");
    step.where = {31, 7};
    model::Diagnostics drafting("sop");
    CHECK_FALSE(workflow::check_paper_record({step}, drafting));
    CHECK(model::format_all(drafting.list()) ==
          "sop:31:7: a \"completed\" event is a drafting act, but this record names no procedure: "
          "it is the record of an SOP signed on paper, which holds adopted, monitored, evaluated "
          "and revoked events only");
  }

  TEST_CASE("the reader and writer keep a record without a procedure and the new fields")
  {
    auto sop = test::seed();
    model::DraftingRecord record;
    auto adopted = event(model::EventKind::adopted, "2026-11-01T09:00:00+07:00");
    auto tidak = monitored("2026-12-01T09:00:00+07:00", "tidak");
    record.events = {adopted, tidak};
    sop.drafting = record;
    sop.version = 3;
    auto text = yaml::write_sop(sop);
    CHECK(text.find("  procedure:") == std::string::npos);
    CHECK(text.find("version: 3\n") != std::string::npos);
    CHECK(text.find("      result: tidak\n      action: revisi\n") != std::string::npos);
    auto read = test::load(text);
    CHECK(read.version == 3);
    REQUIRE(read.drafting);
    CHECK_FALSE(read.is_draft());
    CHECK(read.drafting->events[1].action == "revisi");
  }

  TEST_CASE("the reader refuses a monitoring without its result's action, and misplaced fields")
  {
    auto base = test::seed_text() + R"(drafting:
  events:
    - event: monitored
      role: sekretaris
      by: Ani
      at: "2026-12-01T09:00:00+07:00"
      note: Petugas belum memakai formulir baru
      result: tidak
      ref: "Nomor 1"
)";
    auto errors = test::sop_errors(base);
    CHECK(errors.find("a monitoring whose result is \"tidak\" needs the action to take") !=
          std::string::npos);
    CHECK(errors.find("\"ref\" (the decree) is written only on a revoked event") !=
          std::string::npos);
  }

  TEST_CASE("states: konsep, berlaku, digantikan by a signed revision, dicabut")
  {
    auto seed = test::seed();
    model::Diagnostics diagnostics("x");
    // v1 signed on paper; v2 its revision, signed in sopctl; v3 a revision of
    // v2 still drafted; another paper SOP revoked; a draft.
    auto v1 = seed;
    v1.dates.approved = "2020-09-29";
    auto v2 = seed;
    v2.version = 2;
    v2.dates.approved.clear();
    v2.drafting = model::DraftingRecord{seed.number, signed_draft(seed), {}};
    v2.drafting->events.front().revises = "v1";
    v2.drafting->events.front().note = "Perubahan Permendagri";
    auto v2_state = workflow::replay(seed, v2.drafting->events, diagnostics);
    auto v3 = seed;
    v3.drafting = model::DraftingRecord{seed.number, signed_draft(seed), {}};
    v3.drafting->events.resize(2);
    v3.drafting->events.front().revises = "v2";
    auto v3_state = workflow::replay(seed, v3.drafting->events, diagnostics);
    auto gone = seed;
    gone.dates.approved = "2013-06-18";
    auto revoked = event(model::EventKind::revoked, "2026-11-20T09:00:00+07:00", 0, "kadis");
    revoked.note = "Tidak dipakai";
    revoked.ref = "Keputusan Kepala Dinas Nomor 9";
    gone.drafting = model::DraftingRecord{"", {revoked}, {}};
    REQUIRE(v2_state);
    REQUIRE(v3_state);
    auto entries = lifecycle::derive({{"v1", &v1, nullptr, 8},
                                      {"v2", &v2, &*v2_state, 8},
                                      {"v3", &v3, &*v3_state, 8},
                                      {"gone", &gone, nullptr, 8}},
                                     {});
    REQUIRE(entries.size() == 4);
    CHECK(entries[0].state == lifecycle::State::digantikan);
    CHECK(entries[0].replaced_by == "v2");
    CHECK(entries[0].next_monitoring.empty());
    CHECK(entries[1].state == lifecycle::State::berlaku);
    CHECK(entries[1].version == 2);
    CHECK(entries[1].revises == "v1");
    CHECK(entries[1].revise_reason == "Perubahan Permendagri");
    // Step 8 (the signing) was done on 18 November, after step 7 on the 17th.
    CHECK(entries[1].approved == "2026-11-18");
    CHECK(entries[1].revised == "2026-11-18");
    CHECK(entries[1].effective == "2026-11-18");
    CHECK(entries[1].created == "2026-11-17");
    CHECK(entries[1].revision_open == "v3");
    CHECK(entries[1].next_monitoring == "2027-05-18");
    CHECK(entries[1].next_evaluation == "2027-11-18");
    CHECK(entries[2].state == lifecycle::State::konsep);
    CHECK(entries[2].approved.empty());
    CHECK(entries[3].state == lifecycle::State::dicabut);
    CHECK(entries[3].revoke_ref == "Keputusan Kepala Dinas Nomor 9");
  }

  TEST_CASE("the next monitoring is due six months after the last one, or as configured")
  {
    auto sop = test::seed();
    sop.dates.approved = "2026-01-31";
    sop.drafting = model::DraftingRecord{"", {monitored("2026-08-31T09:00:00+07:00")}, {}};
    auto entries = lifecycle::derive({{"s", &sop, nullptr, 8}}, {});
    CHECK(entries[0].effective == "2026-01-31");
    CHECK(entries[0].next_monitoring == "2027-02-28"); // the 31st of February is its last day
    CHECK(entries[0].next_evaluation == "2027-01-31");
    auto quarterly = lifecycle::derive({{"s", &sop, nullptr, 8}}, {3, 12, 14});
    CHECK(quarterly[0].next_monitoring == "2026-11-30");
  }

  TEST_CASE("an SOP printed with only its Tgl Efektif is in force from it")
  {
    auto sop = test::seed();
    sop.dates.approved.clear();
    sop.dates.effective = "2016-01-04";
    auto entries = lifecycle::derive({{"s", &sop, nullptr, 8}}, {});
    CHECK(entries[0].state == lifecycle::State::berlaku);
    CHECK(entries[0].next_monitoring == "2016-07-04");
    sop.dates.effective.clear();
    CHECK(lifecycle::derive({{"s", &sop, nullptr, 8}}, {})[0].state == lifecycle::State::konsep);
  }

  TEST_CASE("add_months and state words")
  {
    CHECK(lifecycle::add_months("2026-08-31", 6) == "2027-02-28");
    CHECK(lifecycle::add_months("2028-08-29", 6) == "2029-02-28");
    CHECK(lifecycle::add_months("2027-08-29", 6) == "2028-02-29");
    CHECK_FALSE(lifecycle::add_months("29 September 2020", 6));
    CHECK(lifecycle::parse_state("digantikan") == lifecycle::State::digantikan);
    CHECK_FALSE(lifecycle::parse_state("aktif"));
  }
}
