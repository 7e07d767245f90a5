// The Daftar SOP's rows from the register's entries (issue 13): number,
// version and dates as derived, and each state in the office's words,
// naming the revision that replaced an SOP and the decree that revoked one.
#include <doctest/doctest.h>
#include <ops/register_document.hpp>

using namespace sopctl;

namespace {

model::Sop sop_named(std::string number, std::string name)
{
  model::Sop sop;
  sop.number = std::move(number);
  sop.name = std::move(name);
  return sop;
}

} // namespace

TEST_SUITE("ops::register_document")
{
  TEST_CASE("each state is written as the office writes it, with what replaced or revoked it")
  {
    ops::Catalogue catalogue;
    catalogue.files.resize(4);
    catalogue.files[0].sop = sop_named("07/SOP/2020", "Pelayanan KK");
    catalogue.files[1].sop = sop_named("07/SOP/2020", "Pelayanan KK");
    catalogue.files[2].sop = sop_named("", "Pelayanan KTP");
    catalogue.files[3].sop = sop_named("09/SOP/2021", "Pelayanan SIM");
    std::vector<lifecycle::Entry> entries(4);
    const char* ids[] = {"kk", "kk-v2", "ktp", "sim"};
    for (size_t i = 0; i < entries.size(); ++i) {
      entries[i].id = ids[i];
      entries[i].sop = &catalogue.files[i].sop;
    }
    entries[0].state = lifecycle::State::digantikan;
    entries[0].replaced_by = "kk-v2";
    entries[0].created = "2020-09-01";
    entries[0].approved = "2020-09-29";
    entries[0].effective = "2020-09-29";
    entries[1].state = lifecycle::State::berlaku;
    entries[1].version = 2;
    entries[1].revised = "2026-11-20";
    entries[1].approved = "2026-11-20";
    entries[1].effective = "2026-11-20";
    entries[1].next_monitoring = "2027-05-20";
    entries[2].state = lifecycle::State::konsep;
    entries[3].state = lifecycle::State::dicabut;
    entries[3].revoke_ref = "Keputusan Kepala Dinas Nomor 5 Tahun 2026";
    catalogue.entries = entries;

    auto rows = ops::register_rows(catalogue);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0].status == "Digantikan oleh 07/SOP/2020 versi 2");
    CHECK(rows[0].version == "1");
    CHECK(rows[0].next_monitoring == "");
    CHECK(rows[1].status == "Berlaku");
    CHECK(rows[1].version == "2");
    CHECK(rows[1].revised == "2026-11-20");
    CHECK(rows[1].next_monitoring == "2027-05-20");
    // In the order of `sopctl register`: by number, an SOP without one last.
    CHECK(rows[2].status == "Dicabut (Keputusan Kepala Dinas Nomor 5 Tahun 2026)");
    CHECK(rows[2].number == "09/SOP/2021");
    CHECK(rows[3].status == "Konsep");
    CHECK(rows[3].number == "");
    CHECK(rows[3].name == "Pelayanan KTP");

    // A revision without a number is named by its id.
    catalogue.files[1].sop.number.clear();
    CHECK(ops::register_rows(catalogue)[0].status == "Digantikan oleh kk-v2 versi 2");
  }
}
