#include <algorithm>
#include <cctype>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <render/book.hpp>
#include <render/flowchart_layout.hpp>
#include <render/identity_layout.hpp>
#include <render/sop_document.hpp>
#include <render/sop_fields.hpp>
#include <render/template_data.hpp>
#include <render/text_metrics.hpp>

namespace sopctl::render {

namespace {

// The table of contents' geometry on A4 landscape with 10 mm margins, in
// CSS pixels: given to the template, so the browser lays rows out as they
// are estimated here.
struct ContentsLayout
{
  double page_height = 718; // 190 mm
  double title_height = 64; // "DAFTAR ISI" and the space under it
  double font_px = 12;
  double line_px = 16;
  double padding_y = 4;
  double padding_x = 6;
  double border = 1;
  // Room left free at the foot of each page for the estimate's errors.
  double safety = 24;
  double width_index = 40;
  double width_number = 250;
  double width_name = 577;
  double width_version = 60;
  double width_page = 80;
  // Text is assumed this much wider than estimated, as the procedure table
  // does, so a row is never shorter than the browser needs.
  double width_safety = 1.08;

  double row_height(int lines) const { return lines * line_px + 2 * padding_y + border; }
  int lines_in(std::string_view text, double width) const
  {
    return count_lines(text, (width - 2 * padding_x) / width_safety, font_px);
  }
};

constexpr ContentsLayout contents;

std::string lower(std::string_view text)
{
  std::string lowered(text);
  std::transform(lowered.begin(), lowered.end(), lowered.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  return lowered;
}

std::string px(double value)
{
  return std::to_string(static_cast<int>(value));
}

} // namespace

SopSheets sop_sheets(const model::Sop& sop, const Approval& approval, bool has_logo)
{
  auto chart = lay_out_flowchart(sop);
  auto identity = lay_out_identity(sop, approval, has_logo, chart.table.settings);
  return {chart.table.settings.paper,
          static_cast<int>(identity.sheets.size() + chart.table.pages.size())};
}

std::vector<std::vector<size_t>> contents_pages(const std::vector<BookSop>& sops)
{
  double room = contents.page_height - contents.title_height - contents.safety -
                contents.row_height(1); // the heading row
  std::vector<std::vector<size_t>> pages(1);
  double used = 0;
  for (size_t i = 0; i < sops.size(); ++i) {
    int lines = std::max({contents.lines_in(sops[i].name, contents.width_name),
                          contents.lines_in(sops[i].number, contents.width_number),
                          contents.lines_in(sops[i].version, contents.width_version),
                          1});
    double height = contents.row_height(lines);
    if (!pages.back().empty() && used + height > room) {
      pages.emplace_back();
      used = 0;
    }
    pages.back().push_back(i);
    used += height;
  }
  return pages;
}

std::vector<int> estimated_start_pages(const std::vector<BookSop>& sops)
{
  // The cover, then the table of contents.
  int page = 1 + static_cast<int>(contents_pages(sops).size()) + 1;
  std::vector<int> starts;
  for (const auto& sop : sops) {
    starts.push_back(page);
    page += sop.sheets.pages;
  }
  return starts;
}

std::string book_anchor(size_t index)
{
  return "sop-" + std::to_string(index + 1);
}

PageParts page_parts(std::string_view html, std::string_view template_name)
{
  auto lowered = lower(html);
  PageParts parts;
  for (size_t at = lowered.find("<style"); at != std::string::npos;
       at = lowered.find("<style", at + 1)) {
    auto open_end = lowered.find('>', at);
    auto close = lowered.find("</style", at);
    if (open_end == std::string::npos || close == std::string::npos || close < open_end) {
      break;
    }
    parts.style += std::string(html.substr(open_end + 1, close - open_end - 1));
  }
  auto body = lowered.find("<body");
  auto body_open_end = body == std::string::npos ? body : lowered.find('>', body);
  auto body_close = lowered.rfind("</body");
  if (body_open_end == std::string::npos || body_close == std::string::npos ||
      body_close < body_open_end) {
    throw model::Error(trf("template {}: the page has no <body> ... </body>, which the book "
                           "binds; keep them in your copy",
                           template_name));
  }
  parts.body = std::string(html.substr(body_open_end + 1, body_close - body_open_end - 1));
  return parts;
}

std::string book_html(const BookCover& cover,
                      const std::vector<BookSop>& sops,
                      const std::vector<int>& start_pages,
                      std::string_view template_text)
{
  TemplateData fields;
  add_office_fields(fields, cover.office);
  fields.set("year", cover.year)
    .set("logo", cover.logo)
    .set("has_logo", TemplateData::flag(!cover.logo.empty()))
    .set("sop_count", std::to_string(sops.size()))
    .set("toc_font_px", px(contents.font_px))
    .set("toc_line_px", px(contents.line_px))
    .set("toc_padding_y", px(contents.padding_y))
    .set("toc_padding_x", px(contents.padding_x))
    .set("toc_title_height", px(contents.title_height))
    .set("width_index", px(contents.width_index))
    .set("width_number", px(contents.width_number))
    .set("width_name", px(contents.width_name))
    .set("width_version", px(contents.width_version))
    .set("width_page", px(contents.width_page));
  std::vector<TemplateData> toc_pages;
  auto pages = contents_pages(sops);
  for (size_t p = 0; p < pages.size(); ++p) {
    std::vector<TemplateData> entries;
    for (auto i : pages[p]) {
      const auto& sop = sops[i];
      entries.push_back(TemplateData()
                          .set("index", std::to_string(i + 1))
                          .set("number", sop.number)
                          .set("name", sop.name)
                          .set("version", sop.version)
                          .set("page", i < start_pages.size() ? std::to_string(start_pages[i]) : "")
                          .set("anchor", book_anchor(i)));
    }
    toc_pages.push_back(TemplateData()
                          .set("continued", TemplateData::flag(p > 0))
                          .set("entries", TemplateData::list(std::move(entries))));
  }
  fields.set("toc_pages", TemplateData::list(std::move(toc_pages)));
  std::vector<TemplateData> bound;
  for (size_t i = 0; i < sops.size(); ++i) {
    auto parts = page_parts(sops[i].document, sop_html_template);
    bound.push_back(TemplateData()
                      .set("anchor", book_anchor(i))
                      .set("paper", sops[i].sheets.paper)
                      .set("number", sops[i].number)
                      .set("name", sops[i].name)
                      .set("style", parts.style)
                      .set("body", parts.body));
  }
  fields.set("sops", TemplateData::list(std::move(bound)));
  return render_template(template_text, fields, Escape::html, book_html_template);
}

} // namespace sopctl::render
