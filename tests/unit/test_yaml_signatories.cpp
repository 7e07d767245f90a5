// Dates written as printed and the signatories printed beside the
// approver's signature (issue 9): reading, errors, writing back, printing.
#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <render/sop_document.hpp>
#include <render/sop_odt.hpp>
#include <render/templates.hpp>
#include <store/templates.hpp>
#include <yaml/sop_writer.hpp>

using namespace sopctl;
using sopctl::test::load;
using sopctl::test::sop_errors;

namespace {

constexpr const char* base = R"(name: Standar Pengumuman Informasi Publik
performers:
  - key: ppid
    name: PPID
steps:
  - step: 1
    activity: Mengumumkan
    performer: ppid
)";

constexpr const char* signed_block = R"(dates:
  created: "2023-08"
  approved: "2022-02-13"
approver:
  label: Disetujui oleh
  position: Kepala Diskominfo Provinsi Kaltim
  name: Muhammad Faisal, S.Sos,M.Si
signatories:
  - label: Dibuat oleh
    position: Kepala Seksi Pelayanan Informasi
    name: Andi Abd Razaq,S.SH,M.H
    date: "2022-01-10"
  - label: Diperiksa oleh
    position: Kepala Bidang IKP dan Kehumasan
    name: Irene Yuriantini,S.Hut,M.P
    rank: Pembina (IV/a)
    nip: "19700101 199003 2 001"
    date: "2022-02"
)";

render::Approval approval_of(const model::Sop& sop)
{
  render::Approval approval;
  approval.created_date = sop.dates.created;
  approval.approved_date = sop.dates.approved;
  approval.signer = sop.approver;
  return approval;
}

} // namespace

TEST_SUITE("yaml::identity_reader")
{
  TEST_CASE("dates are read as a day, a month or a year, kept as written")
  {
    auto sop = load(std::string(base) + "dates:\n  created: \"2023-08\"\n  revised: \"2024\"\n"
                                        "  approved: \"2024-02-01\"\n  effective: \"2024-02\"\n");
    CHECK(sop.dates.created == "2023-08");
    CHECK(sop.dates.revised == "2024");
    CHECK(sop.dates.approved == "2024-02-01");
    CHECK(sop.dates.effective == "2024-02");
  }

  TEST_CASE("a date as words is refused, naming every form accepted")
  {
    CHECK(sop_errors(std::string(base) + "dates:\n  effective: Agustus 2023\n") ==
          "input:10:3: dates.effective \"Agustus 2023\" is not a date; write it in quotes as "
          "YYYY-MM-DD for a day (\"2020-09-29\"), YYYY-MM for a month (\"2023-08\", printed "
          "Agustus 2023) or YYYY for a year (\"2023\"), or \"\" for none");
    CHECK(sop_errors(std::string(base) + "dates:\n  created: \"2023-13\"\n")
            .starts_with("input:10:3: dates.created \"2023-13\" is not a date;"));
  }

  TEST_CASE("signatories are read with their label, position, name, rank, NIP and date")
  {
    auto sop = load(std::string(base) + signed_block);
    CHECK(sop.approver.label == "Disetujui oleh");
    REQUIRE(sop.signatories.size() == 2);
    CHECK(sop.signatories[0].label == "Dibuat oleh");
    CHECK(sop.signatories[0].name == "Andi Abd Razaq,S.SH,M.H");
    CHECK(sop.signatories[0].date == "2022-01-10");
    CHECK(sop.signatories[0].where.line == 17);
    CHECK(sop.signatories[1].rank == "Pembina (IV/a)");
    CHECK(sop.signatories[1].nip == "19700101 199003 2 001");
    CHECK(sop.signatories[1].date == "2022-02");
  }

  TEST_CASE("a file without signatories loads with none, as before")
  {
    auto sop = load(base);
    CHECK(sop.signatories.empty());
    CHECK(sop.approver.label.empty());
  }

  TEST_CASE("a signatory without a label or a name is refused at its line")
  {
    CHECK(sop_errors(std::string(base) + "signatories:\n  - name: Andi\n") ==
          "input:10:5: signatory 1 has no \"label\"; add it");
    CHECK(sop_errors(std::string(base) + "signatories:\n  - label: Dibuat oleh\n") ==
          "input:10:5: signatory 1 has no \"name\"; add it");
  }

  TEST_CASE("a blank label or name of a signatory is refused, saying what to write")
  {
    CHECK(sop_errors(std::string(base) + "signatories:\n  - label: Dibuat oleh\n    name: Andi\n"
                                         "  - label: \" \"\n    name: Irene\n") ==
          "input:12:5: signatory 2: the label is blank; write the words printed above the "
          "signature, like \"Dibuat oleh\" or \"Diperiksa oleh\"");
    CHECK(
      sop_errors(std::string(base) + "signatories:\n  - label: Dibuat oleh\n    name: \"\"\n") ==
      "input:11:11: \"name\" of signatory 1 is empty; fill it in");
    CHECK(
      sop_errors(std::string(base) + "signatories:\n  - label: Dibuat oleh\n    name: \"  \"\n") ==
      "input:11:5: signatory 1: the name is blank; write the name printed under the "
      "signature");
  }

  TEST_CASE("a signatory's unknown key, bad date or a non-list is refused at its place")
  {
    CHECK(sop_errors(std::string(base) +
                     "signatories:\n  - label: Dibuat oleh\n    name: Andi\n    jabatan: Kasi\n") ==
          "input:12:5: unknown key \"jabatan\" in signatory 1; the keys are: label, position, "
          "name, rank, nip, date");
    CHECK(sop_errors(std::string(base) +
                     "signatories:\n  - label: Dibuat oleh\n    name: Andi\n    date: 10 Januari "
                     "2022\n") ==
          "input:12:5: signatories[1].date \"10 Januari 2022\" is not a date; write it in quotes "
          "as YYYY-MM-DD for a day (\"2020-09-29\"), YYYY-MM for a month (\"2023-08\", printed "
          "Agustus 2023) or YYYY for a year (\"2023\"), or \"\" for none");
    CHECK(sop_errors(std::string(base) + "signatories: Andi\n") ==
          "input:9:14: \"signatories\" must be a list of signatures, each with a label (\"Dibuat "
          "oleh\"), a name and optionally position, rank, nip and date");
  }

  TEST_CASE("signatories and the approver's label are written back and read the same")
  {
    auto sop = load(std::string(base) + signed_block);
    auto again = load(yaml::write_content(sop));
    CHECK(again.approver.label == "Disetujui oleh");
    CHECK(again.signatories == sop.signatories);
    CHECK(again.dates.created == "2023-08");
    CHECK(yaml::write_content(load(base)).find("signatories") == std::string::npos);
  }
}

TEST_SUITE("render::signatures")
{
  TEST_CASE("the HTML document prints the signature block with the approver's column last")
  {
    auto sop = load(std::string(base) + signed_block);
    auto html = render::sop_html(
      sop, approval_of(sop), "", store::load_template("/nonexistent", render::sop_html_template));
    auto block = html.substr(html.find("<table class=\"signatures\">"));
    CHECK(block.find("<th>Dibuat oleh :</th><th>Diperiksa oleh :</th><th>Disetujui oleh :</th>") !=
          std::string::npos);
    CHECK(block.find("<td class=\"signatory-name\">Andi Abd Razaq,S.SH,M.H</td>"
                     "<td class=\"signatory-name\">Irene Yuriantini,S.Hut,M.P</td>"
                     "<td class=\"signatory-name\">Muhammad Faisal, S.Sos,M.Si</td>") !=
          std::string::npos);
    CHECK(block.find("<td>Kepala Bidang IKP dan Kehumasan\nPembina (IV/a)\nNIP. 19700101 199003 "
                     "2 001</td>") != std::string::npos);
    CHECK(block.find("<td>10 Januari 2022</td><td>Februari 2022</td><td>13 Februari 2022</td>") !=
          std::string::npos);
    // The identity header prints the month as the office does.
    CHECK(html.find("<tr><th>Tgl Pembuatan</th><td>Agustus 2023</td></tr>") != std::string::npos);
  }

  TEST_CASE("without signatories no signature block is printed, and the approver is Disahkan oleh")
  {
    auto sop = load(base);
    auto html = render::sop_html(
      sop, approval_of(sop), "", store::load_template("/nonexistent", render::sop_html_template));
    CHECK(html.find("<table class=\"signatures\">") == std::string::npos);
    auto text = std::string(base) + signed_block;
    text.erase(text.find("  label: Disetujui oleh\n"), 24);
    auto unlabelled = load(text);
    auto md =
      render::sop_markdown(unlabelled,
                           approval_of(unlabelled),
                           store::load_template("/nonexistent", render::sop_markdown_template));
    CHECK(md.find("| Disahkan oleh | **Muhammad Faisal, S.Sos,M.Si** | Kepala Diskominfo "
                  "Provinsi Kaltim | 13 Februari 2022 |") != std::string::npos);
  }

  TEST_CASE("the Markdown document lists each signature in a row")
  {
    auto sop = load(std::string(base) + signed_block);
    auto md = render::sop_markdown(
      sop, approval_of(sop), store::load_template("/nonexistent", render::sop_markdown_template));
    CHECK(md.find("| Tanda tangan | Nama | Jabatan | Tanggal |\n|---|---|---|---|\n"
                  "| Dibuat oleh | **Andi Abd Razaq,S.SH,M.H** | Kepala Seksi Pelayanan "
                  "Informasi | 10 Januari 2022 |\n") != std::string::npos);
    CHECK(md.find("| Diperiksa oleh | **Irene Yuriantini,S.Hut,M.P** | Kepala Bidang IKP dan "
                  "Kehumasan<br>Pembina (IV/a)<br>NIP. 19700101 199003 2 001 | Februari 2022 |") !=
          std::string::npos);
    CHECK(md.find("| Tgl Pembuatan | Agustus 2023 |") != std::string::npos);
  }

  TEST_CASE("the Word document prints the signature block as a table of three columns")
  {
    auto sop = load(std::string(base) + signed_block);
    auto fodt = render::sop_fodt(sop,
                                 approval_of(sop),
                                 "",
                                 {"\x89PNG\r\n\x1a\n picture"},
                                 store::load_template("/nonexistent", render::sop_fodt_template));
    auto at = fodt.find("<table:table table:name=\"TandaTangan\"");
    REQUIRE(at != std::string::npos);
    auto block = fodt.substr(at, fodt.find("</table:table>", at) - at);
    CHECK(block.find("table:number-columns-repeated=\"3\"") != std::string::npos);
    CHECK(block.find(">Diperiksa oleh :<") != std::string::npos);
    CHECK(block.find(">Disetujui oleh :<") != std::string::npos);
    CHECK(block.find(">Februari 2022<") != std::string::npos);
    CHECK(fodt.find("style:width=\"180") != std::string::npos);
  }
}
