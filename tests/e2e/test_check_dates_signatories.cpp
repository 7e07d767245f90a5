// Dates printed as a month or a year and the signatories printed beside the
// approver's signature (issue 9): `check` accepts them and refuses what is
// neither at its line and column; the register keeps the date as written
// in JSON; render prints "Agustus 2023" and the signature block.
#include "file_helpers.hpp"
#include "json_lite.hpp"
#include "report_helpers.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

// An SOP signed on paper as the Satpol PP and Kaltim SOPs print it. Lines:
// 4 created, 5 effective, 11 the first signatory, 13 its name, 14 its date.
constexpr std::string_view printed_sop = "number: 000.8.3.3/ 265 /SATPOLPP-A\n"
                                         "name: SOP Pengamanan Kantor\n"
                                         "dates:\n"
                                         "  created: \"2023-08\"\n"
                                         "  effective: \"2023-08\"\n"
                                         "approver:\n"
                                         "  label: Disetujui oleh\n"
                                         "  position: Kepala Satuan\n"
                                         "  name: Suherman\n"
                                         "signatories:\n"
                                         "  - label: Dibuat oleh\n"
                                         "    position: Kasubbag Umum\n"
                                         "    name: Andi\n"
                                         "    date: \"2023\"\n"
                                         "performers:\n"
                                         "  - key: staf\n"
                                         "    name: Staf\n"
                                         "steps:\n"
                                         "  - step: 1\n"
                                         "    activity: Menjaga kantor.\n"
                                         "    performer: staf\n";

} // namespace

TEST_SUITE("e2e: check dates and signatories")
{
  TEST_CASE("check accepts dates printed as a month or a year and signatories")
  {
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.draft("pengamanan"), std::string(printed_sop));
    auto result = sandbox.run({"check", "sops/pengamanan.yaml"});
    INFO("stdout: ", result.out, "\nstderr: ", result.err);
    CHECK(result.exit_code == 0);
    CHECK(result.out == "");
  }

  TEST_CASE("check refuses a date in words and a signatory without a name, file unchanged")
  {
    Sandbox sandbox;
    sandbox.init();
    auto text = replace_once(printed_sop, "\"2023-08\"\n  effective", "Agustus 2023\n  effective");
    text = replace_once(text, "    name: Andi\n", "");
    write_bytes(sandbox.draft("pengamanan"), text);
    auto before = snapshot(sandbox.repo());
    auto result = sandbox.run({"check", "sops/pengamanan.yaml"});
    CHECK(result.exit_code == 1);
    CHECK(result.out ==
          "sops/pengamanan.yaml:4:3: dates.created \"Agustus 2023\" is not a date; write it in "
          "quotes as YYYY-MM-DD for a day (\"2020-09-29\"), YYYY-MM for a month (\"2023-08\", "
          "printed Agustus 2023) or YYYY for a year (\"2023\"), or \"\" for none\n"
          "sops/pengamanan.yaml:11:5: signatory 1 has no \"name\"; add it\n");
    CHECK(differences(before, snapshot(sandbox.repo())) == "");
  }

  TEST_CASE("the register keeps a month date as written in JSON and counts monitoring from its 1st")
  {
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.draft("pengamanan"), std::string(printed_sop));
    auto json = Json::parse(run_ok(sandbox, {"register", "--format", "json"}));
    const Json* entry = nullptr;
    for (size_t i = 0; i < json["sops"].size(); ++i) {
      if (json["sops"][i]["id"].as_string() == "pengamanan") {
        entry = &json["sops"][i];
      }
    }
    REQUIRE(entry != nullptr);
    CHECK((*entry)["state"].as_string() == "berlaku");
    CHECK((*entry)["created"].as_string() == "2023-08");
    CHECK((*entry)["effective"].as_string() == "2023-08");
    CHECK((*entry)["next_monitoring"].as_string() == "2024-02-01");
  }

  TEST_CASE("render prints the month as the office does and the signature block")
  {
    Sandbox sandbox;
    sandbox.init();
    write_bytes(sandbox.draft("pengamanan"), std::string(printed_sop));
    auto md = run_ok(sandbox, {"render", "sops/pengamanan.yaml", "--format", "md"});
    CHECK(contains(md, "| Tgl Pembuatan | Agustus 2023 |"));
    CHECK(contains(md, "| Tgl Efektif | Agustus 2023 |"));
    CHECK(contains(md, "| Dibuat oleh | **Andi** | Kasubbag Umum | 2023 |"));
    // A lone "-" is escaped, as everywhere in the Markdown (NIP. \\-).
    CHECK(contains(md, "| Disetujui oleh | **Suherman** | Kepala Satuan | \\- |"));
  }
}
