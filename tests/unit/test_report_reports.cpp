// The overdue, due and performance reports over drafts of the seed
// (issue 3, section 4). 2026-11-20 and 2026-11-27 are Fridays.
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <report/reports.hpp>
#include <time/time_standard.hpp>

using sopctl::model::format_iso;
using sopctl::model::Timestamp;
using sopctl::report::ActiveStep;
using sopctl::report::ClockState;
using sopctl::report::DraftInput;
using sopctl::time::Calendar;
using sopctl::workflow::Activation;
using sopctl::workflow::DraftState;
using sopctl::workflow::Phase;

namespace {

Timestamp at(std::string_view text)
{
  auto parsed = sopctl::model::parse_timestamp(text, 7 * 60);
  INFO("time: ", text);
  REQUIRE(parsed);
  return *parsed;
}

// A draft whose step `step` has been active since `since`.
DraftState active_at(int step, std::string_view since)
{
  DraftState state;
  state.active_step = step;
  Activation activation;
  activation.step = step;
  activation.since = at(since);
  state.activations.push_back(activation);
  return state;
}

// A finished draft whose only record is step `step` done by `role`, taking
// `minutes` of working time from Monday 2026-11-23 07:30.
DraftState finished(int step, const std::string& role, int minutes)
{
  DraftState state;
  state.phase = Phase::done;
  Activation activation;
  activation.step = step;
  activation.role = role;
  activation.since = at("2026-11-23T07:30");
  activation.until = Calendar::office_default().add_working_seconds(activation.since, minutes * 60);
  state.activations.push_back(activation);
  return state;
}

struct Fixture
{
  sopctl::model::Sop procedure = sopctl::test::seed();
  Calendar calendar = Calendar::office_default();
  sopctl::report::ClockRules rules{&calendar, 0.25, sopctl::time::time_standards_of(procedure)};
  std::vector<std::pair<std::string, DraftState>> states;

  std::vector<DraftInput> drafts() const
  {
    std::vector<DraftInput> inputs;
    for (const auto& [id, state] : states) {
      inputs.push_back({id, "Judul " + id, &state});
    }
    return inputs;
  }
};

// The draft ids of rows, in order.
std::string ids(const std::vector<ActiveStep>& rows)
{
  std::string out;
  for (const auto& row : rows) {
    out += (out.empty() ? "" : " ") + row.draft;
  }
  return out;
}

// A mix of drafts as of Tuesday 2026-11-24 09:00.
Fixture mixed_drafts()
{
  Fixture fixture;
  fixture.states = {
    {"b-rapat", active_at(3, "2026-11-23T09:00")},    // due Mon 11:00
    {"a-undangan", active_at(2, "2026-11-23T09:00")}, // due Mon 09:10
    {"z-undangan", active_at(2, "2026-11-23T09:00")}, // the same as a-
    {"c-paraf", active_at(7, "2026-11-20T08:00")},    // no standard
    {"d-koreksi", active_at(6, "2026-11-23T15:00")},  // due Mon 16:00
    {"e-lama", active_at(2, "2026-11-20T09:00")},     // due Fri 09:10
    {"f-kadis", active_at(8, "2026-11-24T08:30")},    // due Tue 09:30
    {"g-data", active_at(4, "2026-11-23T09:00")},     // due Wed 09:00
    {"h-analisis", active_at(5, "2026-11-24T08:00")}, // due next Tue
    {"j-konsep", active_at(5, "2026-11-17T10:00")},   // due Tue 10:00
    {"i-selesai", finished(3, "sekretaris", 30)},     // done
  };
  return fixture;
}

} // namespace

TEST_SUITE("report::reports")
{
  TEST_CASE("overdue steps are listed the latest first, then by draft id")
  {
    auto fixture = mixed_drafts();
    auto rows = sopctl::report::overdue_steps(
      fixture.procedure, fixture.rules, fixture.drafts(), at("2026-11-24T09:00"), std::nullopt);
    CHECK(ids(rows) == "e-lama a-undangan z-undangan b-rapat d-koreksi");
    for (const auto& row : rows) {
      CHECK(row.clock.state == ClockState::overdue);
    }
  }

  TEST_CASE("an overdue row says how late in days and minutes and in minutes all told")
  {
    auto fixture = mixed_drafts();
    auto rows = sopctl::report::overdue_steps(
      fixture.procedure, fixture.rules, fixture.drafts(), at("2026-11-24T09:00"), std::nullopt);
    REQUIRE(rows.size() == 5);
    // Friday 09:10 to Tuesday 09:00: 440 + 510 + 90 minutes; one working day
    // (to Monday 09:10) and 500 minutes more.
    CHECK(rows[0].draft == "e-lama");
    CHECK(rows[0].title == "Judul e-lama");
    CHECK(rows[0].step->number == 2);
    CHECK(format_iso(*rows[0].clock.due) == "2026-11-20T09:10:00+07:00");
    CHECK(rows[0].late_minutes == 1040);
    CHECK(rows[0].late_days == 1);
    CHECK(rows[0].late_rest == 500);
    CHECK(sopctl::time::describe(rows[0].late_days, rows[0].late_rest) == "1 hari 8 jam 20 menit");
    // Monday 16:00 to Tuesday 09:00.
    CHECK(rows[4].draft == "d-koreksi");
    CHECK(rows[4].late_minutes == 90);
    CHECK(rows[4].late_days == 0);
    CHECK(rows[4].late_rest == 90);
  }

  TEST_CASE("the overdue report keeps only the given role's steps")
  {
    auto fixture = mixed_drafts();
    auto now = at("2026-11-24T09:00");
    CHECK(ids(sopctl::report::overdue_steps(
            fixture.procedure, fixture.rules, fixture.drafts(), now, "staf")) ==
          "e-lama a-undangan z-undangan");
    CHECK(ids(sopctl::report::overdue_steps(
            fixture.procedure, fixture.rules, fixture.drafts(), now, "kabid")) == "d-koreksi");
    CHECK(ids(sopctl::report::overdue_steps(
            fixture.procedure, fixture.rules, fixture.drafts(), now, "kadis")) == "");
  }

  TEST_CASE("nothing is overdue before any due time")
  {
    auto fixture = mixed_drafts();
    std::erase_if(fixture.states, [](const auto& entry) { return entry.first == "e-lama"; });
    auto rows = sopctl::report::overdue_steps(
      fixture.procedure, fixture.rules, fixture.drafts(), at("2026-11-23T09:05"), std::nullopt);
    CHECK(ids(rows) == "");
  }

  TEST_CASE("the due report lists steps due within the horizon and those at risk, soonest first")
  {
    auto fixture = mixed_drafts();
    auto now = at("2026-11-24T09:00");
    // 1 hari ahead: until Wednesday 09:00.
    auto horizon = fixture.calendar.due(now, {1, 0});
    auto rows = sopctl::report::due_steps(
      fixture.procedure, fixture.rules, fixture.drafts(), now, horizon, std::nullopt);
    CHECK(ids(rows) == "f-kadis j-konsep g-data");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].clock.state == ClockState::on_track);
    CHECK(rows[1].clock.state == ClockState::at_risk);
    CHECK(rows[2].clock.state == ClockState::on_track);
    CHECK(format_iso(*rows[2].clock.due) == "2026-11-25T09:00:00+07:00");
  }

  TEST_CASE("an at-risk step beyond the horizon is still due soon")
  {
    auto fixture = mixed_drafts();
    auto now = at("2026-11-24T09:00");
    auto horizon = fixture.calendar.due(now, {0, 10});
    auto rows = sopctl::report::due_steps(
      fixture.procedure, fixture.rules, fixture.drafts(), now, horizon, std::nullopt);
    CHECK(ids(rows) == "j-konsep");
  }

  TEST_CASE("percentiles are taken by nearest rank")
  {
    std::vector<std::int64_t> none;
    CHECK(sopctl::report::percentile(none, 50) == 0);
    std::vector<std::int64_t> one = {7};
    CHECK(sopctl::report::percentile(one, 50) == 7);
    CHECK(sopctl::report::percentile(one, 90) == 7);
    std::vector<std::int64_t> four = {40, 10, 30, 20};
    CHECK(sopctl::report::percentile(four, 50) == 20);
    CHECK(sopctl::report::percentile(four, 90) == 40);
    std::vector<std::int64_t> ten = {100, 90, 80, 70, 60, 50, 40, 30, 20, 10};
    CHECK(sopctl::report::percentile(ten, 50) == 50);
    CHECK(sopctl::report::percentile(ten, 90) == 90);
    CHECK(sopctl::report::percentile(ten, 100) == 100);
  }

  TEST_CASE("performance gives per step the completions, median, p90 and share met")
  {
    Fixture fixture;
    int n = 0;
    for (int minutes : {200, 30, 150, 60, 90}) {
      fixture.states.push_back({"d" + std::to_string(++n), finished(3, "sekretaris", minutes)});
    }
    fixture.states.push_back({"d-paraf", finished(7, "sekretaris", 45)});
    fixture.states.push_back({"d-aktif", active_at(3, "2026-11-23T07:30")});
    auto report = sopctl::report::performance(fixture.procedure, fixture.rules, fixture.drafts());
    REQUIRE(report.steps.size() == 10);
    const auto& step3 = report.steps[2];
    CHECK(step3.label == "3");
    CHECK(step3.step->number == 3);
    CHECK(step3.completions == 5);
    CHECK(step3.median_seconds == 90 * 60);
    CHECK(step3.p90_seconds == 200 * 60);
    CHECK(step3.with_standard == 5);
    CHECK(step3.met == 3);
    const auto& step7 = report.steps[6];
    CHECK(step7.completions == 1);
    CHECK(step7.with_standard == 0);
    CHECK(step7.met == 0);
    CHECK(report.steps[0].completions == 0);
    CHECK(report.steps[0].median_seconds == 0);

    REQUIRE(report.roles.size() == 5);
    CHECK(report.roles[0].label == "kadis");
    CHECK(report.roles[0].completions == 0);
    CHECK(report.roles[1].label == "sekretaris");
    CHECK(report.roles[1].step == nullptr);
    CHECK(report.roles[1].completions == 6);
    CHECK(report.roles[1].median_seconds == 60 * 60);
    CHECK(report.roles[1].p90_seconds == 200 * 60);
    CHECK(report.roles[1].with_standard == 5);
    CHECK(report.roles[1].met == 3);
  }

  TEST_CASE("each round of a step is a completion of its own")
  {
    Fixture fixture;
    auto state = finished(5, "kasi", 600);
    auto second = state.activations[0];
    second.round = 2;
    second.since = at("2026-11-25T07:30");
    second.until = at("2026-11-25T09:30");
    state.activations.push_back(second);
    fixture.states.push_back({"d1", state});
    auto report = sopctl::report::performance(fixture.procedure, fixture.rules, fixture.drafts());
    CHECK(report.steps[4].completions == 2);
    CHECK(report.steps[4].median_seconds == 120 * 60);
    CHECK(report.steps[4].p90_seconds == 600 * 60);
    CHECK(report.steps[4].met == 2);
  }
}
