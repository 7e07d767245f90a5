#include <render/dates.hpp>
#include <render/letters.hpp>
#include <render/register_document.hpp>
#include <render/sop_fields.hpp>
#include <render/template_data.hpp>

namespace sopctl::render {

namespace {

std::string or_dash(const std::string& text)
{
  return text.empty() ? "-" : text;
}

} // namespace

std::string register_html(const RegisterDocument& document,
                          std::string_view kop_template,
                          std::string_view template_text)
{
  TemplateData fields;
  auto place = place_name(document.office.city);
  fields.set("kop", kop_html(document.office, document.logo, kop_template))
    .set("office", document.office.name)
    .set("date", indonesian_date(document.date))
    .set("place_date",
         place.empty() ? indonesian_date(document.date)
                       : place + ", " + indonesian_date(document.date))
    .set("signer_position", or_dash(document.approver.position))
    .set("signer_name", or_dash(document.approver.name))
    .set("signer_rank", or_dash(document.approver.rank))
    .set("signer_nip", or_dash(document.approver.nip))
    .set("has_rows", TemplateData::flag(!document.rows.empty()))
    .set("row_count", std::to_string(document.rows.size()));
  std::vector<TemplateData> rows;
  for (size_t i = 0; i < document.rows.size(); ++i) {
    const auto& row = document.rows[i];
    rows.push_back(TemplateData()
                     .set("index", std::to_string(i + 1))
                     .set("number", or_dash(row.number))
                     .set("name", or_dash(row.name))
                     .set("version", or_dash(row.version))
                     .set("created", indonesian_date(row.created))
                     .set("revised", indonesian_date(row.revised))
                     .set("approved", indonesian_date(row.approved))
                     .set("effective", indonesian_date(row.effective))
                     .set("status", or_dash(row.status))
                     .set("next_monitoring", indonesian_date(row.next_monitoring)));
  }
  fields.set("rows", TemplateData::list(std::move(rows)));
  return render_template(template_text, fields, Escape::html, register_html_template);
}

} // namespace sopctl::render
