// The SOP document (issue 4, sections 2 and 4): rendering the seed yields
// every text of the seed, in HTML and in Markdown; the page is
// self-contained and print-ready; drafts carry KONSEP.
#include "render_fixtures.hpp"

#include <doctest/doctest.h>
#include <render/escape.hpp>
#include <render/flowchart_layout.hpp>
#include <render/sop_document.hpp>
#include <render/templates.hpp>
#include <store/templates.hpp>

using namespace sopctl;

namespace {

std::string html_template()
{
  return store::load_template("/nonexistent", render::sop_html_template);
}

std::string markdown_template()
{
  return store::load_template("/nonexistent", render::sop_markdown_template);
}

// The seed's own approval: its date and approver, not a draft.
render::Approval seed_approval(const model::Sop& sop)
{
  render::Approval approval;
  approval.created_date = sop.dates.created;
  approval.approved_date = sop.dates.approved;
  approval.signer = sop.approver;
  return approval;
}

// Every text of an SOP a reader must find in the document, each once.
std::vector<std::string> texts_of(const model::Sop& sop)
{
  std::vector<std::string> texts{sop.number,
                                 sop.name,
                                 sop.section,
                                 sop.office.government,
                                 sop.office.name,
                                 sop.office.address,
                                 sop.office.phone,
                                 sop.office.city,
                                 sop.approver.position,
                                 sop.approver.name,
                                 sop.approver.rank,
                                 sop.approver.nip};
  for (const auto* list : {&sop.legal_basis, &sop.qualifications, &sop.related, &sop.equipment}) {
    texts.insert(texts.end(), list->begin(), list->end());
  }
  texts.push_back(sop.warning);
  texts.push_back(sop.records);
  for (const auto& performer : sop.performers) {
    texts.push_back(performer.name);
  }
  for (const auto& step : sop.steps) {
    for (const auto* text : {&step.activity, &step.requirements, &step.time, &step.output}) {
      if (!text->empty()) {
        texts.push_back(*text);
      }
    }
  }
  return texts;
}

bool holds(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

} // namespace

TEST_SUITE("render::sop_html and render::sop_markdown")
{
  TEST_CASE("render: the seed's HTML holds every text of the seed and its dates in Indonesian")
  {
    auto sop = test::seed();
    auto html = render::sop_html(sop, seed_approval(sop), "", html_template());
    for (const auto& text : texts_of(sop)) {
      CAPTURE(text);
      CHECK(holds(html, render::html_escape(text)));
    }
    CHECK(holds(html, "<th>Tgl Pembuatan</th><td>1 September 2020</td>"));
    CHECK(holds(html, "<th>Tgl Revisi</th><td>-</td>"));
    CHECK(holds(html, "<th>Tgl Pengesahan</th><td>29 September 2020</td>"));
    for (const char* heading : {"Nomor SOP",
                                "Disahkan oleh",
                                "Nama SOP",
                                "Dasar Hukum",
                                "Kualifikasi Pelaksana",
                                "Keterkaitan",
                                "Peralatan/Perlengkapan",
                                "Peringatan",
                                "Pencatatan dan Pendataan",
                                "Kegiatan",
                                "Kelengkapan / Persyaratan",
                                "Waktu",
                                "Output",
                                "Keterangan"}) {
      CHECK(holds(html, heading));
    }
  }

  TEST_CASE("render: the seed's Markdown holds every text of the seed")
  {
    auto sop = test::seed();
    auto md = render::sop_markdown(sop, seed_approval(sop), markdown_template());
    for (const auto& text : texts_of(sop)) {
      CAPTURE(text);
      CHECK(holds(md, render::markdown_escape(text)));
    }
    CHECK(holds(md, "| Tgl Pengesahan | 29 September 2020 |"));
    CHECK(holds(md, "```mermaid\nflowchart TD\n"));
    CHECK(holds(md, "  subgraph p3[\"Kabid PIAK\"]\n    s6{\"6. Mengoreksi"));
    CHECK(holds(md, "    s1([\"Mulai<br/>1. Memerintahkan"));
    CHECK(holds(md, "    s10([\"Selesai<br/>10. Penggandaan"));
    CHECK(holds(md, "  s6 -->|Ya| s7\n  s6 -->|Tidak| s5\n"));
    CHECK(holds(md, "| 6 | Mengoreksi"));
    CHECK(holds(md, "| Ya: 7, Tidak: 5 |"));
  }

  TEST_CASE(
    "render: the HTML is one self-contained page for A4 landscape with the header on every page")
  {
    auto sop = test::thirty_steps();
    auto html = render::sop_html(sop, seed_approval(sop), "", html_template());
    CHECK(holds(html, "@page { size: A4 landscape;"));
    CHECK(holds(html, "thead { display: table-header-group; }"));
    CHECK(!holds(html, "<link"));
    CHECK(!holds(html, "<script"));
    CHECK(!holds(html, "src=\"http"));
    CHECK(!holds(html, "url("));
    // One table per page, each with its header and its part of the chart.
    auto count = [&](const std::string& part) {
      size_t n = 0;
      for (auto at = html.find(part); at != std::string::npos; at = html.find(part, at + 1)) {
        ++n;
      }
      return n;
    };
    CHECK(count("<table class=\"procedure\">") == 3);
    CHECK(count("<thead>") == 3);
    CHECK(count("<svg class=\"flowchart\"") == 3);
    CHECK(count("(lanjutan)") == 2);
  }

  TEST_CASE("render: a draft not yet signed carries KONSEP, a signed one does not")
  {
    auto sop = test::seed();
    auto signed_html = render::sop_html(sop, seed_approval(sop), "", html_template());
    CHECK(!holds(signed_html, "KONSEP"));
    render::Approval draft;
    draft.konsep = true;
    auto html = render::sop_html(sop, draft, "", html_template());
    CHECK(holds(html, "<div class=\"watermark\" aria-hidden=\"true\">KONSEP</div>"));
    CHECK(holds(html, "<div class=\"konsep-label\">KONSEP: belum disahkan</div>"));
    CHECK(holds(html, "<th>Tgl Pengesahan</th><td>-</td>"));
    auto md = render::sop_markdown(sop, draft, markdown_template());
    CHECK(holds(md, "> **KONSEP**: belum disahkan."));
  }

  TEST_CASE("render: a revised SOP shows its version, and one no longer in force carries its mark")
  {
    auto sop = test::seed();
    auto approval = seed_approval(sop);
    approval.version = 2;
    approval.revised_date = "2026-12-03";
    auto html = render::sop_html(sop, approval, "", html_template());
    CHECK(holds(html, "<th>Tgl Revisi</th><td>3 Desember 2026 (revisi ke-1, versi 2)</td>"));
    CHECK(!holds(html, "DIGANTIKAN"));
    CHECK(!holds(html, "class=\"watermark"));

    auto superseded = seed_approval(sop);
    superseded.superseded = render::Superseded{"07/SOP-Disdukcapil/SES/2020", 2, "2026-12-03"};
    html = render::sop_html(sop, superseded, "", html_template());
    CHECK(holds(html, "<div class=\"watermark long\" aria-hidden=\"true\">DIGANTIKAN</div>"));
    CHECK(holds(html,
                "<div class=\"konsep-label\">DIGANTIKAN oleh SOP Nomor 07/SOP-Disdukcapil/SES/2020 "
                "versi 2 (3 Desember 2026)</div>"));
    CHECK(holds(html, " [DIGANTIKAN]</div>")); // each page's caption
    CHECK(holds(render::sop_markdown(sop, superseded, markdown_template()),
                "> **DIGANTIKAN** oleh SOP Nomor 07/SOP-Disdukcapil/SES/2020 versi 2 (3 Desember "
                "2026)."));

    auto revoked = seed_approval(sop);
    revoked.revoked = render::Revoked{"Keputusan Kepala Dinas Nomor 800/1/2026", "2026-12-10", ""};
    html = render::sop_html(sop, revoked, "", html_template());
    CHECK(
      holds(html,
            "<div class=\"konsep-label\">DICABUT dengan Keputusan Kepala Dinas Nomor 800/1/2026 "
            "tanggal 10 Desember 2026</div>\n<table class=\"identity\">"));
    CHECK(!holds(html, "Alasan:")); // no reason given
    CHECK(holds(render::sop_markdown(sop, revoked, markdown_template()),
                "> **DICABUT** dengan Keputusan Kepala Dinas Nomor 800/1/2026 tanggal 10 Desember "
                "2026.\n"));
  }

  TEST_CASE("render: the paraf koordinasi is a box beside the signature, not a row of the table")
  {
    auto sop = test::seed();
    auto approval = seed_approval(sop);
    // A procedure without a paraf step: no box.
    auto plain = render::sop_html(sop, approval, "", html_template());
    CHECK(!holds(plain, "<table class=\"paraf\">"));
    CHECK(!holds(render::sop_markdown(sop, approval, markdown_template()), "**Paraf koordinasi**"));
    // Not yet given: the box for the hand initials, with the position.
    approval.paraf = render::Paraf{"Sekretaris Dinas", "", ""};
    auto html = render::sop_html(sop, approval, "", html_template());
    CHECK(holds(html,
                "<div>NIP. 19670312 199103 1 007</div></div><table class=\"paraf\"><colgroup><col "
                "class=\"paraf-key\"><col></colgroup><tr><th "
                "colspan=\"2\">Paraf koordinasi</th></tr><tr><td class=\"paraf-key\">Jabatan</td>"
                "<td>Sekretaris Dinas</td></tr><tr><td class=\"paraf-key\">Tanggal</td><td></td>"
                "</tr><tr><td class=\"paraf-key\">Paraf</td><td class=\"paraf-room\"></td></tr>"
                "</table></div></td></tr>\n<tr><th>Nama SOP</th>"));
    CHECK(!holds(html, "<th>Paraf koordinasi</th><td>"));
    auto md = render::sop_markdown(sop, approval, markdown_template());
    CHECK(holds(md,
                "| Nama SOP | Penyusunan Standar Operasional Prosedur (SOP) Pelayanan |\n\n"
                "**Paraf koordinasi**\n\n| Jabatan | Nama | Tanggal |\n|---|---|---|\n"
                "| Sekretaris Dinas | belum diparaf | \\- |\n\n## Dasar Hukum"));
    // Given: its date too; the initials stay for the hand.
    approval.paraf = render::Paraf{"Sekretaris Dinas", "Hotma", "2026-12-04"};
    html = render::sop_html(sop, approval, "", html_template());
    CHECK(holds(html,
                "<td class=\"paraf-key\">Tanggal</td><td>4 Desember 2026</td></tr><tr><td "
                "class=\"paraf-key\">Paraf</td><td class=\"paraf-room\"></td>"));
    md = render::sop_markdown(sop, approval, markdown_template());
    CHECK(holds(md, "| Sekretaris Dinas | Hotma | 4 Desember 2026 |\n"));
  }

  TEST_CASE("render: the signature has 25-35 mm of room, signed and KONSEP alike")
  {
    auto sop = test::seed();
    auto signed_html = render::sop_html(sop, seed_approval(sop), "", html_template());
    render::Approval konsep;
    konsep.konsep = true;
    auto konsep_html = render::sop_html(sop, konsep, "", html_template());
    for (const auto* html : {&signed_html, &konsep_html}) {
      CHECK(holds(*html, ".signer .signature { height: 28mm; }"));
      CHECK(holds(*html, "<div class=\"signature\"></div><div class=\"signer-name\">"));
    }
  }

  TEST_CASE("render: without a roster, who recorded the signing is shown beside its date")
  {
    auto sop = test::seed();
    auto approval = seed_approval(sop);
    approval.approved_by = "Amarullah Gultom";
    auto html = render::sop_html(sop, approval, "", html_template());
    CHECK(holds(html, "<th>Tgl Pengesahan</th><td>29 September 2020 (oleh Amarullah Gultom)</td>"));
    auto md = render::sop_markdown(sop, approval, markdown_template());
    CHECK(holds(md, "| Tgl Pengesahan | 29 September 2020 (oleh Amarullah Gultom) |"));
    approval.created_date = "";
    CHECK(holds(render::sop_html(sop, approval, "", html_template()),
                "<th>Tgl Pembuatan</th><td>-</td>"));
  }

  TEST_CASE("render: a draft with no steps yet renders its table empty, with a note")
  {
    auto sop = test::sop_in_columns(0, {});
    sop.drafting = model::DraftingRecord{};
    render::Approval draft;
    draft.konsep = true;
    auto html = render::sop_html(sop, draft, "", html_template());
    CHECK(holds(html, "Belum ada langkah yang ditulis dalam konsep ini."));
    CHECK(holds(html, "<table class=\"procedure\">"));
    auto md = render::sop_markdown(sop, draft, markdown_template());
    CHECK(holds(md, "Belum ada langkah yang ditulis dalam konsep ini."));
    CHECK(!holds(md, "```mermaid"));
  }

  TEST_CASE(
    "render: Tgl Efektif is printed in a row of its own when set, and not at all when empty")
  {
    auto sop = test::seed();
    auto plain = render::sop_html(sop, seed_approval(sop), "", html_template());
    CHECK(!holds(plain, "Tgl Efektif"));
    CHECK(holds(plain, "<td class=\"office\" rowspan=\"6\">"));
    CHECK(
      !holds(render::sop_markdown(sop, seed_approval(sop), markdown_template()), "Tgl Efektif"));
    sop.dates.effective = "2020-10-01";
    auto html = render::sop_html(sop, seed_approval(sop), "", html_template());
    CHECK(holds(html,
                "<tr><th>Tgl Pengesahan</th><td>29 September 2020</td></tr>\n"
                "<tr><th>Tgl Efektif</th><td>1 Oktober 2020</td></tr>\n"
                "<tr><th>Disahkan oleh</th>"));
    // The office cell spans the extra row; the paraf is a box, no row.
    CHECK(holds(html, "<td class=\"office\" rowspan=\"7\">"));
    auto approval = seed_approval(sop);
    approval.paraf = render::Paraf{"Sekretaris Dinas", "Hotma", "2026-12-04"};
    CHECK(holds(render::sop_html(sop, approval, "", html_template()),
                "<td class=\"office\" rowspan=\"7\">"));
    auto md = render::sop_markdown(sop, seed_approval(sop), markdown_template());
    CHECK(holds(md,
                "| Tgl Pengesahan | 29 September 2020 |\n| Tgl Efektif | 1 Oktober 2020 |\n"
                "| Disahkan oleh |"));
  }

  TEST_CASE("render: an activity written on several lines keeps its line breaks")
  {
    auto sop = test::seed();
    // As a block scalar (`activity: |`) reads: its last line break included.
    sop.steps[2].activity = "Rapat pembahasan:\n- undangan <b>\n- notulen\n";
    auto html = render::sop_html(sop, seed_approval(sop), "", html_template());
    CHECK(holds(html, "<td>Rapat pembahasan:\n- undangan &lt;b&gt;\n- notulen</td>"));
    CHECK(holds(html, ".procedure td, .boxes td, .identity td { white-space: pre-line; }"));
    auto md = render::sop_markdown(sop, seed_approval(sop), markdown_template());
    CHECK(holds(md, "| 3 | Rapat pembahasan:<br>- undangan &lt;b&gt;<br>- notulen | Sekretaris |"));
    // The row is three lines tall, not four: the last line break is no line.
    auto chart = render::lay_out_flowchart(sop);
    auto settings = chart.table.settings;
    double three_lines = 3 * settings.line_px + 2 * settings.padding_y + settings.border;
    CHECK(render::row_height(sop.steps[2], chart.table.columns, settings) ==
          doctest::Approx(std::max(
            three_lines, settings.process_height + settings.symbol_gap + settings.turn_gap)));
    sop.steps[2].activity += "- arsip\n";
    CHECK(render::row_height(sop.steps[2], chart.table.columns, settings) ==
          doctest::Approx(4 * settings.line_px + 2 * settings.padding_y + settings.border));
    // Read from a file.
    auto poso = test::fixture_sop("render/poso-akta-kelahiran-bersama.yaml");
    CHECK(holds(render::sop_html(poso, {}, "", html_template()),
                "<td>Pemohon menyerahkan berkas permohonan akta kelahiran;\nJFU menerima, "
                "mengagendakan dan menyampaikan kepada kepala seksi.</td>"));
  }

  TEST_CASE("render: the logo is embedded as given, else there is no frame at all")
  {
    auto sop = test::seed();
    auto with_logo =
      render::sop_html(sop, seed_approval(sop), "data:image/png;base64,iVBORw0=", html_template());
    CHECK(holds(with_logo,
                "<td class=\"office\" rowspan=\"6\">\n<div class=\"logo\"><img "
                "src=\"data:image/png;base64,iVBORw0=\" alt=\"Logo\"></div>\n"
                "<div class=\"government\">"));
    auto without = render::sop_html(sop, seed_approval(sop), "", html_template());
    CHECK(holds(without, "<td class=\"office\" rowspan=\"6\">\n<div class=\"government\">"));
    CHECK(!holds(without, "<div class=\"logo"));
    // No border or grey box drawn for a logo, with one or without.
    CHECK(holds(without, ".logo { width: 84px; height: 84px; margin: 0 auto 8px; }"));
    CHECK(!holds(without, "#999"));
  }

  TEST_CASE("render: a repository's own template wins over the embedded one")
  {
    auto dir = std::filesystem::temp_directory_path() / "sopctl-render-template-test";
    std::filesystem::create_directories(dir / "templates");
    {
      std::ofstream(dir / "templates" / "sop.md.mustache") << "SOP {{number}}: {{name}}\n";
    }
    auto sop = test::seed();
    auto text =
      render::sop_markdown(sop, {}, store::load_template(dir, render::sop_markdown_template));
    std::filesystem::remove_all(dir);
    CHECK(
      text ==
      "SOP 07/SOP-Disdukcapil/SES/2020: Penyusunan Standar Operasional Prosedur (SOP) Pelayanan\n");
  }
}
