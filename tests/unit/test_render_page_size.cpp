// The sheet and the performer columns: up to ten performers print on A4
// landscape, more on A3 landscape; every performer column holds its
// heading's longest word, so a heading breaks only at spaces; no number of
// performers makes rendering fail.
#include "render_fixtures.hpp"

#include <doctest/doctest.h>
#include <render/flowchart_layout.hpp>
#include <render/sop_document.hpp>
#include <render/text_metrics.hpp>
#include <store/templates.hpp>

using namespace sopctl;

namespace {

std::string html_of(const model::Sop& sop)
{
  return render::sop_html(
    sop, {}, "", store::load_template("/nonexistent", render::sop_html_template));
}

bool holds(const std::string& text, const std::string& part)
{
  return text.find(part) != std::string::npos;
}

// An SOP with the performers named `names`, steps in every column in turn,
// a decision that ends the procedure and one that goes back.
model::Sop with_performers(const std::vector<std::string>& names)
{
  std::vector<int> columns;
  for (size_t i = 0; i < std::max<size_t>(names.size(), 12); ++i) {
    columns.push_back(static_cast<int>(i * 7 % names.size()) + 1);
  }
  auto sop = test::sop_in_columns(static_cast<int>(names.size()), columns);
  for (size_t i = 0; i < names.size(); ++i) {
    sop.performers[i].name = names[i];
  }
  sop.steps[2].decision = test::decision(4, model::procedure_end, "Lengkap", "Tidak lengkap");
  sop.steps[8].decision = test::decision(10, 5);
  return sop;
}

// `count` performers named "Pelaksana Nomor 1", ...
std::vector<std::string> numbered(int count)
{
  std::vector<std::string> names;
  for (int i = 1; i <= count; ++i) {
    names.push_back("Pelaksana Nomor " + std::to_string(i));
  }
  return names;
}

// What in a table layout keeps a heading from fitting its column without
// breaking a word, a line each.
std::string unfitting_headings(const model::Sop& sop, const render::TableLayout& table)
{
  const auto& s = table.settings;
  std::string found;
  for (size_t i = 0; i < sop.performers.size(); ++i) {
    double room = table.columns.performers[i] - 2 * s.padding_x - s.border;
    double word = render::widest_word(sop.performers[i].name, s.font_px, true);
    if (word > room) {
      found += sop.performers[i].name + "\n";
    }
  }
  return found;
}

double total_width(const render::TableLayout& table)
{
  const auto& c = table.columns;
  double total = c.number + c.activity + c.requirements + c.time + c.output + c.remarks +
                 c.lanes_left + c.lanes_right;
  for (double width : c.performers) {
    total += width;
  }
  return total;
}

} // namespace

TEST_SUITE("render page size and performer columns")
{
  TEST_CASE("render: up to ten performers print on A4 landscape, more on A3 landscape")
  {
    for (size_t count : {0, 1, 5, 10}) {
      CAPTURE(count);
      auto settings = render::page_settings_for(count);
      CHECK(settings.paper == "A4");
      CHECK(settings.width == 1047);
      CHECK(settings.height == 718);
    }
    for (size_t count : {11, 12, 30, 54}) {
      CAPTURE(count);
      auto settings = render::page_settings_for(count);
      CHECK(settings.paper == "A3");
      CHECK(settings.paper_width_mm == 420);
      CHECK(settings.paper_height_mm == 297);
      CHECK(settings.width == 1511);  // 400 mm
      CHECK(settings.height == 1046); // 277 mm
    }
    auto ten = with_performers(numbered(10));
    CHECK(render::lay_out_flowchart(ten).table.settings.paper == "A4");
    CHECK(holds(html_of(ten), "@page { size: A4 landscape; margin: 10mm; }"));
    auto twelve = test::fixture_sop("render/dpmptsp-imb-12-pelaksana.yaml");
    auto html = html_of(twelve);
    CHECK(holds(html, "@page { size: A3 landscape; margin: 10mm; }"));
    CHECK(holds(html, ".sheet { width: 420mm; min-height: 297mm;"));
    CHECK(holds(html, ".sheet { position: relative; width: 1511px;"));
  }

  TEST_CASE("render: 54 performers render without throwing, with every performer's heading")
  {
    auto sop = with_performers(numbered(54));
    std::string html;
    CHECK_NOTHROW(html = html_of(sop));
    for (const auto& performer : sop.performers) {
      CAPTURE(performer.name);
      // Whole, in a heading of its own (the last one's also spans the lanes
      // beside it).
      bool whole = holds(html, "<th>" + performer.name + "</th>") ||
                   holds(html, "\">" + performer.name + "</th>");
      CHECK(whole);
    }
    CHECK(holds(html, "@page { size: A3 landscape;"));
    // Shrunk to fit the sheet, headings still whole words.
    auto chart = render::lay_out_flowchart(sop);
    CHECK(chart.table.settings.scale < 1);
    CHECK(unfitting_headings(sop, chart.table) == "");
    CHECK(total_width(chart.table) <= chart.table.settings.width + 0.01);
    for (const auto& page : chart.pages) {
      CHECK(test::drawing_faults(page, chart.table.chart) == "");
    }
    auto md = render::sop_markdown(
      sop, {}, store::load_template("/nonexistent", render::sop_markdown_template));
    CHECK(holds(md, "subgraph p54[\"Pelaksana Nomor 54\"]"));
  }

  TEST_CASE("render: every performer column holds its heading's longest word")
  {
    // Ten headings as real offices write them, long words included: on A4,
    // at full size.
    auto ten = with_performers({"Pemohon",
                                "Petugas Pelaksana",
                                "Kasub. Bag. Kepegawaian",
                                "Kabag. Tata Usaha",
                                "Direktur",
                                "Verifikator",
                                "Bendahara Penerima",
                                "Pejabat Penerbit SP2D",
                                "Operator SIAK",
                                "Kasi Pendaftaran Penduduk"});
    auto chart = render::lay_out_flowchart(ten);
    CHECK(chart.table.settings.paper == "A4");
    CHECK(chart.table.settings.scale == 1);
    CHECK(unfitting_headings(ten, chart.table) == "");
    CHECK(total_width(chart.table) == doctest::Approx(chart.table.settings.width));
    CHECK(chart.table.columns.activity >= chart.table.settings.least_activity_width - 0.01);
    for (const auto& page : chart.pages) {
      CHECK(test::drawing_faults(page, chart.table.chart) == "");
    }
    for (const auto& [name, sop] : std::vector<std::pair<std::string, model::Sop>>{
           {"seed", test::seed()},
           {"30 langkah", test::thirty_steps()},
           {"pa-bandung", test::fixture_sop("real/pa-bandung-penerimaan-perkara.yaml")},
           {"uinsa-sp2d", test::fixture_sop("real/uinsa-sp2d-internal.yaml")},
           {"imb", test::fixture_sop("render/dpmptsp-imb-12-pelaksana.yaml")}}) {
      CAPTURE(name);
      auto layout = render::lay_out_flowchart(sop).table;
      CHECK(unfitting_headings(sop, layout) == "");
      CHECK(layout.settings.scale == 1);
    }
  }

  TEST_CASE("render: a Mutu Baku or Keterangan column holds the longest word written in it")
  {
    // Real cells (tests/fixtures/real/): Diskominfo Kalbar's Waktu "30 hari
    // kerja diketemukan alasan" was cut into "diketemu kan" by the 56 px
    // Waktu column, and Kaltim's Keterangan "Aksesibilitas" across lines.
    for (const auto* name : {"real/diskominfo-kalbar-keberatan-informasi.yaml",
                             "real/kaltim-ppid-standar-pengumuman.yaml",
                             "real/satpol-pp-kalbar-pengusulan-diklat.yaml"}) {
      CAPTURE(name);
      auto sop = test::fixture_sop(name);
      auto layout = render::lay_out_flowchart(sop).table;
      const auto& s = layout.settings;
      for (const auto& step : sop.steps) {
        CAPTURE(step.number);
        auto holds = [&](const std::string& text, double width) {
          return render::widest_word(text, s.font_px) + 2 * s.padding_x <= width;
        };
        CHECK(holds(step.requirements, layout.columns.requirements));
        CHECK(holds(step.time, layout.columns.time));
        CHECK(holds(step.output, layout.columns.output));
        CHECK(holds(step.remarks, layout.columns.remarks));
      }
    }
  }

  TEST_CASE("render: a heading breaks only at spaces")
  {
    auto html = html_of(test::thirty_steps());
    CHECK(holds(html,
                ".procedure th { text-align: center; vertical-align: middle; background: #f2f2f2;\n"
                "  overflow-wrap: normal; word-break: normal; hyphens: manual; }"));
    CHECK(render::widest_word("Kasi Pendaftaran Penduduk", 11, true) ==
          doctest::Approx(render::exact_width("Pendaftaran", 11, true)));
    CHECK(render::widest_word("dua\nbaris", 11) ==
          doctest::Approx(render::exact_width("baris", 11)));
    // Bold type is wider, by the font's own widths.
    CHECK(render::exact_width("Pemohon", 11, true) > render::exact_width("Pemohon", 11));
    CHECK(render::exact_width("Pemohon", 10) == doctest::Approx(42.8));
  }

  TEST_CASE("render: columns share the room evenly when every heading fits, as the seed's do")
  {
    auto chart = render::lay_out_flowchart(test::seed());
    const auto& widths = chart.table.chart.widths;
    REQUIRE(widths.size() == 5);
    for (double width : widths) {
      // 1047 less the text columns (364), the activity's 200 and the lane
      // column (one lane of 16 and 2 px each side).
      CHECK(width == doctest::Approx(92.6));
    }
    // Wide enough for step 6's Tidak beside its exit to the lane: over the
    // diamond's slope 11 px off the line (a quarter of its 36 px and 2),
    // 1 px clear of it and 2 px of the rule, each side of its middle.
    double tidak = render::text_width("Tidak", 11) + 2;
    double slope = 22 * (1 - 11.0 / 18);
    CHECK(widths[2] >= 2 * (slope + 1 + tidak + 2));
    CHECK(chart.table.settings.scale == 1);
    CHECK(chart.table.columns.activity == doctest::Approx(200));
  }

  TEST_CASE("render: columns grow to keep a long exit word beside its line, off the rules")
  {
    // Step 3 (column 5) goes on to step 4 (column 2): its word past the
    // first rule the turn crosses, in column 4.
    auto sop = with_performers(numbered(10));
    sop.steps[2].decision = test::decision(4, model::procedure_end, "Berkas sudah lengkap", "");
    auto chart = render::lay_out_flowchart(sop);
    double word = render::text_width("Berkas sudah lengkap", chart.table.settings.label_font_px);
    CHECK(chart.table.chart.column_width(3) > word);
    CHECK(test::drawing_faults(chart.pages[0], chart.table.chart) == "");
    // Straight down in one column: the word beside the line, in half of it.
    auto straight = test::sop_in_columns(6, {1, 2, 2, 3});
    straight.steps[1].decision = test::decision(3, 1, "Berkas sudah lengkap", "");
    auto down = render::lay_out_flowchart(straight);
    CHECK(down.table.chart.column_width(1) > 2 * word);
    CHECK(test::drawing_faults(down.pages[0], down.table.chart) == "");
  }
}
