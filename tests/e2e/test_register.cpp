// `sopctl register` (issue 13, section 1): the office's Daftar SOP, one row
// per SOP file in sops/, in every format, filtered by state.
#include "file_helpers.hpp"
#include "golden_helpers.hpp"
#include "json_lite.hpp"
#include "paper_record.hpp"
#include "report_helpers.hpp"
#include "terminal_run.hpp"
#include "tool_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

const Env indonesian = {{"LANGUAGE", "id"}};

// An office with an SOP in every state:
// - penyusunan-sop-pelayanan: the seed procedure as written (signed on
//   paper in 2020, no record): berlaku;
// - ktp-2019: signed on paper in 2019, no record: digantikan by ktp;
// - ktp: drafted and signed in sopctl (step 8 on 2026-11-25) as version 2
//   of ktp-2019, keeping its number, its start naming ktp-2019 as the SOP it
//   revises: berlaku;
// - pindah: signed on paper, adopted and monitored (a record without a
//   procedure): berlaku, next monitoring six months after the monitoring;
// - akta: signed on paper, revoked by a decree: dicabut;
// - kk: a draft at step 3: konsep.
void seed_office(const Sandbox& sandbox)
{
  sandbox.init();
  write_bytes(sandbox.draft("penyusunan-sop-pelayanan"), read_bytes(seed_source_path()));
  write_bytes(sandbox.draft("ktp-2019"),
              paper_sop("10/SOP-Disdukcapil/2019", "Pelayanan KTP-el", "2019-01-02", "2019-02-01"));
  write_bytes(sandbox.draft("pindah"),
              paper_sop("5/SOP-Disdukcapil/2021",
                        "Pelayanan Surat Pindah",
                        "2021-02-10",
                        "2021-03-15",
                        "2021-04-01") +
                paper_record(sandbox,
                             {{.kind = "adopted", .by = "Ani", .at = "2026-11-02T09:00:00+07:00"},
                              {.kind = "monitored",
                               .role = "sekretaris",
                               .by = "Ani",
                               .at = "2026-11-20T10:00:00+07:00",
                               .note = "Berjalan sesuai SOP",
                               .result = "baik"}}));
  write_bytes(sandbox.draft("akta"),
              paper_sop("2/SOP-Disdukcapil/2013", "Penerbitan Akta Kelahiran", "", "2013-06-18") +
                paper_record(sandbox,
                             {{.kind = "revoked",
                               .role = "kadis",
                               .by = "Kadis",
                               .at = "2026-11-20T11:00:00+07:00",
                               .note = "Diganti peraturan baru",
                               .ref = "Keputusan Kepala Dinas Nomor 9 Tahun 2026"}}));
  start_at(sandbox, "ktp", "Pelayanan KTP-el", local_time(0));
  advance_until(sandbox, "ktp", 11);
  // What `sopctl revise` writes (another part of issue 13): the version in
  // the content, the revised SOP named by the start. The start's hash no
  // longer holds, which the register does not check (verify does).
  auto ktp = read_bytes(sandbox.draft("ktp"));
  ktp = replace_once(ktp, "number: \"\"\n", "number: 10/SOP-Disdukcapil/2019\n");
  ktp = replace_once(ktp, "name: Pelayanan KTP-el\n", "name: Pelayanan KTP-el\nversion: 2\n");
  ktp =
    replace_once(ktp, "    - event: started\n", "    - event: started\n      revises: ktp-2019\n");
  write_bytes(sandbox.draft("ktp"), ktp);
  start_at(sandbox, "kk", "Pelayanan Kartu Keluarga", local_time(0));
  advance_until(sandbox, "kk", 3);
}

// Runs a command with LANGUAGE=id that must succeed; its stdout.
std::string run_in_indonesian(const Sandbox& sandbox, const std::vector<std::string>& args)
{
  auto result = sandbox.run(args, indonesian);
  INFO("stderr: ", result.err);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

// The ids of the rows of a register's JSON, in order.
std::vector<std::string> ids_in(const std::string& json)
{
  std::vector<std::string> ids;
  auto document = Json::parse(json);
  for (size_t i = 0; i < document["sops"].size(); ++i) {
    ids.push_back(document["sops"][i]["id"].as_string());
  }
  return ids;
}

// A file of the workbook, read with unzip.
std::string workbook_part(const Sandbox& sandbox, const std::string& file, const std::string& part)
{
  auto result = sandbox.run_program(sandbox.repo(), {"unzip", "-p", file, part});
  REQUIRE(result.exit_code == 0);
  return result.out;
}

} // namespace

TEST_SUITE("e2e: register")
{
  TEST_CASE("register golden: an office's register as a table, JSON and CSV")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    check_against_golden(run_ok(sandbox, {"register"}), "register/office.txt");
    check_against_golden(run_ok(sandbox, {"register", "--format", "json"}), "register/office.json");
    check_against_golden(run_ok(sandbox, {"register", "--format", "csv"}), "register/office.csv");
    check_against_golden(run_ok(sandbox, {"register", "--format", "csv-rfc4180"}),
                         "register/office-rfc4180.csv");
  }

  TEST_CASE("each SOP's state, dates and next monitoring, as derived from its file and events")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    auto json = Json::parse(run_ok(sandbox, {"register", "--format", "json"}));
    CHECK(json["schema"].as_string() == "sopctl.register/1");
    CHECK(json["sop_count"].as_int() == 6);
    std::map<std::string, const Json*> by_id;
    for (size_t i = 0; i < json["sops"].size(); ++i) {
      by_id[json["sops"][i]["id"].as_string()] = &json["sops"][i];
      CHECK(json["sops"][i]["no"].as_int() == static_cast<int>(i) + 1);
    }
    // The seed procedure file is in force as written: signed on paper.
    const auto& seed = *by_id.at("penyusunan-sop-pelayanan");
    CHECK(seed["state"].as_string() == "berlaku");
    CHECK(seed["number"].as_string() == "07/SOP-Disdukcapil/SES/2020");
    CHECK(seed["approved"].as_string() == "2020-09-29");
    CHECK(seed["effective"].as_string() == "2020-09-29");
    CHECK(seed["next_monitoring"].as_string() == "2021-03-29");
    CHECK(seed["next_evaluation"].as_string() == "2021-09-29");
    // A draft is konsep, with its step.
    const auto& kk = *by_id.at("kk");
    CHECK(kk["state"].as_string() == "konsep");
    CHECK(kk["step"].as_int() == 3);
    CHECK(kk["step_count"].as_int() == 10);
    CHECK(kk["approved"].is_null());
    CHECK(kk["next_monitoring"].is_null());
    // Signed in sopctl at step 8 (2026-11-25 09:00); its Tgl Pembuatan is
    // the day it went to the signer (step 7 done on 2026-11-24 16:00).
    const auto& ktp = *by_id.at("ktp");
    CHECK(ktp["number"].as_string() == "10/SOP-Disdukcapil/2019");
    CHECK(ktp["created"].as_string() == "2026-11-24");
    CHECK(ktp["state"].as_string() == "berlaku");
    CHECK(ktp["version"].as_int() == 2);
    CHECK(ktp["revises"].as_string() == "ktp-2019");
    CHECK(ktp["approved"].as_string() == "2026-11-25");
    CHECK(ktp["revised"].as_string() == "2026-11-25");
    CHECK(ktp["next_monitoring"].as_string() == "2027-05-25");
    const auto& old = *by_id.at("ktp-2019");
    CHECK(old["state"].as_string() == "digantikan");
    CHECK(old["replaced_by"].as_string() == "ktp");
    CHECK(old["next_monitoring"].is_null());
    const auto& pindah = *by_id.at("pindah");
    CHECK(pindah["state"].as_string() == "berlaku");
    CHECK(pindah["effective"].as_string() == "2021-04-01");
    CHECK(pindah["last_monitoring"].as_string() == "2026-11-20");
    CHECK(pindah["last_monitoring_result"].as_string() == "baik");
    CHECK(pindah["next_monitoring"].as_string() == "2027-05-20");
    CHECK(pindah["next_evaluation"].as_string() == "2022-04-01");
    const auto& akta = *by_id.at("akta");
    CHECK(akta["state"].as_string() == "dicabut");
    CHECK(akta["revoked_at"].as_string() == "2026-11-20T11:00:00+07:00");
    CHECK(akta["revoke_ref"].as_string() == "Keputusan Kepala Dinas Nomor 9 Tahun 2026");
    CHECK(akta["revoke_reason"].as_string() == "Diganti peraturan baru");
    CHECK(akta["file"].as_string() == "sops/akta.yaml");
  }

  TEST_CASE(
    "the register is ordered by number (as numbers), then name, with drafts without one last")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    // 2/..., 5/..., 07/..., then 10/... twice: one number and one name, so
    // the older version first; kk has no number yet.
    CHECK(ids_in(run_ok(sandbox, {"register", "--format", "json"})) ==
          std::vector<std::string>{
            "akta", "pindah", "penyusunan-sop-pelayanan", "ktp-2019", "ktp", "kk"});
  }

  TEST_CASE("--state keeps the SOPs in the states named, repeated or separated by commas")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    CHECK(ids_in(run_ok(sandbox, {"register", "--state", "berlaku", "--format", "json"})) ==
          std::vector<std::string>{"pindah", "penyusunan-sop-pelayanan", "ktp"});
    CHECK(
      ids_in(run_ok(sandbox,
                    {"register", "--state", "dicabut", "--state", "konsep", "--format", "json"})) ==
      std::vector<std::string>{"akta", "kk"});
    auto json = run_ok(sandbox, {"register", "--state", "digantikan,dicabut", "--format", "json"});
    CHECK(ids_in(json) == std::vector<std::string>{"akta", "ktp-2019"});
    CHECK(Json::parse(json)["states"].size() == 2);
    auto table = run_ok(sandbox, {"register", "--state", "dicabut"});
    CHECK(lines_of(table).size() == 2);
    CHECK(contains(table, "DICABUT on 2026-11-20"));
    // The CSV's rows are numbered from 1 whatever was left out.
    auto csv =
      lines_of(run_ok(sandbox, {"register", "--state", "konsep", "--format", "csv-rfc4180"}));
    REQUIRE(csv.size() == 2);
    CHECK(csv[1].starts_with("1,kk,,Pelayanan Kartu Keluarga,1,"));
  }

  TEST_CASE("an unknown --state is refused, listing the four states")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    CHECK(expect_usage_error(sandbox, {"register", "--state", "aktif"}) ==
          "sopctl register: --state \"aktif\" is not offered; use one of: konsep, berlaku, "
          "digantikan, dicabut\nRun \"sopctl register --help\" for its options and examples.\n");
    CHECK(contains(expect_usage_error(sandbox, {"register", "--state", "berlaku,aktif"}),
                   "--state \"aktif\" is not offered"));
  }

  TEST_CASE("an empty sops/ says there is no SOP and how to start or adopt one")
  {
    Sandbox sandbox;
    sandbox.init();
    CHECK(run_ok(sandbox, {"register"}) ==
          "there is no SOP in sops/ yet; start drafting one with: sopctl start TITLE, or bring "
          "in one signed on paper with: sopctl adopt FILE\n");
    auto json = Json::parse(run_ok(sandbox, {"register", "--format", "json"}));
    CHECK(json["sop_count"].as_int() == 0);
    CHECK(json["sops"].size() == 0);
    CHECK(run_in_indonesian(sandbox, {"register"}) ==
          "belum ada SOP di sops/; mulai menyusun SOP dengan: sopctl start JUDUL, atau masukkan "
          "SOP yang sudah disahkan di atas kertas dengan: sopctl adopt FILE\n");
    // Nothing in the states asked for is not an empty register.
    start_at(sandbox, "kk", "Pelayanan Kartu Keluarga", local_time(0));
    CHECK(run_ok(sandbox, {"register", "--state", "berlaku"}) ==
          "no SOP in sops/ is in the state asked for (berlaku)\n");
  }

  TEST_CASE("a file that does not load is named on stderr, the others are listed, exit 1")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    write_bytes(sandbox.draft("rusak"), "name: [\n");
    auto result = sandbox.run({"register", "--format", "json"});
    CHECK(result.exit_code == 1);
    CHECK(result.err.starts_with("sops/rusak.yaml:"));
    CHECK(ids_in(result.out).size() == 6);
    // As status does: when no file loads, the table says so on stderr.
    Sandbox broken;
    broken.init();
    write_bytes(broken.draft("rusak"), "name: [\n");
    auto none = broken.run({"register"});
    CHECK(none.exit_code == 1);
    CHECK(none.out == "");
    CHECK(contains(none.err, "no SOP could be read (1 did not load; see above)\n"));
    // status gives the same exit code for the same broken file.
    CHECK(broken.run({"status"}).exit_code == 1);
  }

  TEST_CASE("the table speaks Indonesian with LANGUAGE=id, the states staying the office's words")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    auto table = run_in_indonesian(sandbox, {"register"});
    CHECK(lines_of(table)[0].starts_with(
      "NO  ID                        NOMOR                        NAMA SOP"));
    for (const char* heading : {"VERSI",
                                "TGL PEMBUATAN",
                                "TGL REVISI",
                                "TGL PENGESAHAN",
                                "TGL EFEKTIF",
                                "STATUS",
                                "DIGANTI OLEH",
                                "MONITORING BERIKUTNYA"}) {
      CHECK(contains(lines_of(table)[0], heading));
    }
    CHECK(contains(table, "DICABUT pada 2026-11-20"));
    CHECK(contains(table, "konsep, langkah 3/10"));
    CHECK(contains(table, "ktp (versi 2)"));
  }

  TEST_CASE("-o writes the register to a file, which xlsx needs, with days as Excel dates")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    CHECK(run_ok(sandbox, {"register", "--format", "json", "-o", "daftar.json"}) == "");
    CHECK(read_bytes(sandbox.repo() / "daftar.json") ==
          run_ok(sandbox, {"register", "--format", "json"}));
    CHECK(contains(expect_usage_error(sandbox, {"register", "--format", "xlsx"}),
                   "--format xlsx writes an Excel workbook, which is binary: give the file to "
                   "write with -o FILE.xlsx"));
    if (tools_missing({"unzip"}, "unzip is missing: apt-get install unzip")) {
      return;
    }
    CHECK(run_ok(sandbox, {"register", "--format", "xlsx", "-o", "daftar.xlsx"}) == "");
    auto workbook = workbook_part(sandbox, "daftar.xlsx", "xl/workbook.xml");
    CHECK(contains(workbook, "<sheet name=\"register\""));
    auto strings = workbook_part(sandbox, "daftar.xlsx", "xl/sharedStrings.xml");
    CHECK(contains(strings, "<t>next_monitoring</t>"));
    CHECK(contains(strings, "<t>Pelayanan Surat Pindah</t>"));
    // Row 2 is akta: its Tgl Pengesahan (H) 2013-06-18 is an Excel date.
    auto sheet = workbook_part(sandbox, "daftar.xlsx", "xl/worksheets/sheet1.xml");
    CHECK(contains(sheet, "<c r=\"H2\" s=\""));
    CHECK(contains(sheet, "<v>41443</v>"));
  }

  TEST_CASE("on a narrow terminal the name and status are shortened, ids and numbers never")
  {
    Sandbox sandbox;
    seed_office(sandbox);
    auto narrow = run_on_terminal(sandbox, {"register"}, 150);
    CHECK(narrow.exit_code == 0);
    CHECK(contains(narrow.out, "\u2026"));
    CHECK(contains(narrow.out, "penyusunan-sop-pelayanan"));
    CHECK(contains(narrow.out, "07/SOP-Disdukcapil/SES/2020"));
    auto wide = run_on_terminal(sandbox, {"register", "--wide"}, 150);
    CHECK(wide.out == run_ok(sandbox, {"register"}));
  }
}
