#include <cmath>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <render/data_uri.hpp>
#include <render/flowchart_layout.hpp>
#include <render/flowchart_svg.hpp>
#include <render/odf_text.hpp>
#include <render/sop_fields.hpp>
#include <render/sop_odt.hpp>
#include <render/text_metrics.hpp>

namespace sopctl::render {

namespace {

// Every <style> element's contents in `html`, in order.
std::string style_sheets(std::string_view html)
{
  std::string sheets;
  size_t at = 0;
  while ((at = html.find("<style", at)) != std::string_view::npos) {
    auto open_end = html.find('>', at);
    auto close = html.find("</style>", at);
    if (open_end == std::string_view::npos || close == std::string_view::npos || close < open_end) {
      break;
    }
    sheets += html.substr(open_end + 1, close - open_end - 1);
    sheets += '\n';
    at = close + 8;
  }
  return sheets;
}

// Millimetres as OpenDocument writes them.
std::string mm(double millimetres)
{
  return odf_mm(millimetres * 96 / 25.4);
}

// CSS pixels as points (72 to the inch), for type sizes.
std::string pt(double css_pixels)
{
  return svg_number(css_pixels * 0.75) + "pt";
}

std::string text_of(std::string_view text)
{
  return std::string(trim_end(text));
}

// The columns under "Pelaksana": each performer's, and left of the first or
// right of the last the column of a side's loop lanes, as the HTML has them.
size_t chart_columns(const ColumnWidths& columns)
{
  return columns.performers.size() + (columns.lanes_left > 0) + (columns.lanes_right > 0);
}

// chart_cols (column: a style name, width_mm), left to right, and
// chart_headings: one per performer, the first and last spanning their
// side's lane column (lanes, span), their names kept over the performer's
// symbols by a paragraph indented by the lanes' width (style: HeadingLanes
// with lanes_left_mm and lanes_right_mm), as the HTML heads them.
void add_chart_columns(TemplateData& fields, const model::Sop& sop, const ColumnWidths& columns)
{
  std::vector<TemplateData> cols;
  std::vector<TemplateData> headings;
  auto add = [&](const std::string& column, double width) {
    cols.push_back(TemplateData().set("column", column).set("width_mm", odf_mm(width)));
  };
  if (columns.lanes_left > 0) {
    add("lanes-left", columns.lanes_left);
  }
  for (size_t i = 0; i < columns.performers.size(); ++i) {
    add(fmt::format("performer-{}", i + 1), columns.performers[i]);
    bool left = i == 0 && columns.lanes_left > 0;
    bool right = i + 1 == columns.performers.size() && columns.lanes_right > 0;
    headings.push_back(TemplateData()
                         .set("name", i < sop.performers.size() ? sop.performers[i].name : "")
                         .set("lanes", TemplateData::flag(left || right))
                         .set("span", std::to_string(1 + left + right))
                         .set("covered", std::to_string(left + right))
                         .set("style",
                              left && right ? "HeadingLanesBoth"
                              : left        ? "HeadingLanesLeft"
                                            : "HeadingLanesRight"));
  }
  if (columns.lanes_right > 0) {
    add("lanes-right", columns.lanes_right);
  }
  fields.set("chart_cols", TemplateData::list(std::move(cols)))
    .set("chart_headings", TemplateData::list(std::move(headings)))
    .set("lanes_left_mm", odf_mm(columns.lanes_left))
    .set("lanes_right_mm", odf_mm(columns.lanes_right));
}

TemplateData page_fields(const model::Sop& sop,
                         const Flowchart& chart,
                         size_t p,
                         const std::vector<std::string>& pictures)
{
  const auto& rows = chart.table.pages[p];
  const auto& page = chart.pages[p];
  auto performers = chart_columns(chart.table.columns);
  std::vector<TemplateData> page_rows;
  for (size_t row = 0; row < rows.row_heights.size(); ++row) {
    const auto& step = sop.steps[rows.first + row];
    TemplateData fields;
    fields.set("number", std::to_string(step.number))
      .set("activity", text_of(step.activity))
      .set("requirements", text_of(step.requirements))
      .set("time", text_of(step.time))
      .set("output", text_of(step.output))
      .set("remarks", text_of(step.remarks))
      .set("style", fmt::format("row-{}-{}", p + 1, row + 1))
      .set("height_mm", odf_mm(rows.row_heights[row]))
      .set("first", TemplateData::flag(row == 0));
    page_rows.push_back(std::move(fields));
  }
  bool has_rows = !rows.row_heights.empty();
  TemplateData fields;
  fields.set("page_number", std::to_string(p + 1))
    .set("continued", TemplateData::flag(p > 0))
    .set("has_rows", TemplateData::flag(has_rows))
    .set("row_count", std::to_string(rows.row_heights.size()))
    .set("covered_first", std::to_string(performers - 1))
    .set("has_covered_first", TemplateData::flag(performers > 1))
    .set("picture", has_rows ? base64(pictures.at(p)) : "")
    .set("picture_width_mm", odf_mm(page.width))
    .set("picture_height_mm", odf_mm(page.height))
    .set("rows", TemplateData::list(std::move(page_rows)));
  return fields;
}

} // namespace

std::vector<ChartPicturePage> chart_picture_pages(const model::Sop& sop, std::string_view sop_html)
{
  std::vector<ChartPicturePage> pictures;
  if (sop.steps.empty()) {
    return pictures;
  }
  auto chart = lay_out_flowchart(sop);
  auto sheets = style_sheets(sop_html);
  for (size_t p = 0; p < chart.pages.size(); ++p) {
    const auto& page = chart.pages[p];
    ChartPicturePage picture;
    picture.width = static_cast<int>(std::ceil(page.width));
    picture.height = static_cast<int>(std::ceil(page.height));
    // The template's sheets style the SVG's classes; then the page is made
    // exactly the picture: no margin, no screen background, nothing else.
    picture.html = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<style>\n{}</style>\n<style>\nhtml, body {{ margin: 0 !important; padding: 0 "
      "!important; background: #fff !important; overflow: hidden; }}\n"
      "svg.flowchart {{ display: block; }}\n</style>\n</head>\n<body>{}</body>\n</html>\n",
      sheets,
      chart_svg(page, chart.table.chart, static_cast<int>(p + 1)));
    pictures.push_back(std::move(picture));
  }
  return pictures;
}

std::string sop_fodt(const model::Sop& sop,
                     const Approval& approval,
                     std::string_view logo,
                     const std::vector<std::string>& pictures,
                     std::string_view template_text)
{
  auto chart = lay_out_flowchart(sop);
  const auto& table = chart.table;
  const auto& s = table.settings;
  const auto& columns = table.columns;
  size_t pages_with_rows = 0;
  for (const auto& page : table.pages) {
    pages_with_rows += !page.row_heights.empty();
  }
  if (pictures.size() != pages_with_rows) {
    throw model::Error(trf(
      "the flowchart has {} pages but {} pictures were given", pages_with_rows, pictures.size()));
  }
  auto fields = sop_fields(sop, approval, logo.empty() ? "" : base64(logo));
  fields.set("has_legal_basis", TemplateData::flag(!sop.legal_basis.empty()))
    .set("has_qualifications", TemplateData::flag(!sop.qualifications.empty()))
    .set("has_related", TemplateData::flag(!sop.related.empty()))
    .set("has_equipment", TemplateData::flag(!sop.equipment.empty()))
    // The signature block's columns are 60 mm each (sop.fodt.mustache).
    .set("signatures_width_mm",
         mm(60.0 * (sop.signatories.empty() ? 0 : sop.signatories.size() + 1)))
    .set("paper_width_mm", mm(s.paper_width_mm))
    .set("paper_height_mm", mm(s.paper_height_mm))
    .set("margin_x_mm", mm((s.paper_width_mm - s.width * 25.4 / 96) / 2))
    .set("margin_y_mm", mm((s.paper_height_mm - s.height * 25.4 / 96) / 2))
    .set("table_width_mm", odf_mm(s.width))
    .set("font_pt", pt(s.font_px))
    .set("line_pt", pt(s.line_px))
    .set("caption_font_pt", pt(s.caption_font_px))
    .set("caption_line_pt", pt(s.caption_line_px))
    .set("padding_x_mm", odf_mm(s.padding_x))
    .set("padding_y_mm", odf_mm(s.padding_y))
    .set("width_number_mm", odf_mm(columns.number))
    .set("width_activity_mm", odf_mm(columns.activity))
    .set("width_requirements_mm", odf_mm(columns.requirements))
    .set("width_time_mm", odf_mm(columns.time))
    .set("width_output_mm", odf_mm(columns.output))
    .set("width_remarks_mm", odf_mm(columns.remarks))
    .set("chart_columns", std::to_string(chart_columns(columns)))
    .set("total_columns", std::to_string(chart_columns(columns) + 6))
    .set("covered_empty", std::to_string(chart_columns(columns) + 5));
  add_chart_columns(fields, sop, columns);
  std::vector<TemplateData> pages;
  std::vector<std::string> page_pictures;
  size_t next_picture = 0;
  for (size_t p = 0; p < table.pages.size(); ++p) {
    page_pictures.push_back(table.pages[p].row_heights.empty() ? std::string()
                                                               : pictures[next_picture++]);
  }
  for (size_t p = 0; p < table.pages.size(); ++p) {
    pages.push_back(page_fields(sop, chart, p, page_pictures));
  }
  fields.set("pages", TemplateData::list(std::move(pages)));
  return render_template(template_text, fields, Escape::odf, sop_fodt_template);
}

} // namespace sopctl::render
