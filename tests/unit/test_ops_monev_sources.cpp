// The register's entries as the monitoring and evaluation forms read them
// (ops::table_sops): which SOPs were ever in force and for which days, and
// their assessments on the office's calendar.
#include <doctest/doctest.h>
#include <ops/monev_sources.hpp>

using namespace sopctl;

namespace {

time::DayNumber day(const char* iso)
{
  return *time::parse_day(iso);
}

model::Timestamp at(const char* iso)
{
  return *model::parse_timestamp(iso, std::nullopt);
}

lifecycle::Entry entry(const char* id,
                       const model::Sop& sop,
                       lifecycle::State state,
                       const char* approved,
                       const char* effective = "")
{
  lifecycle::Entry e;
  e.id = id;
  e.sop = &sop;
  e.state = state;
  e.approved = approved;
  e.effective = effective;
  return e;
}

} // namespace

TEST_SUITE("ops::monev_sources")
{
  TEST_CASE("a draft never signed is left out, and an SOP is in force from its Tgl Efektif, else "
            "its Tgl Pengesahan")
  {
    model::Sop akta;
    akta.name = "Pelayanan Akta";
    akta.number = "01/SOP";
    model::Sop draft;
    draft.name = "Konsep";
    auto sops =
      ops::table_sops({entry("akta", akta, lifecycle::State::berlaku, "2026-02-02", "2026-03-01"),
                       entry("ktp", akta, lifecycle::State::berlaku, "2026-02-02"),
                       entry("konsep", draft, lifecycle::State::konsep, ""),
                       entry("undated", akta, lifecycle::State::berlaku, "")},
                      7 * 60);
    REQUIRE(sops.size() == 2);
    CHECK(sops[0].id == "akta");
    CHECK(sops[0].number == "01/SOP");
    CHECK(sops[0].name == "Pelayanan Akta");
    CHECK(sops[0].in_force_from == day("2026-03-01"));
    CHECK_FALSE(sops[0].in_force_until);
    CHECK(sops[1].in_force_from == day("2026-02-02"));
  }

  TEST_CASE(
    "superseded: until its revision took effect, revoked: through the day of the revocation")
  {
    model::Sop sop;
    auto v1 = entry("v1", sop, lifecycle::State::digantikan, "2020-09-29");
    v1.replaced_by = "v2";
    auto v2 = entry("v2", sop, lifecycle::State::dicabut, "2026-05-04", "2026-05-11");
    v2.revoked_at = at("2026-10-01T23:30:00+07:00");
    auto sops = ops::table_sops({v1, v2}, 7 * 60);
    REQUIRE(sops.size() == 2);
    CHECK(sops[0].in_force_until == day("2026-05-11"));
    CHECK(sops[1].in_force_from == day("2026-05-11"));
    CHECK(sops[1].in_force_until == day("2026-10-02"));
    // Revoked after its revision: the earlier end holds.
    v1.revoked_at = at("2026-12-01T09:00:00+07:00");
    CHECK(ops::table_sops({v1, v2}, 7 * 60)[0].in_force_until == day("2026-05-11"));
  }

  TEST_CASE("assessments fall on the office's calendar day")
  {
    model::Sop sop;
    auto akta = entry("akta", sop, lifecycle::State::berlaku, "2020-01-01");
    akta.monitorings.push_back(
      {at("2026-06-30T18:00:00Z"), "Siti", "sekretaris", "tidak", "Catatan", "revisi", {}});
    akta.evaluations.push_back({at("2026-11-20T10:00:00+07:00"),
                                "Siti",
                                "sekretaris",
                                "baik",
                                "Baik",
                                "",
                                {{"kriteria.1", "ya"}}});
    auto sops = ops::table_sops({akta}, 7 * 60);
    REQUIRE(sops.size() == 1);
    REQUIRE(sops[0].monitorings.size() == 1);
    CHECK(sops[0].monitorings[0].day == day("2026-07-01")); // 01:00 in Sibolga (WIB)
    CHECK(sops[0].monitorings[0].by == "Siti");
    CHECK(sops[0].monitorings[0].result == "tidak");
    CHECK(sops[0].monitorings[0].action == "revisi");
    CHECK(ops::table_sops({akta}, 0)[0].monitorings[0].day == day("2026-06-30")); // in UTC
    REQUIRE(sops[0].evaluations.size() == 1);
    CHECK(sops[0].evaluations[0].criteria.at("kriteria.1") == "ya");
  }
}
