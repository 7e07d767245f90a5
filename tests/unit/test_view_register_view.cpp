// The register (Daftar SOP) as `sopctl register` prints it: its order, its
// state filter, its records and its table.
#include <doctest/doctest.h>
#include <lifecycle/lifecycle.hpp>
#include <view/register_view.hpp>

using namespace sopctl;
using lifecycle::State;

namespace {

// Four SOPs of one office: an SOP in force and its superseded version 1, a
// revoked one and a draft, each with its own model::Sop for its name.
struct Office
{
  std::vector<model::Sop> sops;
  std::vector<lifecycle::Entry> entries;

  Office()
  {
    sops.resize(4);
    sops[0].name = "Pelayanan KTP-el";
    sops[1].name = "Pelayanan KTP-el";
    sops[2].name = "Penerbitan Akta Kelahiran";
    sops[3].name = "Pelayanan Kartu Keluarga";
    entries.resize(4);
    auto& v1 = entries[0];
    v1.id = "ktp";
    v1.state = State::digantikan;
    v1.created = "2019-01-02";
    v1.approved = "2019-02-01";
    v1.effective = "2019-02-01";
    v1.replaced_by = "ktp-2";
    auto& v2 = entries[1];
    v2.id = "ktp-2";
    v2.version = 2;
    v2.state = State::berlaku;
    v2.created = "2026-11-17";
    v2.revised = "2026-11-18";
    v2.approved = "2026-11-18";
    v2.effective = "2026-11-18";
    v2.revises = "ktp";
    v2.next_monitoring = "2027-05-18";
    v2.next_evaluation = "2027-11-18";
    lifecycle::Assessment monitoring;
    monitoring.at = *model::parse_timestamp("2027-01-10T09:00:00+07:00", std::nullopt);
    monitoring.result = "tidak";
    v2.monitorings.push_back(monitoring);
    auto& akta = entries[2];
    akta.id = "akta";
    akta.state = State::dicabut;
    akta.approved = "2013-06-18";
    akta.effective = "2013-06-18";
    akta.revoked_at = *model::parse_timestamp("2026-11-20T23:30:00+07:00", std::nullopt);
    akta.revoke_ref = "Keputusan Kepala Dinas Nomor 9";
    auto& kk = entries[3];
    kk.id = "kk";
    kk.state = State::konsep;
    for (size_t i = 0; i < 4; ++i) {
      entries[i].sop = &sops[i];
    }
  }

  // The rows as ops::register_listing makes them: the number in effect and
  // where the draft stands.
  std::vector<view::RegisterRow> rows() const
  {
    std::vector<view::RegisterRow> rows(4);
    const char* numbers[] = {"10/SOP/2019", "10/SOP/2019", "2/SOP/2013", ""};
    for (size_t i = 0; i < 4; ++i) {
      rows[i].entry = &entries[i];
      rows[i].number = numbers[i];
      rows[i].file = "sops/" + entries[i].id + ".yaml";
    }
    rows[0].replaced_by_version = 2;
    rows[3].step = 5;
    rows[3].step_count = 10;
    return rows;
  }
};

std::vector<std::string> ids_of(const std::vector<view::RegisterRow>& rows)
{
  std::vector<std::string> ids;
  for (const auto& row : rows) {
    ids.push_back(row.entry->id);
  }
  return ids;
}

} // namespace

TEST_SUITE("view::register_view")
{
  TEST_CASE("numbers are ordered with their digit runs as numbers, and unnumbered SOPs last")
  {
    CHECK(view::number_before("2/SOP/2020", "10/SOP/2020"));
    CHECK_FALSE(view::number_before("10/SOP/2020", "2/SOP/2020"));
    CHECK(view::number_before("07/SOP-Disdukcapil/SES/2020", "8/SOP-Disdukcapil/SES/2020"));
    CHECK(view::number_before("800/1/SOP", "800/1/SOP/2021"));
    CHECK(view::number_before("A/2", "B/1"));
    CHECK(view::number_before("Z/9", ""));
    CHECK_FALSE(view::number_before("", "Z/9"));
    CHECK_FALSE(view::number_before("7/SOP", "07/SOP")); // the same number
    CHECK_FALSE(view::number_before("07/SOP", "7/SOP"));
  }

  TEST_CASE("the register is ordered by number, then name, version and id")
  {
    Office office;
    auto rows = view::order_register(office.rows(), {});
    CHECK(ids_of(rows) == std::vector<std::string>{"akta", "ktp", "ktp-2", "kk"});
    // One number, one name: the older version first.
    auto swapped = office.rows();
    std::swap(swapped[0], swapped[1]);
    CHECK(ids_of(view::order_register(swapped, {})) ==
          std::vector<std::string>{"akta", "ktp", "ktp-2", "kk"});
  }

  TEST_CASE("--state keeps the SOPs in the states named")
  {
    Office office;
    CHECK(ids_of(view::order_register(office.rows(), {State::berlaku})) ==
          std::vector<std::string>{"ktp-2"});
    CHECK(ids_of(view::order_register(office.rows(), {State::konsep, State::dicabut})) ==
          std::vector<std::string>{"akta", "kk"});
    auto none = view::order_register(office.rows(), {State::berlaku});
    none.clear();
    CHECK(view::register_table(none, {State::digantikan, State::berlaku}, {}) ==
          "no SOP in sops/ is in the state asked for (berlaku, digantikan)\n");
  }

  TEST_CASE("the records: one column list for CSV, JSON and xlsx, dates as days")
  {
    Office office;
    auto sheet = view::register_sheet(view::order_register(office.rows(), {}));
    CHECK(sheet.name == "register");
    CHECK(sheet.columns == std::vector<std::string>{"no",
                                                    "id",
                                                    "number",
                                                    "name",
                                                    "version",
                                                    "created",
                                                    "revised",
                                                    "approved",
                                                    "effective",
                                                    "state",
                                                    "step",
                                                    "step_count",
                                                    "replaced_by",
                                                    "revises",
                                                    "revision_open",
                                                    "revoked_at",
                                                    "revoke_ref",
                                                    "revoke_reason",
                                                    "last_monitoring",
                                                    "last_monitoring_result",
                                                    "next_monitoring",
                                                    "last_evaluation",
                                                    "last_evaluation_result",
                                                    "next_evaluation",
                                                    "file"});
    REQUIRE(sheet.rows.size() == 4);
    auto csv = view::sheet_csv(sheet, view::CsvStyle::rfc4180);
    CHECK(csv.find("\r\n1,akta,2/SOP/2013,Penerbitan Akta Kelahiran,1,,,2013-06-18,2013-06-18,"
                   "dicabut,,,,,,2026-11-20T23:30:00+07:00,Keputusan Kepala Dinas Nomor 9,,,,,,,,"
                   "sops/akta.yaml\r\n") != std::string::npos);
    CHECK(csv.find("\r\n2,ktp,10/SOP/2019,Pelayanan KTP-el,1,2019-01-02,,2019-02-01,2019-02-01,"
                   "digantikan,,,ktp-2,,,") != std::string::npos);
    CHECK(csv.find("\r\n3,ktp-2,10/SOP/2019,Pelayanan KTP-el,2,2026-11-17,2026-11-18,2026-11-18,"
                   "2026-11-18,berlaku,,,,ktp,,,,,2027-01-10,tidak,2027-05-18,,,2027-11-18,"
                   "sops/ktp-2.yaml\r\n") != std::string::npos);
    CHECK(csv.find("\r\n4,kk,,Pelayanan Kartu Keluarga,1,,,,,konsep,5,10,") != std::string::npos);
    // Dates are days (Excel dates in xlsx), not text.
    CHECK(std::holds_alternative<view::Day>(sheet.rows[2][5]));
    CHECK(std::holds_alternative<std::monostate>(sheet.rows[3][5]));
  }

  TEST_CASE("the JSON names its schema, the states shown and the count")
  {
    Office office;
    auto rows = view::order_register(office.rows(), {State::berlaku, State::digantikan});
    auto json = view::register_json(rows, {State::digantikan, State::berlaku});
    CHECK(json.starts_with("{\n  \"schema\": \"sopctl.register/1\",\n  \"states\": [\n"
                           "    \"berlaku\",\n    \"digantikan\"\n  ],\n  \"sop_count\": 2,\n"
                           "  \"sops\": [\n    {\n      \"no\": 1,\n      \"id\": \"ktp\","));
    CHECK(json.find("\"replaced_by\": \"ktp-2\"") != std::string::npos);
    CHECK(json.find("\"revoked_at\": null") != std::string::npos);
    auto all = view::register_json({}, {});
    CHECK(all.find("\"states\": [\n    \"konsep\",\n    \"berlaku\",\n    \"digantikan\",\n"
                   "    \"dicabut\"\n  ],\n  \"sop_count\": 0,\n  \"sops\": []") !=
          std::string::npos);
  }

  TEST_CASE("the table: a konsep's step, the version that replaced, the DICABUT mark")
  {
    Office office;
    auto table = view::register_table(view::order_register(office.rows(), {}), {}, {});
    auto lines = std::vector<std::string>{};
    for (size_t at = 0, end; (end = table.find('\n', at)) != std::string::npos; at = end + 1) {
      lines.push_back(table.substr(at, end - at));
    }
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].starts_with("NO  ID     NUMBER       SOP NAME                   VERSION  "
                               "CREATED     REVISED     APPROVED    EFFECTIVE   STATUS"));
    CHECK(lines[1].find("DICABUT on 2026-11-20") != std::string::npos);
    CHECK(lines[2].find("digantikan") != std::string::npos);
    CHECK(lines[2].find("ktp-2 (version 2)") != std::string::npos);
    CHECK(lines[3].find("berlaku") != std::string::npos);
    CHECK(lines[3].ends_with("2027-05-18"));
    CHECK(lines[4].starts_with("4   kk     -            Pelayanan Kartu Keluarga   1        -"));
    CHECK(lines[4].find("konsep, step 5/10") != std::string::npos);
  }

  TEST_CASE("an SOP in force with a revision being drafted says so")
  {
    Office office;
    office.entries[1].revision_open = "ktp-3";
    auto table =
      view::register_table(view::order_register(office.rows(), {State::berlaku}), {}, {});
    CHECK(table.find("berlaku, revision ktp-3 being drafted") != std::string::npos);
  }
}
