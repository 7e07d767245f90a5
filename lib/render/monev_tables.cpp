#include <fmt/format.h>
#include <model/evaluation_criteria.hpp>
#include <render/dates.hpp>
#include <render/kop.hpp>
#include <render/letters.hpp>
#include <render/monev_tables.hpp>
#include <render/sop_fields.hpp>
#include <render/template_data.hpp>

namespace sopctl::render {

namespace {

// The kop, the form's place and date, and its signature block: what both
// tables print around their rows.
TemplateData form_fields(const model::Office& office,
                         const std::string& period,
                         const std::string& label,
                         const model::Approver& signer,
                         const std::string& date,
                         const std::string& logo,
                         std::string_view kop_template)
{
  TemplateData data;
  // The kop as kop.html.mustache makes it, and its values, for a copy of
  // the template that writes its own.
  add_office_fields(data, office);
  data.set("kop", kop_html(office, logo, kop_template));
  auto place = place_name(office.city);
  auto day = indonesian_date(date);
  data.set("logo", logo)
    .set("has_logo", TemplateData::flag(!logo.empty()))
    .set("period", period)
    .set("period_label", label)
    .set("place_date", place.empty() ? day : fmt::format("{}, {}", place, day))
    .set("has_signer", TemplateData::flag(!signer.name.empty()))
    .set("signer_position", signer.position)
    .set("signer_name", signer.name)
    .set("signer_rank", signer.rank)
    .set("signer_nip", signer.nip)
    .set("has_signer_nip", TemplateData::flag(!signer.nip.empty()));
  return data;
}

// The fields every row has: number, SOP, the penilai and the day.
TemplateData row_fields(const std::string& no,
                        const std::string& number,
                        const std::string& name,
                        const std::string& penilai,
                        const std::string& date)
{
  TemplateData row;
  row.set("no", no)
    .set("number", number)
    .set("has_number", TemplateData::flag(!number.empty()))
    .set("name", name)
    .set("penilai", penilai)
    .set("date", date.empty() ? std::string() : indonesian_date(date))
    .set("has_date", TemplateData::flag(!date.empty()));
  return row;
}

// A list of "1", "2", ... `count`: the form's column numbers.
TemplateData numbers(size_t from, size_t count)
{
  std::vector<TemplateData> items;
  for (size_t i = 0; i < count; ++i) {
    items.push_back(TemplateData().set("n", std::to_string(from + i)));
  }
  return TemplateData::list(std::move(items));
}

} // namespace

std::string period_label(const time::Period& period)
{
  switch (period.half) {
    case 1:
      return fmt::format("Januari - Juni {}", period.year);
    case 2:
      return fmt::format("Juli - Desember {}", period.year);
    default:
      return fmt::format("Tahun {}", period.year);
  }
}

std::string monitoring_html(const MonitoringTable& table,
                            const std::string& logo,
                            std::string_view kop_template,
                            std::string_view template_text)
{
  auto data = form_fields(
    table.office, table.period, table.period_label, table.signer, table.date, logo, kop_template);
  std::vector<TemplateData> rows;
  for (const auto& row : table.rows) {
    auto fields = row_fields(row.no, row.number, row.name, row.penilai, row.date);
    fields.set("baik", TemplateData::flag(row.result == "baik"))
      .set("tidak", TemplateData::flag(row.result == "tidak"))
      .set("note", row.note)
      .set("action", row.action);
    rows.push_back(std::move(fields));
  }
  data.set("rows", TemplateData::list(std::move(rows)))
    .set("has_rows", TemplateData::flag(!table.rows.empty()));
  return render_template(template_text, data, Escape::html, monitoring_template);
}

std::string evaluation_html(const EvaluationTable& table,
                            const std::string& logo,
                            std::string_view kop_template,
                            std::string_view template_text)
{
  auto data = form_fields(
    table.office, table.period, table.period_label, table.signer, table.date, logo, kop_template);
  std::vector<TemplateData> criteria;
  for (size_t i = 0; i < model::evaluation_criteria.size(); ++i) {
    criteria.push_back(TemplateData()
                         .set("key", std::to_string(i + 1))
                         .set("wording", std::string(model::evaluation_criteria[i])));
  }
  std::vector<TemplateData> rows;
  for (const auto& row : table.rows) {
    auto fields = row_fields(row.no, row.number, row.name, row.penilai, row.date);
    std::vector<TemplateData> answers;
    for (size_t i = 0; i < model::evaluation_criteria.size(); ++i) {
      auto answer = i < row.answers.size() ? row.answers[i] : std::string();
      answers.push_back(TemplateData().set("answer",
                                           answer == "ya"      ? "Ya"
                                           : answer == "tidak" ? "Tidak"
                                                               : ""));
    }
    fields.set("answers", TemplateData::list(std::move(answers)))
      .set("result",
           row.result == "baik"    ? "Baik"
           : row.result == "tidak" ? "Tidak baik"
                                   : "")
      .set("note", row.note)
      .set("action", row.action);
    rows.push_back(std::move(fields));
  }
  auto count = model::evaluation_criteria.size();
  data.set("criteria", TemplateData::list(std::move(criteria)))
    .set("criteria_count", std::to_string(count))
    // The form's columns are numbered: 1 No, 2 Prosedur, then the
    // criteria, then Hasil, Catatan, Tindakan and Paraf.
    .set("criteria_numbers", numbers(3, count))
    .set("after_criteria_numbers", numbers(3 + count, 4))
    .set("rows", TemplateData::list(std::move(rows)))
    .set("has_rows", TemplateData::flag(!table.rows.empty()));
  return render_template(template_text, data, Escape::html, evaluation_template);
}

} // namespace sopctl::render
