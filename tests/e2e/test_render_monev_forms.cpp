// `sopctl render monitoring|evaluation` end to end (issue 13, section 3):
// Tabel 7 of PermenPAN-RB 35/2012 for a half year and the yearly evaluation
// table, one row per SOP in force in the period (blank where nothing was
// recorded), as HTML, as a PDF on A4 landscape, and as an xlsx workbook;
// refused, with nothing written, for a period the form does not take, a
// format it is not printed in, and xlsx without -o.
#include "file_helpers.hpp"
#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"
#include "tool_helpers.hpp"

#include <doctest/doctest.h>

using namespace e2e;

namespace {

fs::path source(const std::string& relative)
{
  return fs::path(SOPCTL_SOURCE_DIR) / relative;
}

// The form's day: 30 December 2026, 10:00 WIB.
const Env today = replay_now("2026-12-30T10:00:00+07:00");

// A repository of four SOPs signed on paper: the seed (2020-09-29), Luwu
// Timur's cuti tahunan (2013-06-18), Medan's surat masuk (effective
// 2016-01-04; its Tgl Pengesahan, not legible in the source, given the same
// day, as an SOP signed on paper is one with a Tgl Pengesahan), and one
// signed on 2027-01-04, after 2026.
void four_sops(const Sandbox& sandbox)
{
  sandbox.init();
  auto sops = sandbox.repo() / "sops";
  fs::copy_file(source("sops/penyusunan-sop-pelayanan.yaml"), sops / "penyusunan-sop.yaml");
  fs::copy_file(source("tests/fixtures/real/luwu-timur-malili-cuti-tahunan.yaml"),
                sops / "cuti-tahunan.yaml");
  auto medan = read_bytes(source("tests/fixtures/real/medan-sei-putih-timur-surat-masuk.yaml"));
  write_bytes(sops / "surat-masuk.yaml",
              replace_once(medan, "approved: \"\"", "approved: \"2016-01-04\""));
  auto later = read_bytes(source("tests/fixtures/real/luwu-timur-malili-cuti-tahunan.yaml"));
  later = replace_once(later, "approved: \"2013-06-18\"", "approved: \"2027-01-04\"");
  later = replace_once(later, "name: PERMOHONAN CUTI TAHUNAN PNS", "name: CUTI BESAR PNS");
  write_bytes(sops / "cuti-besar.yaml", later);
}

// Records in the seed's file what sopctl monitor and evaluate would.
void record_results(const Sandbox& sandbox)
{
  // The seed's record: monitored in each half of 2026 (the second time
  // "tidak", with an action), evaluated in November, monitored again in
  // 2027. 2026-06-30T18:00Z is 1 July 01:00 in Sibolga: the second half.
  auto seed = sandbox.repo() / "sops" / "penyusunan-sop.yaml";
  write_bytes(seed, read_bytes(seed) + R"(drafting:
  events:
  - event: monitored
    role: sekretaris
    by: Siti Rahma
    at: "2026-03-10T09:00:00+07:00"
    note: Semester I berjalan baik
    result: baik
  - event: monitored
    role: sekretaris
    by: Budi Santoso
    at: "2026-06-30T18:00:00Z"
    note: Dicatat lewat tengah malam
    result: baik
  - event: monitored
    role: sekretaris
    by: Siti Rahma
    at: "2026-08-03T09:00:00+07:00"
    note: "Undangan rapat <b>terlambat</b> & \"dua\" hari"
    result: tidak
    action: revisi
  - event: evaluated
    role: sekretaris
    by: Siti Rahma
    at: "2026-11-20T10:00:00+07:00"
    note: Langkah 4 dan 5 tumpang tindih
    result: tidak
    action: revisi
    set:
      kriteria.1: ya
      kriteria.2: ya
      kriteria.3: tidak
      kriteria.4: ya
      kriteria.5: ya
      kriteria.6: ya
      kriteria.7: tidak
  - event: monitored
    role: sekretaris
    by: Siti Rahma
    at: "2027-01-05T09:00:00+07:00"
    note: Sudah direvisi
    result: baik
)");
}

// Where the printed forms are left for people to look at.
fs::path output_dir()
{
  auto dir = fs::path(SOPCTL_BINARY).parent_path() / "render-output";
  fs::create_directories(dir);
  return dir;
}

// A plain emblem: a shield, as an SVG file.
constexpr std::string_view emblem =
  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"120\" viewBox=\"0 0 100 "
  "120\"><path d=\"M5 5 H95 V70 Q95 100 50 115 Q5 100 5 70 Z\" fill=\"#1d5c2e\" "
  "stroke=\"#c9a227\" stroke-width=\"6\"/></svg>";

Result render(const Sandbox& sandbox, const std::vector<std::string>& args, const Env& env = today)
{
  std::vector<std::string> all{"render"};
  all.insert(all.end(), args.begin(), args.end());
  return sandbox.run(all, env);
}

std::string render_ok(const Sandbox& sandbox, const std::vector<std::string>& args)
{
  auto result = render(sandbox, args);
  INFO("sopctl render: ", result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.err == "");
  return result.out;
}

size_t count(const std::string& text, const std::string& part)
{
  size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++n;
  }
  return n;
}

// Spaces and line breaks as one space, for pdftotext's output.
std::string squeeze(const std::string& text)
{
  std::string out;
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t';
    if (!space || (!out.empty() && out.back() != ' ')) {
      out += space ? ' ' : c;
    }
  }
  return out;
}

} // namespace

TEST_SUITE("render monitoring and evaluation")
{
  TEST_CASE(
    "render monitoring: Tabel 7 on the kop, a blank row for each SOP in force in the half year")
  {
    Sandbox sandbox;
    four_sops(sandbox);
    auto html = render_ok(sandbox, {"monitoring", "--period", "2026-H2"});
    CHECK(
      contains(html, "<span class=\"kop-office\">DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL</span>"));
    CHECK(contains(html, "MONITORING PELAKSANAAN SOP AP"));
    CHECK(contains(html, "Periode Juli - Desember 2026"));
    CHECK(contains(html, ">Penilaian Terhadap Penerapan</th>"));
    CHECK(contains(html, ">Paraf Penilai</th>"));
    // Three SOPs were in force in 2026; the one signed in 2027 was not.
    CHECK(count(html, "<td class=\"no\">") == 3);
    CHECK(
      contains(html, "PERMOHONAN CUTI TAHUNAN PNS<br><span class=\"sop-number\">Nomor 08</span>"));
    CHECK(contains(html, "Pengurusan Surat Masuk</td>"));
    CHECK(!contains(html, "CUTI BESAR PNS"));
    CHECK(!contains(html, "&#10003;")); // nothing monitored yet: every row blank
    // Signed by the head of the office, as sopctl.yaml's approver names them.
    CHECK(contains(html, "Sibolga, 30 Desember 2026<br>Mengetahui,<br>Plt. Kepala Dinas"));
    CHECK(contains(html, "<b><u>AMARULLAH GULTOM, SE, M.M</u></b>"));

    auto next_year = render_ok(sandbox, {"monitoring", "--period", "2027-H1"});
    CHECK(count(next_year, "<td class=\"no\">") == 4);
    CHECK(contains(next_year, "CUTI BESAR PNS"));
    auto before = render_ok(sandbox, {"monitoring", "--period", "2012-H2"});
    CHECK(count(before, "<td class=\"no\">") == 0);
    CHECK(contains(before, "Tidak ada SOP yang berlaku pada periode ini."));
  }

  TEST_CASE(
    "the results recorded within the period are printed: the tick, note, action and penilai")
  {
    Sandbox sandbox;
    four_sops(sandbox);
    record_results(sandbox);
    auto row_of = [](const std::string& html, const std::string& name) {
      auto start = html.find(name);
      REQUIRE(start != std::string::npos);
      return html.substr(start, html.find("</tr>", start) - start);
    };
    auto h2 =
      row_of(render_ok(sandbox, {"monitoring", "--period", "2026-H2"}), "Penyusunan Standar");
    CHECK(contains(h2, "<td class=\"mark\"></td><td class=\"mark\">&#10003;</td>"));
    CHECK(contains(h2,
                   "Undangan rapat &lt;b&gt;terlambat&lt;/b&gt; &amp; &quot;dua&quot; hari</td><td "
                   "class=\"text\">revisi</td>"));
    CHECK(contains(h2, "Siti Rahma<br>3 Agustus 2026"));
    auto h1 =
      row_of(render_ok(sandbox, {"monitoring", "--period", "2026-H1"}), "Penyusunan Standar");
    CHECK(contains(h1, "<td class=\"mark\">&#10003;</td><td class=\"mark\"></td>"));
    CHECK(contains(h1, "Semester I berjalan baik"));
    CHECK(contains(h1, "Siti Rahma<br>10 Maret 2026"));
    // The other SOPs, monitored by nobody, stay blank.
    auto cuti =
      row_of(render_ok(sandbox, {"monitoring", "--period", "2026-H2"}), "PERMOHONAN CUTI");
    CHECK(!contains(cuti, "&#10003;"));

    auto evaluation =
      row_of(render_ok(sandbox, {"evaluation", "--period", "2026"}), "Penyusunan Standar");
    CHECK(contains(evaluation,
                   "<td class=\"answer\">Ya</td><td class=\"answer\">Ya</td><td "
                   "class=\"answer\">Tidak</td><td class=\"answer\">Ya</td><td "
                   "class=\"answer\">Ya</td><td class=\"answer\">Ya</td><td "
                   "class=\"answer\">Tidak</td>"));
    CHECK(contains(evaluation, "<td class=\"result\">Tidak baik</td>"));
    CHECK(contains(evaluation, "Langkah 4 dan 5 tumpang tindih"));
    auto next_year =
      row_of(render_ok(sandbox, {"evaluation", "--period", "2027"}), "Penyusunan Standar");
    CHECK(contains(next_year, "<td class=\"result\"></td>"));

    if (!tools_missing({"unzip"}, "unzip is missing: apt-get install unzip")) {
      render_ok(sandbox, {"monitoring", "--period", "2026-H2", "-o", "m.xlsx"});
      auto strings =
        sandbox.run_program(sandbox.repo(), {"unzip", "-p", "m.xlsx", "xl/sharedStrings.xml"});
      CHECK(contains(strings.out, "<t>Tidak berjalan dengan baik</t>"));
      CHECK(contains(strings.out, "<t>Siti Rahma</t>"));
    }
  }

  TEST_CASE("a draft enters the forms when it is signed, from the half year it was signed in")
  {
    Sandbox sandbox;
    four_sops(sandbox);
    auto id = start_draft(sandbox, "Pelayanan Akta Kelahiran");
    advance_until(sandbox, id, 8); // the signing step is active: still konsep
    CHECK(!contains(render_ok(sandbox, {"monitoring", "--period", "2026-H2"}),
                    "Pelayanan Akta Kelahiran"));
    auto signing =
      sandbox.run({"advance", id, "--role", "kadis", "--by", "Petugas 8", "--at", local_time(8)});
    INFO(signing.err);
    REQUIRE(signing.exit_code == 0); // signed on 25 November 2026
    auto h2 = render_ok(sandbox, {"monitoring", "--period", "2026-H2"});
    CHECK(count(h2, "<td class=\"no\">") == 4);
    CHECK(contains(h2, "<td class=\"sop\">Pelayanan Akta Kelahiran"));
    CHECK(!contains(render_ok(sandbox, {"monitoring", "--period", "2026-H1"}),
                    "Pelayanan Akta Kelahiran"));
    CHECK(contains(render_ok(sandbox, {"evaluation", "--period", "2026"}),
                   "<td class=\"sop\">Pelayanan Akta Kelahiran"));
  }

  TEST_CASE("render evaluation: a column per criterion, the SOPs in force in the year")
  {
    Sandbox sandbox;
    four_sops(sandbox);
    auto html = render_ok(sandbox, {"evaluation", "--period", "2026", "--format", "html"});
    CHECK(contains(html, "EVALUASI PENERAPAN SOP AP"));
    CHECK(contains(html, ">Tahun 2026</p>"));
    CHECK(contains(html, ">Mampu mendorong peningkatan kinerja</th>"));
    CHECK(contains(html, ">Sinergi satu dengan lainnya</th>"));
    CHECK(count(html, "<td class=\"no\">") == 3);
    CHECK(count(html, "<td class=\"answer\"></td>") == 3 * 7);
  }

  TEST_CASE("-o writes the form, its format from the file's extension")
  {
    Sandbox sandbox;
    four_sops(sandbox);
    CHECK(render_ok(sandbox, {"monitoring", "--period", "2026-H1", "-o", "tabel7.html"}) == "");
    CHECK(read_bytes(sandbox.repo() / "tabel7.html") ==
          render_ok(sandbox, {"monitoring", "--period", "2026-H1"}));
    auto dry =
      render(sandbox, {"monitoring", "--period", "2026-H1", "-o", "lagi.html", "--dry-run"});
    CHECK(dry.exit_code == 0);
    CHECK(contains(dry.out, "dry run: would create lagi.html:"));
    CHECK(contains(dry.out, "dry run: nothing was written"));
    CHECK(!fs::exists(sandbox.repo() / "lagi.html"));
  }

  TEST_CASE("render monitoring and evaluation as xlsx: the form's columns, a row per SOP")
  {
    if (tools_missing({"unzip"}, "unzip is missing: apt-get install unzip")) {
      return;
    }
    Sandbox sandbox;
    four_sops(sandbox);
    CHECK(render_ok(sandbox, {"monitoring", "--period", "2026-H2", "-o", "monitoring.xlsx"}) == "");
    auto part = [&](const std::string& file, const std::string& name) {
      auto result = sandbox.run_program(sandbox.repo(), {"unzip", "-p", file, name});
      REQUIRE(result.exit_code == 0);
      return result.out;
    };
    CHECK(
      contains(part("monitoring.xlsx", "xl/workbook.xml"), "<sheet name=\"Monitoring 2026-H2\""));
    auto strings = part("monitoring.xlsx", "xl/sharedStrings.xml");
    CHECK(contains(strings, "<t>Penilaian Terhadap Penerapan</t>"));
    CHECK(contains(strings, "<t>Tindakan yang Harus Diambil</t>"));
    CHECK(contains(strings, "<t>PERMOHONAN CUTI TAHUNAN PNS</t>"));
    auto sheet = part("monitoring.xlsx", "xl/worksheets/sheet1.xml");
    CHECK(contains(sheet, "<c r=\"A4\"><v>3</v></c>")); // three rows under the header
    CHECK(!contains(sheet, "<c r=\"A5\""));

    CHECK(render_ok(sandbox,
                    {"evaluation", "--period", "2026", "--format", "xlsx", "-o", "e.xlsx"}) == "");
    CHECK(contains(part("e.xlsx", "xl/workbook.xml"), "<sheet name=\"Evaluasi 2026\""));
    CHECK(contains(part("e.xlsx", "xl/sharedStrings.xml"),
                   "<t>Mampu menjawab kebutuhan peningkatan kinerja organisasi</t>"));
  }

  TEST_CASE("render monitoring and evaluation as pdf: one A4 landscape page each")
  {
    if (tools_missing({"chromium", "pdfinfo", "pdftotext"},
                      "skipped: printing the forms needs chromium and poppler-utils on PATH "
                      "(apt-get install chromium poppler-utils)")) {
      return;
    }
    Sandbox sandbox;
    four_sops(sandbox);
    record_results(sandbox);
    write_bytes(sandbox.repo() / "lambang.svg", emblem);
    auto config = sandbox.repo() / "sopctl.yaml";
    write_bytes(config, replace_once(read_bytes(config), "logo: \"\"", "logo: lambang.svg"));
    for (const auto& [form, period, words] :
         std::vector<std::tuple<std::string, std::string, std::vector<std::string>>>{
           {"monitoring",
            "2026-H2",
            {"PEMERINTAH KOTA SIBOLGA",
             "MONITORING PELAKSANAAN SOP AP",
             "Periode Juli - Desember 2026",
             "Catatan Hasil Penilaian",
             "Pengurusan Surat Masuk",
             "Undangan rapat <b>terlambat</b> & \"dua\" hari revisi Siti Rahma 3 Agustus 2026",
             "Mengetahui,",
             "AMARULLAH GULTOM, SE, M.M"}},
           {"evaluation",
            "2026",
            {"EVALUASI PENERAPAN SOP AP",
             "Tahun 2026",
             "Hasil Evaluasi",
             "Ya Ya Tidak Ya Ya Ya Tidak Tidak baik Langkah 4 dan 5 tumpang tindih revisi",
             "PERMOHONAN CUTI TAHUNAN PNS",
             "Mengetahui,",
             "NIP. 19670312 199103 1 007"}}}) {
      auto file = form + ".pdf";
      CHECK(render_ok(sandbox, {form, "--period", period, "-o", file}) == "");
      auto info = sandbox.run_program(sandbox.repo(), {"pdfinfo", file});
      REQUIRE(info.exit_code == 0);
      CHECK(contains(squeeze(info.out), "Pages: 1 "));
      CHECK(contains(squeeze(info.out), "Page size: 841.92 x 594.96 pts (A4)"));
      auto text = sandbox.run_program(sandbox.repo(), {"pdftotext", "-raw", file, "-"});
      REQUIRE(text.exit_code == 0);
      auto printed = squeeze(text.out);
      size_t from = 0;
      for (const auto& word : words) {
        INFO(form, ": ", word, " in order, in:\n", printed);
        auto at = printed.find(word, from);
        CHECK(at != std::string::npos);
        from = at == std::string::npos ? from : at;
      }
      // Left for people to look at, with page images when pdftoppm is here.
      auto kept = output_dir() / (form + "-" + period + ".pdf");
      fs::copy_file(sandbox.repo() / file, kept, fs::copy_options::overwrite_existing);
      if (!on_path("pdftoppm").empty()) {
        sandbox.run_program(sandbox.root(),
                            {"pdftoppm",
                             "-r",
                             "80",
                             "-png",
                             kept.string(),
                             (output_dir() / (form + "-" + period)).string()});
      }
    }
  }

  TEST_CASE(
    "render monitoring and evaluation refuse a period or format they do not take, writing nothing")
  {
    Sandbox sandbox;
    four_sops(sandbox);
    auto before = snapshot(sandbox.repo());
    struct Refusal
    {
      std::vector<std::string> args;
      std::string message;
    };
    for (
      const auto& refusal : std::vector<Refusal>{
        {{"monitoring", "--period", "2026-Q3", "-o", "x.html"},
         "--period \"2026-Q3\": write a half year as 2026-H1 (1 January to 30 June) or 2026-H2 "
         "(1 July to 31 December), or a year as 2026\n"},
        {{"evaluation", "--period", "26"},
         "--period \"26\": write a half year as 2026-H1 (1 January to 30 June) or 2026-H2 (1 "
         "July to 31 December), or a year as 2026\n"},
        {{"monitoring", "--period", "2026"},
         "--period \"2026\": the monitoring table is for a half year, as SOPs are monitored every "
         "six months: give 2026-H1 or 2026-H2\n"},
        {{"evaluation", "--period", "2026-H2"},
         "--period \"2026-H2\": the evaluation table is for a year, as SOPs are evaluated yearly: "
         "give 2026\n"},
        {{"monitoring"},
         "render monitoring needs --period, the half year: 2026-H1 (January to June) or 2026-H2 "
         "(July to December)\n"},
        {{"evaluation", "-o", "e.pdf"}, "render evaluation needs --period, the year: 2026\n"},
        {{"monitoring", "--period", "2026-H2", "--format", "xlsx"},
         "--format xlsx writes an Excel workbook, which is binary: give the file to write with "
         "-o FILE.xlsx\n"},
        {{"evaluation", "--period", "2026", "--format", "md"},
         "--format \"md\": render evaluation prints html, pdf or xlsx\n"},
        {{"monitoring", "--period", "2026-H2", "--list-outputs"},
         "--output and --list-outputs are for an SOP's letters, not for render monitoring\n"},
        {{"penyusunan-sop", "--period", "2026-H2"},
         "--period is only for render monitoring and render evaluation\n"},
      }) {
      auto result = render(sandbox, refusal.args);
      INFO(result.err);
      CHECK(result.exit_code == 2);
      CHECK(result.out == "");
      CHECK(result.err == refusal.message);
    }
    CHECK(differences(before, snapshot(sandbox.repo())) == "");
  }

  TEST_CASE(
    "a form is not printed while an SOP file does not load: it must list every SOP in force")
  {
    Sandbox sandbox;
    four_sops(sandbox);
    write_bytes(sandbox.repo() / "sops" / "rusak.yaml", "name: [unclosed\n");
    auto result = render(sandbox, {"monitoring", "--period", "2026-H2", "-o", "tabel7.html"});
    CHECK(result.exit_code == 1);
    CHECK(result.out == "");
    CHECK(result.err == "cannot print the form: it must list every SOP in force, and these SOP "
                        "files do not load; correct them (sopctl check):\n"
                        "  sops/rusak.yaml:2:1: invalid YAML: end of sequence flow not found\n");
    CHECK(!fs::exists(sandbox.repo() / "tabel7.html"));
  }

  TEST_CASE("a draft called monitoring is not read: the word names the form, the draft its path")
  {
    Sandbox sandbox;
    four_sops(sandbox);
    fs::copy_file(sandbox.repo() / "sops" / "cuti-tahunan.yaml",
                  sandbox.repo() / "sops" / "monitoring.yaml");
    auto result = render(sandbox, {"monitoring", "--period", "2026-H2"});
    CHECK(result.exit_code == 0);
    CHECK(contains(result.out, "MONITORING PELAKSANAAN SOP AP"));
    CHECK(result.err == "note: sops/monitoring.yaml is not read as an SOP: render monitoring "
                        "prints a form of every SOP in force; to render that draft, give its "
                        "path: sopctl render sops/monitoring.yaml\n");
    auto sop = render(sandbox, {"sops/monitoring.yaml"});
    CHECK(sop.exit_code == 0);
    CHECK(contains(sop.out, "PERMOHONAN CUTI TAHUNAN PNS"));
  }

  TEST_CASE("the refusals in Indonesian with LANGUAGE=id")
  {
    Sandbox sandbox;
    four_sops(sandbox);
    auto env = today;
    env.emplace_back("LANGUAGE", "id");
    auto result = render(sandbox, {"monitoring", "--period", "2026"}, env);
    CHECK(result.exit_code == 2);
    CHECK(result.err ==
          "--period \"2026\": tabel monitoring dibuat per semester, karena SOP dimonitor setiap "
          "enam bulan: berikan 2026-H1 atau 2026-H2\n");
    auto evaluation = render(sandbox, {"evaluation", "--period", "2026-H1"}, env);
    CHECK(evaluation.err == "--period \"2026-H1\": tabel evaluasi dibuat per tahun, karena SOP "
                            "dievaluasi setiap tahun: berikan 2026\n");
  }
}
