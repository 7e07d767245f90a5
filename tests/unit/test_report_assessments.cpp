// The monitorings and evaluations `report overdue` and `report due` list
// (issue 13, section 3): late the day after the day they are due, due soon
// within due_soon_days, only for SOPs in force, from the effective date or
// the last one.
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <lifecycle/lifecycle.hpp>
#include <report/assessments.hpp>

using namespace sopctl;

namespace {

time::DayNumber day(const char* iso)
{
  return *time::parse_day(iso);
}

// An SOP signed on paper, in force from 31 January 2026, with the record
// `events`.
model::Sop paper_sop(const std::string& name, std::vector<model::Event> events = {})
{
  auto sop = test::seed();
  sop.drafting.reset();
  sop.name = name;
  sop.dates.approved = "2026-01-31";
  sop.dates.effective = "2026-01-31";
  if (!events.empty()) {
    sop.drafting = model::DraftingRecord{};
    sop.drafting->events = std::move(events);
  }
  return sop;
}

model::Event monitored(const char* when)
{
  model::Event event;
  event.kind = model::EventKind::monitored;
  event.at = *model::parse_timestamp(when, std::nullopt);
  event.by = "Ani";
  event.result = "baik";
  event.note = "Berjalan sesuai SOP";
  return event;
}

std::vector<lifecycle::Entry> register_of(const std::vector<const model::Sop*>& sops)
{
  std::vector<lifecycle::Input> inputs;
  for (size_t i = 0; i < sops.size(); ++i) {
    inputs.push_back({"sop-" + std::to_string(i + 1), sops[i], nullptr, 0});
  }
  return lifecycle::derive(inputs, lifecycle::Schedule{});
}

} // namespace

TEST_SUITE("report::assessments")
{
  TEST_CASE("a monitoring is late the day after its due day, not on it")
  {
    // Effective 31 January: monitoring due 31 July (six months, the last
    // day of a shorter month kept), evaluation due 31 January 2027.
    auto sop = paper_sop("Pelayanan KTP");
    auto entries = register_of({&sop});
    REQUIRE(entries[0].next_monitoring == "2026-07-31");
    CHECK(report::overdue_assessments(entries, day("2026-07-31")).empty());
    auto late = report::overdue_assessments(entries, day("2026-08-01"));
    REQUIRE(late.size() == 1);
    CHECK(late[0].kind == report::DueKind::monitoring);
    CHECK(late[0].sop == "sop-1");
    CHECK(late[0].title == "Pelayanan KTP");
    CHECK(late[0].since == day("2026-01-31"));
    CHECK(late[0].due == day("2026-07-31"));
    CHECK(late[0].days == 1);
    // A year on both are late, the monitoring the most.
    auto both = report::overdue_assessments(entries, day("2027-02-03"));
    REQUIRE(both.size() == 2);
    CHECK(both[0].kind == report::DueKind::monitoring);
    CHECK(both[0].days == 187);
    CHECK(both[1].kind == report::DueKind::evaluation);
    CHECK(both[1].days == 3);
  }

  TEST_CASE("the next monitoring counts from the last one")
  {
    auto sop = paper_sop("Pelayanan KTP", {monitored("2026-07-20T10:00:00+07:00")});
    auto entries = register_of({&sop});
    CHECK(report::overdue_assessments(entries, day("2026-08-01")).empty());
    auto late = report::overdue_assessments(entries, day("2027-01-21"));
    REQUIRE(late.size() == 1);
    CHECK(late[0].since == day("2026-07-20"));
    CHECK(late[0].due == day("2027-01-20"));
  }

  TEST_CASE("due soon: from due_soon_days before the due day to the due day itself")
  {
    auto sop = paper_sop("Pelayanan KTP");
    auto entries = register_of({&sop});
    CHECK(report::due_assessments(entries, day("2026-07-16"), 14).empty());
    auto near = report::due_assessments(entries, day("2026-07-17"), 14);
    REQUIRE(near.size() == 1);
    CHECK(near[0].days == 14);
    auto today = report::due_assessments(entries, day("2026-07-31"), 14);
    REQUIRE(today.size() == 1);
    CHECK(today[0].days == 0);
    // Late is overdue, not due.
    CHECK(report::due_assessments(entries, day("2026-08-01"), 14).empty());
  }

  TEST_CASE("only SOPs in force are due, the soonest and the latest first")
  {
    auto old = paper_sop("Lama");
    auto newer = paper_sop("Baru");
    newer.dates.effective = "2026-03-15";
    auto draft_like = paper_sop("Tanpa tanggal");
    draft_like.dates.approved.clear();
    draft_like.dates.effective.clear();
    auto entries = register_of({&newer, &old, &draft_like});
    auto late = report::overdue_assessments(entries, day("2026-10-01"));
    REQUIRE(late.size() == 2);
    CHECK(late[0].sop == "sop-2");
    CHECK(late[1].sop == "sop-1");
    auto near = report::due_assessments(entries, day("2026-07-25"), 60);
    REQUIRE(near.size() == 2);
    CHECK(near[0].sop == "sop-2");
    CHECK(near[1].sop == "sop-1");
  }

  TEST_CASE("a row's kind is written step, monitoring or evaluation and read back")
  {
    for (auto kind :
         {report::DueKind::step, report::DueKind::monitoring, report::DueKind::evaluation}) {
      CHECK(report::parse_due_kind(report::to_string(kind)) == kind);
    }
    CHECK(report::to_string(report::DueKind::evaluation) == "evaluation");
    CHECK_FALSE(report::parse_due_kind("langkah"));
  }
}
