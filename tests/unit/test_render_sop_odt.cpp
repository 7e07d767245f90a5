// The SOP for Word and LibreOffice (issue 11, section 4): the flat XML
// holds every text escaped, the procedure table has the HTML's columns and
// row heights with one cell spanning the performer columns and the page's
// rows for the flowchart's picture, and the pictures are taken of the SVG
// the HTML shows, styled by the HTML's style sheets.
#include "render_fixtures.hpp"

#include <algorithm>
#include <cmath>
#include <doctest/doctest.h>
#include <fmt/format.h>
#include <model/errors.hpp>
#include <render/data_uri.hpp>
#include <render/flowchart_layout.hpp>
#include <render/flowchart_svg.hpp>
#include <render/odf_text.hpp>
#include <render/sop_document.hpp>
#include <render/sop_odt.hpp>
#include <render/text_metrics.hpp>
#include <store/templates.hpp>

using namespace sopctl;

namespace {

std::string fodt_template()
{
  return store::load_template("/nonexistent", render::sop_fodt_template);
}

render::Approval own_approval(const model::Sop& sop)
{
  render::Approval approval;
  approval.created_date = sop.dates.created;
  approval.approved_date = sop.dates.approved;
  approval.signer = sop.approver;
  return approval;
}

// Stand-ins for the PNGs Chromium takes, one per page with rows.
std::vector<std::string> pictures_for(const model::Sop& sop)
{
  std::vector<std::string> pictures;
  auto chart = render::lay_out_flowchart(sop);
  for (size_t p = 0; p < chart.table.pages.size(); ++p) {
    if (!chart.table.pages[p].row_heights.empty()) {
      pictures.push_back("\x89PNG\r\n\x1a\n picture of page " + std::to_string(p + 1));
    }
  }
  return pictures;
}

std::string fodt_of(const model::Sop& sop, const render::Approval& approval)
{
  return render::sop_fodt(sop, approval, "", pictures_for(sop), fodt_template());
}

size_t count(const std::string& text, const std::string& part)
{
  size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++n;
  }
  return n;
}

// The columns each row of table `name` covers: a cell counts 1, covered
// cells their number-columns-repeated.
std::vector<int> row_widths(const std::string& fodt, const std::string& name)
{
  auto start = fodt.find("<table:table table:name=\"" + name + "\"");
  REQUIRE(start != std::string::npos);
  auto end = fodt.find("</table:table>", start);
  auto table = fodt.substr(start, end - start);
  std::vector<int> widths;
  for (auto row = table.find("<table:table-row"); row != std::string::npos;
       row = table.find("<table:table-row", row + 1)) {
    auto row_end = table.find("</table:table-row>", row);
    auto text = table.substr(row, row_end - row);
    int width = static_cast<int>(count(text, "<table:table-cell "));
    for (auto at = text.find("<table:covered-table-cell"); at != std::string::npos;
         at = text.find("<table:covered-table-cell", at + 1)) {
      auto close = text.find("/>", at);
      auto element = text.substr(at, close - at);
      auto repeated = element.find("table:number-columns-repeated=\"");
      width += repeated == std::string::npos ? 1 : std::stoi(element.substr(repeated + 31));
    }
    widths.push_back(width);
  }
  return widths;
}

// No byte that XML 1.0 refuses (C0 controls but tab and line breaks).
bool only_xml_characters(const std::string& text)
{
  return std::none_of(text.begin(), text.end(), [](char c) {
    return static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\r' && c != '\t';
  });
}

} // namespace

TEST_SUITE("render::sop_odt")
{
  TEST_CASE("the seed's flat XML holds every text, escaped, and a picture per page")
  {
    auto sop = test::seed();
    auto fodt = fodt_of(sop, own_approval(sop));
    CHECK(fodt.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
    for (const auto& text : {sop.number,
                             sop.name,
                             sop.office.government,
                             sop.office.name,
                             sop.approver.position,
                             sop.approver.name,
                             sop.approver.nip,
                             std::string("29 September 2020")}) {
      CAPTURE(text);
      CHECK(count(fodt, render::odf_escape(text)) >= 1);
    }
    for (const auto& step : sop.steps) {
      CAPTURE(step.number);
      CHECK(count(fodt, render::odf_escape(std::string(render::trim_end(step.activity)))) == 1);
    }
    for (const auto& performer : sop.performers) {
      CHECK(count(fodt, ">" + render::odf_escape(performer.name) + "</text:p>") == 1);
    }
    // One page of steps: one picture, in base64, in a frame as large as the chart.
    auto chart = render::lay_out_flowchart(sop);
    REQUIRE(chart.pages.size() == 1);
    CHECK(count(fodt, "<office:binary-data>") == 1);
    CHECK(count(fodt, render::base64(pictures_for(sop)[0])) == 1);
    CHECK(count(fodt,
                "svg:width=\"" + render::odf_mm(chart.pages[0].width) + "\" svg:height=\"" +
                  render::odf_mm(chart.pages[0].height) + "\"") == 1);
    CHECK_FALSE(render::odf_escape(sop.name).empty());
    CHECK(count(fodt, "KONSEP") == 0);
    CHECK(count(fodt, "<style:header>") == 0);
    CHECK(only_xml_characters(fodt));
  }

  TEST_CASE("the last performer's heading spans the lane column beside it, its name over the "
            "performer's symbols, as the HTML's")
  {
    // The 30-step SOP's lanes are on the right, beside Kadis.
    auto sop = test::thirty_steps();
    auto fodt = fodt_of(sop, own_approval(sop));
    const auto& columns = render::lay_out_flowchart(sop).table.columns;
    REQUIRE(columns.lanes_left == 0);
    REQUIRE(columns.lanes_right > 0);
    CHECK(count(fodt,
                "<table:table-cell table:style-name=\"Shaded\" table:number-columns-spanned=\"2\">"
                "<text:p text:style-name=\"HeadingLanesRight\">" +
                  sop.performers.back().name +
                  "</text:p></table:table-cell><table:covered-table-cell "
                  "table:number-columns-repeated=\"1\"/>") >= 1);
    CHECK(count(fodt,
                "style:name=\"HeadingLanesRight\" style:family=\"paragraph\" "
                "style:parent-style-name=\"Heading\"><style:paragraph-properties "
                "fo:margin-right=\"" +
                  render::odf_mm(columns.lanes_right) + "\"/>") == 1);
    // No empty heading of its own over the lane column.
    CHECK(count(fodt, "<text:p text:style-name=\"Heading\"></text:p>") == 0);
  }

  TEST_CASE("A4 landscape, the HTML's column widths, row heights, and the chart cell's span")
  {
    auto sop = test::thirty_steps();
    auto fodt = fodt_of(sop, own_approval(sop));
    auto chart = render::lay_out_flowchart(sop);
    const auto& columns = chart.table.columns;
    CHECK(count(fodt,
                "fo:page-width=\"297mm\" fo:page-height=\"210mm\" "
                "style:print-orientation=\"landscape\"") == 1);
    CHECK(count(fodt, "style:column-width=\"" + render::odf_mm(columns.activity) + "\"") >= 1);
    REQUIRE(chart.table.pages.size() == 3);
    // Under Pelaksana: each performer's column and a column for each side's
    // loop lanes (the 30-step SOP loops back on the right).
    size_t chart_columns =
      columns.performers.size() + (columns.lanes_left > 0) + (columns.lanes_right > 0);
    CHECK(chart_columns > columns.performers.size());
    double chart_width = columns.lanes_left + columns.lanes_right;
    for (double width : columns.performers) {
      chart_width += width;
    }
    CHECK(chart_width == doctest::Approx(chart.pages[0].width).epsilon(0.001));
    for (size_t p = 0; p < chart.table.pages.size(); ++p) {
      const auto& page = chart.table.pages[p];
      for (size_t row = 0; row < page.row_heights.size(); ++row) {
        CHECK(count(fodt,
                    fmt::format("style:name=\"row-{}-{}\" style:family=\"table-row\"><style:table-"
                                "row-properties style:row-height=\"{}\"",
                                p + 1,
                                row + 1,
                                render::odf_mm(page.row_heights[row]))) == 1);
      }
      CHECK(
        count(fodt,
              fmt::format("table:number-columns-spanned=\"{}\" table:number-rows-spanned=\"{}\"",
                          chart_columns,
                          page.row_heights.size())) >= 1);
      // Every row of the table covers all its columns: the chart cell and the
      // covered cells beside and under it add up.
      auto widths = row_widths(fodt, "Prosedur" + std::to_string(p + 1));
      CHECK(widths.size() == page.row_heights.size() + 2); // two header rows
      for (int width : widths) {
        CHECK(width == static_cast<int>(chart_columns) + 6);
      }
    }
    CHECK(count(fodt, "<office:binary-data>") == 3);
    CHECK(count(fodt, "(lanjutan)") == 2);
  }

  TEST_CASE("texts with &, <, quotes and control characters are escaped, never raw")
  {
    auto sop = test::seed();
    sop.name = "Akta & \"Kelahiran\" <b>'baru'</b>\x01\x1b[31m";
    sop.steps[0].activity = "Terima <berkas> & cek\nbaris kedua\x07";
    sop.office.name = "Dinas ]]> <!-- -->";
    sop.performers[0].name = "Kadis </text:p><text:p>";
    auto fodt = fodt_of(sop, own_approval(sop));
    CHECK(count(fodt,
                "Akta &amp; &quot;Kelahiran&quot; &lt;b&gt;&apos;baru&apos;&lt;/b&gt;\xEF\xBF\xBD"
                "\xEF\xBF\xBD[31m") >= 1);
    CHECK(count(fodt, "Terima &lt;berkas&gt; &amp; cek<text:line-break/>baris kedua\xEF\xBF\xBD") ==
          1);
    CHECK(count(fodt, "Dinas ]]&gt; &lt;!-- --&gt;") == 1);
    CHECK(count(fodt, "Kadis &lt;/text:p&gt;&lt;text:p&gt;") == 1);
    CHECK(count(fodt, "<b>") == 0);
    CHECK(count(fodt, "<!--") == 0);
    CHECK(only_xml_characters(fodt));
  }

  TEST_CASE("a KONSEP says so, and a draft without steps has one row saying there are none")
  {
    auto sop = test::seed();
    sop.steps.clear();
    sop.performers.clear();
    render::Approval konsep;
    konsep.konsep = true;
    konsep.signer = sop.approver;
    auto fodt = render::sop_fodt(sop, konsep, "", {}, fodt_template());
    CHECK(count(fodt, "<style:header><text:p text:style-name=\"Konsep\">KONSEP: belum disahkan<") ==
          1);
    CHECK(count(fodt, "KONSEP: belum disahkan") == 1);
    CHECK(count(fodt, "[KONSEP]") == 1);
    CHECK(count(fodt, "Belum ada langkah yang ditulis dalam konsep ini.") == 1);
    CHECK(count(fodt, "<office:binary-data>") == 0);
    for (int width : row_widths(fodt, "Prosedur1")) {
      CHECK(width == 7); // one empty performer column
    }
    CHECK(render::chart_picture_pages(sop, "<style>x</style>").empty());
  }

  TEST_CASE("the identity table: the office cell spans every row, the paraf box beside the signer")
  {
    auto sop = test::seed();
    auto approval = own_approval(sop);
    auto fodt = fodt_of(sop, approval);
    auto widths = row_widths(fodt, "Identitas");
    CHECK(widths.size() == 6); // number, three dates, signer, name (no Tgl Efektif)
    for (int width : widths) {
      CHECK(width == 3);
    }
    CHECK(count(fodt, "table:number-rows-spanned=\"6\"") == 1);
    CHECK(count(fodt, "\"ParafHeading\">Paraf koordinasi") == 0);
    approval.paraf = render::Paraf{"Sekretaris Uji", "Budi", "2026-11-25"};
    approval.approved_by = "Kadis & Co";
    fodt = fodt_of(sop, approval);
    CHECK(count(fodt, "\"ParafHeading\">Paraf koordinasi") == 1);
    CHECK(count(fodt, ">Sekretaris Uji</text:p>") == 1);
    CHECK(count(fodt, ">25 November 2026</text:p>") == 1);
    CHECK(count(fodt, "29 September 2020 (oleh Kadis &amp; Co)") == 1);
  }

  TEST_CASE("the logo is embedded in the office cell")
  {
    auto sop = test::seed();
    std::string png = "\x89PNG\r\n\x1a\n logo";
    auto fodt = render::sop_fodt(sop, own_approval(sop), png, pictures_for(sop), fodt_template());
    CHECK(count(fodt, "draw:name=\"Logo\"") == 1);
    CHECK(count(fodt, "<office:binary-data>" + render::base64(png) + "</office:binary-data>") == 1);
    CHECK(count(fodt_of(sop, own_approval(sop)), "draw:name=\"Logo\"") == 0);
  }

  TEST_CASE("one picture is needed per page of steps")
  {
    auto sop = test::thirty_steps();
    CHECK_THROWS_WITH_AS(render::sop_fodt(sop, own_approval(sop), "", {"one"}, fodt_template()),
                         "the flowchart has 3 pages but 1 pictures were given",
                         model::Error);
  }

  TEST_CASE("each picture page holds the HTML's style sheets and that page's SVG, sized to it")
  {
    auto sop = test::thirty_steps();
    auto html = render::sop_html(
      sop, own_approval(sop), "", store::load_template("/nonexistent", render::sop_html_template));
    auto pages = render::chart_picture_pages(sop, html);
    auto chart = render::lay_out_flowchart(sop);
    REQUIRE(pages.size() == 3);
    for (size_t p = 0; p < pages.size(); ++p) {
      CAPTURE(p);
      auto svg = render::chart_svg(chart.pages[p], chart.table.chart, static_cast<int>(p + 1));
      CHECK(count(pages[p].html, svg) == 1);
      CHECK(count(pages[p].html, "<svg") == 1);
      CHECK(count(pages[p].html, ".flowchart .grid") == 1); // the template's own rule
      CHECK(count(pages[p].html, "background: #fff !important") == 1);
      CHECK(pages[p].width == static_cast<int>(std::ceil(chart.pages[p].width)));
      CHECK(pages[p].height == static_cast<int>(std::ceil(chart.pages[p].height)));
      // The SVG in the HTML is the same one.
      CHECK(count(html, svg) == 1);
    }
  }
}
