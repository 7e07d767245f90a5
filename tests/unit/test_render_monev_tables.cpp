// The monitoring form (Tabel 7 of PermenPAN-RB 35/2012) and the yearly
// evaluation form as HTML through the built-in templates: the kop, the
// regulation's headings word for word and numbered, a tick in the column
// of the result, blank rows, the Mengetahui block, and every value escaped.
#include <doctest/doctest.h>
#include <embedded/embedded.hpp>
#include <render/kop.hpp>
#include <render/monev_tables.hpp>

using namespace sopctl;

namespace {

std::string built_in(std::string_view name)
{
  return std::string(*embedded::embedded_file("templates/" + std::string(name)));
}

model::Office sibolga()
{
  return {"PEMERINTAH KOTA SIBOLGA",
          "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
          "Jl. Tongkol No.12",
          "(0631) 21799",
          "",
          "SIBOLGA"};
}

model::Approver kadis()
{
  return {.position = "Plt. Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Sibolga",
          .name = "AMARULLAH GULTOM, SE, M.M",
          .rank = "Pembina Tk. I",
          .nip = "19670312 199103 1 007"};
}

render::MonitoringTable monitoring()
{
  render::MonitoringTable table;
  table.office = sibolga();
  table.period = "2026-H2";
  table.period_label = "Juli - Desember 2026";
  table.signer = kadis();
  table.date = "2026-12-30";
  table.rows = {
    {"1",
     "01/SOP",
     "Pelayanan Akta",
     "baik",
     "Berjalan sesuai SOP",
     "",
     "Siti Rahma",
     "2026-08-03"},
    {"2",
     "02/SOP",
     "Pelayanan KTP",
     "tidak",
     "Berkas < lengkap & \"cepat\"",
     "<b>revisi</b>",
     "Budi",
     "2026-09-01"},
    {"3", "", "Surat Masuk", "", "", "", "", ""},
  };
  return table;
}

// The cells of the row numbered `no`.
std::string row(const std::string& html, const std::string& no)
{
  auto start = html.find("<td class=\"no\">" + no + ".</td>");
  REQUIRE(start != std::string::npos);
  return html.substr(start, html.find("</tr>", start) - start);
}

size_t count(const std::string& text, const std::string& part)
{
  size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++n;
  }
  return n;
}

} // namespace

TEST_SUITE("render::monev_tables")
{
  TEST_CASE("the period as the forms print it")
  {
    CHECK(render::period_label(*time::parse_period("2026-H1")) == "Januari - Juni 2026");
    CHECK(render::period_label(*time::parse_period("2026-H2")) == "Juli - Desember 2026");
    CHECK(render::period_label(*time::parse_period("2026")) == "Tahun 2026");
  }

  TEST_CASE("Tabel 7 has the regulation's headings, numbered 1 to 6, on A4 landscape")
  {
    auto html = render::monitoring_html(
      monitoring(), "", built_in(render::kop_html_template), built_in(render::monitoring_template));
    CHECK(html.find("size: A4 landscape") != std::string::npos);
    CHECK(html.find("MONITORING PELAKSANAAN SOP AP") != std::string::npos);
    CHECK(html.find("Periode Juli - Desember 2026") != std::string::npos);
    for (const char* heading : {">No.</th>",
                                ">Prosedur</th>",
                                ">Penilaian Terhadap Penerapan</th>",
                                ">Berjalan dengan baik</th>",
                                ">Tidak berjalan dengan baik</th>",
                                ">Catatan Hasil Penilaian</th>",
                                ">Tindakan yang Harus Diambil</th>",
                                ">Paraf Penilai</th>"}) {
      INFO(heading);
      CHECK(html.find(heading) != std::string::npos);
    }
    CHECK(count(html, "<th class=\"column-number\"") == 6);
    CHECK(html.find("<th class=\"column-number\" colspan=\"2\">3</th>") != std::string::npos);
  }

  TEST_CASE("the kop is the office's, and the head signs under Mengetahui")
  {
    auto html = render::monitoring_html(monitoring(),
                                        "data:image/png;base64,AAAA",
                                        built_in(render::kop_html_template),
                                        built_in(render::monitoring_template));
    CHECK(html.find("PEMERINTAH KOTA SIBOLGA") != std::string::npos);
    CHECK(html.find("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL") != std::string::npos);
    CHECK(html.find("Jl. Tongkol No.12 Telp. (0631) 21799</span>") != std::string::npos);
    CHECK(html.find("<img src=\"data:image/png;base64,AAAA\"") != std::string::npos);
    CHECK(html.find("Sibolga, 30 Desember 2026<br>Mengetahui,<br>Plt. Kepala Dinas "
                    "Kependudukan dan Pencatatan Sipil Kota Sibolga,") != std::string::npos);
    CHECK(html.find("<b><u>AMARULLAH GULTOM, SE, M.M</u></b><br>Pembina Tk. I<br>NIP. "
                    "19670312 199103 1 007") != std::string::npos);
    auto unsigned_table = monitoring();
    unsigned_table.signer = {};
    auto blank = render::monitoring_html(unsigned_table,
                                         "",
                                         built_in(render::kop_html_template),
                                         built_in(render::monitoring_template));
    CHECK(blank.find("<img") == std::string::npos);
    CHECK(blank.find("(..........................................)") != std::string::npos);
  }

  TEST_CASE("the result is ticked in its column, and an SOP not monitored has a blank row")
  {
    auto html = render::monitoring_html(
      monitoring(), "", built_in(render::kop_html_template), built_in(render::monitoring_template));
    auto baik = row(html, "1");
    CHECK(baik.find("Pelayanan Akta<br><span class=\"sop-number\">Nomor 01/SOP</span>") !=
          std::string::npos);
    CHECK(baik.find("<td class=\"mark\">&#10003;</td><td class=\"mark\"></td>") !=
          std::string::npos);
    CHECK(baik.find("Siti Rahma<br>3 Agustus 2026") != std::string::npos);
    auto tidak = row(html, "2");
    CHECK(tidak.find("<td class=\"mark\"></td><td class=\"mark\">&#10003;</td>") !=
          std::string::npos);
    auto gap = row(html, "3");
    CHECK(gap.find("Surat Masuk</td>") != std::string::npos);
    CHECK(gap.find("&#10003;") == std::string::npos);
    CHECK(gap.find("sop-number") == std::string::npos);
    CHECK(gap.find("<td class=\"penilai\"></td>") != std::string::npos);
  }

  TEST_CASE("every value is escaped")
  {
    auto table = monitoring();
    table.office.name = "DINAS <script>alert(1)</script>";
    auto html = render::monitoring_html(
      table, "", built_in(render::kop_html_template), built_in(render::monitoring_template));
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("DINAS &lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    auto tidak = row(html, "2");
    CHECK(tidak.find("Berkas &lt; lengkap &amp; &quot;cepat&quot;") != std::string::npos);
    CHECK(tidak.find("&lt;b&gt;revisi&lt;/b&gt;") != std::string::npos);
    CHECK(tidak.find("<b>revisi") == std::string::npos);
  }

  TEST_CASE("a period with no SOP in force says so")
  {
    auto table = monitoring();
    table.rows.clear();
    auto html = render::monitoring_html(
      table, "", built_in(render::kop_html_template), built_in(render::monitoring_template));
    CHECK(html.find("Tidak ada SOP yang berlaku pada periode ini.") != std::string::npos);
  }

  TEST_CASE("the evaluation form: a column per criterion, Ya or Tidak, and the overall result")
  {
    render::EvaluationTable table;
    table.office = sibolga();
    table.period = "2026";
    table.period_label = "Tahun 2026";
    table.signer = kadis();
    table.date = "2026-12-30";
    table.rows = {
      {"1",
       "01/SOP",
       "Pelayanan Akta",
       {"ya", "ya", "tidak", "ya", "ya", "ya", "tidak"},
       "tidak",
       "Langkah 4 & 5 tumpang tindih",
       "revisi",
       "Siti Rahma",
       "2026-11-20"},
      {"2", "02/SOP", "Pelayanan KTP", std::vector<std::string>(7), "", "", "", "", ""}};
    auto html = render::evaluation_html(
      table, "", built_in(render::kop_html_template), built_in(render::evaluation_template));
    CHECK(html.find("size: A4 landscape") != std::string::npos);
    CHECK(html.find("EVALUASI PENERAPAN SOP AP") != std::string::npos);
    CHECK(html.find(">Tahun 2026</p>") != std::string::npos);
    CHECK(html.find("<th class=\"criterion\" width=\"6%\">Mampu mendorong peningkatan "
                    "kinerja</th>") != std::string::npos);
    CHECK(html.find(">Sinergi satu dengan lainnya</th>") != std::string::npos);
    CHECK(html.find("colspan=\"7\"") != std::string::npos);
    CHECK(count(html, "<th class=\"column-number\">") == 13);
    auto evaluated = row(html, "1");
    CHECK(count(evaluated, "<td class=\"answer\">Ya</td>") == 5);
    CHECK(count(evaluated, "<td class=\"answer\">Tidak</td>") == 2);
    CHECK(evaluated.find("<td class=\"result\">Tidak baik</td>") != std::string::npos);
    CHECK(evaluated.find("Langkah 4 &amp; 5 tumpang tindih") != std::string::npos);
    auto gap = row(html, "2");
    CHECK(count(gap, "<td class=\"answer\"></td>") == 7);
    CHECK(gap.find("<td class=\"result\"></td>") != std::string::npos);
  }
}
