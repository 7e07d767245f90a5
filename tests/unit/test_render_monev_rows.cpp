// The rows of the monitoring and evaluation forms: every SOP in force on
// some day of the period, one row each, with what was recorded within the
// period, and blank rows for the SOPs nothing was recorded of (issue 13:
// "blank rows for SOPs not yet monitored, so the office can see the gap").
#include <doctest/doctest.h>
#include <render/monev_rows.hpp>

using namespace sopctl;

namespace {

time::DayNumber day(const char* iso)
{
  return *time::parse_day(iso);
}

time::Period period(const char* text)
{
  return *time::parse_period(text);
}

render::TableSop sop(const char* id, const char* number, const char* name, const char* from)
{
  render::TableSop table_sop;
  table_sop.id = id;
  table_sop.number = number;
  table_sop.name = name;
  table_sop.in_force_from = day(from);
  return table_sop;
}

render::Assessment monitored(const char* on,
                             const char* by,
                             const char* result,
                             const char* note,
                             const char* action = "")
{
  return render::Assessment{day(on), by, result, note, action, {}};
}

} // namespace

TEST_SUITE("render::monev_rows")
{
  TEST_CASE("an SOP is in force during a period if it was on any of its days")
  {
    auto h2 = period("2026-H2");
    auto akta = sop("akta", "01", "Akta", "2026-12-31");
    CHECK(render::in_force_during(akta, h2)); // from the period's last day
    akta.in_force_from = day("2027-01-01");
    CHECK_FALSE(render::in_force_during(akta, h2)); // signed after it
    akta.in_force_from = day("2020-01-01");
    akta.in_force_until = day("2026-07-02");
    CHECK(render::in_force_during(akta, h2)); // superseded on its second day
    akta.in_force_until = day("2026-07-01");
    CHECK_FALSE(render::in_force_during(akta, h2)); // no longer in force on its first day
    CHECK(render::in_force_during(akta, period("2026-H1")));
  }

  TEST_CASE("one row per SOP in force, ordered by number, with blanks where nothing was recorded")
  {
    auto ktp = sop("ktp", "02/SOP", "Pelayanan KTP", "2025-03-01");
    auto akta = sop("akta", "01/SOP", "Pelayanan Akta", "2024-01-01");
    auto later = sop("later", "03/SOP", "Ditandatangani 2027", "2027-01-04");
    auto old = sop("old", "00/SOP", "Dicabut 2025", "2020-01-01");
    old.in_force_until = day("2025-05-01");
    akta.monitorings = {
      monitored("2026-08-03", "Siti Rahma", "tidak", "Berkas sering tidak lengkap", "revisi")};
    auto rows = render::monitoring_rows({ktp, akta, later, old}, period("2026-H2"));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].no == "1");
    CHECK(rows[0].number == "01/SOP");
    CHECK(rows[0].name == "Pelayanan Akta");
    CHECK(rows[0].result == "tidak");
    CHECK(rows[0].note == "Berkas sering tidak lengkap");
    CHECK(rows[0].action == "revisi");
    CHECK(rows[0].penilai == "Siti Rahma");
    CHECK(rows[0].date == "2026-08-03");
    CHECK(rows[1].no == "2");
    CHECK(rows[1].name == "Pelayanan KTP");
    CHECK(rows[1].result.empty()); // the gap
    CHECK(rows[1].note.empty());
    CHECK(rows[1].penilai.empty());
    CHECK(rows[1].date.empty());
  }

  TEST_CASE("only what was recorded within the period counts, the last of it shown")
  {
    auto akta = sop("akta", "01", "Akta", "2024-01-01");
    akta.monitorings = {monitored("2026-06-30", "A", "baik", "first half"),
                        monitored("2026-07-10", "B", "tidak", "checked", "perbaiki formulir"),
                        monitored("2026-12-31", "C", "baik", "fixed"),
                        monitored("2027-01-01", "D", "tidak", "next year")};
    auto h2 = render::monitoring_rows({akta}, period("2026-H2"));
    REQUIRE(h2.size() == 1);
    CHECK(h2[0].result == "baik");
    CHECK(h2[0].note == "fixed");
    CHECK(h2[0].penilai == "C");
    auto h1 = render::monitoring_rows({akta}, period("2026-H1"));
    CHECK(h1[0].note == "first half");
    auto before = render::monitoring_rows({akta}, period("2025-H2"));
    REQUIRE(before.size() == 1);
    CHECK(before[0].result.empty());
  }

  TEST_CASE("SOPs without a number come by name, and equal ones by id")
  {
    auto b = sop("b", "", "Beta", "2024-01-01");
    auto a = sop("a", "", "Alfa", "2024-01-01");
    auto a2 = sop("a2", "", "Alfa", "2024-01-01");
    auto rows = render::monitoring_rows({b, a2, a}, period("2026"));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].name == "Alfa");
    CHECK(rows[1].name == "Alfa");
    CHECK(rows[2].name == "Beta");
  }

  TEST_CASE("no SOP in force: no rows")
  {
    CHECK(render::monitoring_rows({}, period("2026-H1")).empty());
    CHECK(render::evaluation_rows({sop("x", "1", "X", "2030-01-01")}, period("2026")).empty());
  }

  TEST_CASE("an evaluation row answers each criterion in order, blank where not recorded")
  {
    auto akta = sop("akta", "01", "Akta", "2024-01-01");
    auto ktp = sop("ktp", "02", "KTP", "2024-01-01");
    render::Assessment evaluation{day("2026-11-20"),
                                  "Siti Rahma",
                                  "tidak",
                                  "Langkah 4 dan 5 tumpang tindih",
                                  "revisi",
                                  {{"kriteria.1", "ya"},
                                   {"kriteria.2", "ya"},
                                   {"kriteria.3", "tidak"},
                                   {"kriteria.7", "tidak"}}};
    akta.evaluations = {render::Assessment{day("2025-11-20"), "X", "baik", "last year", "", {}},
                        evaluation};
    auto rows = render::evaluation_rows({ktp, akta}, period("2026"));
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].name == "Akta");
    CHECK(rows[0].answers == std::vector<std::string>{"ya", "ya", "tidak", "", "", "", "tidak"});
    CHECK(rows[0].result == "tidak");
    CHECK(rows[0].note == "Langkah 4 dan 5 tumpang tindih");
    CHECK(rows[0].action == "revisi");
    CHECK(rows[0].penilai == "Siti Rahma");
    CHECK(rows[0].date == "2026-11-20");
    CHECK(rows[1].answers == std::vector<std::string>(7, ""));
    CHECK(rows[1].result.empty());
  }
}
