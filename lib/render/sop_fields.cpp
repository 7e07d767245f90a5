#include <fmt/format.h>
#include <render/dates.hpp>
#include <render/flowchart_svg.hpp>
#include <render/sop_fields.hpp>
#include <render/text_metrics.hpp>

namespace sopctl::render {

namespace {

// A text with its trailing line breaks (a YAML block scalar's) taken off;
// "-" when nothing is left.
std::string or_dash(std::string_view text)
{
  auto end = text.find_last_not_of(" \n\r\t");
  return end == std::string_view::npos ? "-" : std::string(text.substr(0, end + 1));
}

TemplateData text_list(const std::vector<std::string>& texts)
{
  std::vector<TemplateData> items;
  for (const auto& text : texts) {
    items.push_back(TemplateData().set("text", text));
  }
  return TemplateData::list(std::move(items));
}

std::string performer_name(const model::Sop& sop, const model::Step& step)
{
  return sop.names_of(step);
}

TemplateData step_fields(const model::Sop& sop, size_t index)
{
  const auto& step = sop.steps[index];
  TemplateData row;
  // A block scalar's last line break would print as an empty line.
  row.set("number", std::to_string(step.number))
    .set("activity", std::string(trim_end(step.activity)))
    .set("performer", performer_name(sop, step))
    .set("requirements", std::string(trim_end(step.requirements)))
    .set("time", std::string(trim_end(step.time)))
    .set("output", std::string(trim_end(step.output)))
    .set("remarks", std::string(trim_end(step.remarks)))
    .set("next", next_in_words(sop, index));
  return row;
}

// The paraf koordinasi box: paraf_box (the procedure has a paraf step),
// paraf_position, and once given paraf_given paraf_name paraf_date. For
// templates from before the box (a row "Paraf koordinasi" under
// has_paraf): has_paraf and paraf_who (name and position in one text).
void add_paraf_fields(TemplateData& fields, const std::optional<Paraf>& paraf)
{
  bool given = paraf && paraf->given();
  fields.set("paraf_box", TemplateData::flag(paraf.has_value()))
    .set("paraf_given", TemplateData::flag(given))
    .set("has_paraf", TemplateData::flag(given));
  if (!paraf) {
    return;
  }
  fields.set("paraf_position", paraf->position);
  if (paraf->given()) {
    fields.set("paraf_name", paraf->name)
      .set("paraf_who",
           paraf->position.empty() ? paraf->name : paraf->name + ", " + paraf->position)
      .set("paraf_date", indonesian_date(paraf->date));
  }
}

std::string px(double value)
{
  return svg_number(value);
}

} // namespace

std::string next_in_words(const model::Sop& sop, size_t index)
{
  const auto& step = sop.steps[index];
  if (step.decision) {
    auto target = [&](model::Exit exit) {
      int to = step.decision->target(exit);
      return to == model::procedure_end ? std::string("Selesai") : std::to_string(to);
    };
    return fmt::format("{}: {}, {}: {}",
                       step.decision->label(model::Exit::ya),
                       target(model::Exit::ya),
                       step.decision->label(model::Exit::tidak),
                       target(model::Exit::tidak));
  }
  if (step.next) {
    return *step.next == model::procedure_end ? std::string("Selesai") : std::to_string(*step.next);
  }
  if (index + 1 == sop.steps.size()) {
    return "Selesai";
  }
  return std::to_string(sop.steps[index + 1].number);
}

void add_office_fields(TemplateData& fields, const model::Office& office)
{
  fields.set("government", office.government)
    .set("office", office.name)
    .set("address", office.address)
    .set("phone", office.phone)
    .set("fax", office.fax)
    .set("city", office.city)
    // Mustache shows a section for any text, even an empty one: flags decide.
    .set("has_phone", TemplateData::flag(!office.phone.empty()))
    .set("has_fax", TemplateData::flag(!office.fax.empty()));
}

namespace {

// The marks of a document not (or no longer) in force: KONSEP, DIGANTIKAN
// (what replaced it), DICABUT (the decree).
void add_mark_fields(TemplateData& fields, const Approval& approval)
{
  std::string word;
  std::string text;
  if (approval.konsep) {
    word = "KONSEP";
    text = "KONSEP: belum disahkan";
  }
  fields.set("superseded", TemplateData::flag(approval.superseded.has_value()))
    .set("revoked", TemplateData::flag(approval.revoked.has_value()));
  if (const auto& by = approval.superseded) {
    word = "DIGANTIKAN";
    text = fmt::format("DIGANTIKAN oleh SOP Nomor {} versi {} ({})",
                       by->number,
                       by->version,
                       indonesian_date(by->date));
    fields.set("superseded_number", by->number)
      .set("superseded_version", std::to_string(by->version))
      .set("superseded_date", indonesian_date(by->date));
  }
  if (const auto& revoked = approval.revoked) {
    word = "DICABUT";
    text =
      fmt::format("DICABUT dengan {} tanggal {}", revoked->ref, indonesian_date(revoked->date));
    fields.set("revoked_ref", revoked->ref)
      .set("revoked_date", indonesian_date(revoked->date))
      .set("revoked_reason", revoked->reason)
      .set("has_revoked_reason", TemplateData::flag(!revoked->reason.empty()));
  }
  // Templates older than the marks print KONSEP under `konsep`; page_mark is
  // any of the three, for a template printing one line whatever it says.
  fields.set("page_mark", TemplateData::flag(!word.empty()))
    .set("mark_word", word)
    .set("mark_text", text)
    .set("long_mark", TemplateData::flag(word.size() > 6));
}

// The signature block printed below the procedure when the SOP names
// signatories: each of them, then the approver (the signer, under
// approver.label, dated Tgl Pengesahan), as the Kaltim SOPs print it.
// has_signatures, signature_count, signatures (label position name rank
// has_rank nip has_nip date).
void add_signature_fields(TemplateData& fields, const model::Sop& sop, const Approval& approval)
{
  std::vector<TemplateData> signatures;
  auto add = [&](const std::string& label, const model::Approver& who, const std::string& date) {
    signatures.push_back(TemplateData()
                           .set("label", label)
                           .set("position", or_dash(who.position))
                           .set("name", or_dash(who.name))
                           .set("rank", who.rank)
                           .set("has_rank", TemplateData::flag(!who.rank.empty()))
                           .set("nip", who.nip)
                           .set("has_nip", TemplateData::flag(!who.nip.empty()))
                           .set("date", indonesian_date(date)));
  };
  for (const auto& signatory : sop.signatories) {
    add(signatory.label,
        model::Approver{.position = signatory.position,
                        .name = signatory.name,
                        .rank = signatory.rank,
                        .nip = signatory.nip},
        signatory.date);
  }
  if (!signatures.empty()) {
    add(sop.approver.label.empty() ? std::string("Disahkan oleh") : sop.approver.label,
        approval.signer,
        approval.approved_date);
  }
  fields.set("has_signatures", TemplateData::flag(!signatures.empty()))
    .set("signature_count", std::to_string(signatures.size()))
    .set("signatures", TemplateData::list(std::move(signatures)));
}

} // namespace

TemplateData sop_fields(const model::Sop& sop, const Approval& approval, const std::string& logo)
{
  TemplateData fields;
  add_office_fields(fields, sop.office);
  fields.set("konsep", TemplateData::flag(approval.konsep))
    .set("number", or_dash(sop.number))
    .set("name", or_dash(sop.name))
    .set("section", sop.section.empty() ? sop.name : sop.section)
    .set("created", indonesian_date(approval.created_date))
    .set("revised", indonesian_date(approval.revised_date))
    .set("version", std::to_string(approval.version))
    .set("revision", std::to_string(approval.version - 1))
    .set("has_revision", TemplateData::flag(approval.version > 1))
    .set("approved", indonesian_date(approval.approved_date))
    .set("approved_by", approval.approved_by)
    .set("has_approved_by", TemplateData::flag(!approval.approved_by.empty()))
    .set("has_effective", TemplateData::flag(!sop.dates.effective.empty()))
    .set("effective", indonesian_date(sop.dates.effective))
    // The office cell spans the rows beside it: number, three dates, the
    // signer and the name, plus Tgl Efektif when shown (office_rows).
    // Templates from before the paraf box also print a paraf row under
    // has_paraf, which their identity_rows counts.
    .set("office_rows", std::to_string(6 + !sop.dates.effective.empty()))
    .set("identity_rows",
         std::to_string(6 + !sop.dates.effective.empty() +
                        (approval.paraf && approval.paraf->given())))
    .set("signer_position", or_dash(approval.signer.position))
    .set("signer_name", or_dash(approval.signer.name))
    .set("signer_rank", or_dash(approval.signer.rank))
    .set("signer_nip", or_dash(approval.signer.nip))
    .set("logo", logo)
    .set("has_logo", TemplateData::flag(!logo.empty()))
    .set("legal_basis", text_list(sop.legal_basis))
    .set("qualifications", text_list(sop.qualifications))
    .set("related", text_list(sop.related))
    .set("equipment", text_list(sop.equipment))
    .set("warning", or_dash(sop.warning))
    .set("records", or_dash(sop.records))
    .set("has_steps", TemplateData::flag(!sop.steps.empty()))
    .set("step_count", std::to_string(sop.steps.size()));
  add_paraf_fields(fields, approval.paraf);
  add_mark_fields(fields, approval);
  add_signature_fields(fields, sop, approval);
  std::vector<TemplateData> performers;
  for (const auto& performer : sop.performers) {
    performers.push_back(TemplateData().set("name", performer.name).set("key", performer.key));
  }
  fields.set("performers", TemplateData::list(std::move(performers)));
  std::vector<TemplateData> steps;
  for (size_t i = 0; i < sop.steps.size(); ++i) {
    steps.push_back(step_fields(sop, i));
  }
  fields.set("steps", TemplateData::list(std::move(steps)));
  return fields;
}

namespace {

// The columns under "Pelaksana": chart_cols (width) lists each performer
// column and, left of the first or right of the last, the column of a side's
// lanes; chart_columns counts them. performer_headings (name; lanes, span,
// style)
// heads them as an office draws its chart: one heading per performer, the
// first and last spanning their side's lane column too, padded on the lane's
// side so the name stays centred over the performer's symbols (the lanes are
// part of the Pelaksana drawing, not a column of their own). chart_headings
// (name, lanes) is the older form with an empty heading over each lane
// column, and performer_widths the oldest: one column per performer, the
// outer two holding their side's lanes; both for templates copied before.
void add_chart_columns(TemplateData& fields,
                       const model::Sop& sop,
                       const ColumnWidths& columns,
                       const PageSettings& s)
{
  std::vector<TemplateData> cols;
  std::vector<TemplateData> headings;
  auto add = [&](double width, const std::string& name, bool lanes) {
    cols.push_back(TemplateData().set("width", px(width)));
    headings.push_back(TemplateData().set("name", name).set("lanes", TemplateData::flag(lanes)));
  };
  if (columns.lanes_left > 0) {
    add(columns.lanes_left, "", true);
  }
  std::vector<TemplateData> legacy;
  std::vector<TemplateData> performer_headings;
  for (size_t i = 0; i < columns.performers.size(); ++i) {
    const auto& name = i < sop.performers.size() ? sop.performers[i].name : std::string();
    add(columns.performers[i], name, false);
    double left = i == 0 ? columns.lanes_left : 0;
    double right = i + 1 == columns.performers.size() ? columns.lanes_right : 0;
    legacy.push_back(TemplateData().set("width", px(columns.performers[i] + left + right)));
    std::string style;
    if (left > 0) {
      style += "padding-left: " + px(s.padding_x + left) + "px;";
    }
    if (right > 0) {
      style +=
        std::string(style.empty() ? "" : " ") + "padding-right: " + px(s.padding_x + right) + "px;";
    }
    performer_headings.push_back(TemplateData()
                                   .set("name", name)
                                   .set("lanes", TemplateData::flag(left > 0 || right > 0))
                                   .set("span", std::to_string(1 + (left > 0) + (right > 0)))
                                   .set("style", style));
  }
  if (columns.lanes_right > 0) {
    add(columns.lanes_right, "", true);
  }
  fields.set("chart_columns", std::to_string(cols.size()))
    .set("total_columns", std::to_string(cols.size() + 6))
    .set("chart_cols", TemplateData::list(std::move(cols)))
    .set("performer_headings", TemplateData::list(std::move(performer_headings)))
    .set("chart_headings", TemplateData::list(std::move(headings)))
    .set("performer_widths", TemplateData::list(std::move(legacy)));
}

} // namespace

void add_print_layout(TemplateData& fields, const model::Sop& sop, const Flowchart& chart)
{
  const auto& table = chart.table;
  const auto& s = table.settings;
  const auto& columns = table.columns;
  fields.set("paper", s.paper)
    .set("paper_width_mm", px(s.paper_width_mm))
    .set("paper_height_mm", px(s.paper_height_mm))
    .set("page_width", px(s.width))
    .set("font_px", px(s.font_px))
    .set("line_px", px(s.line_px))
    .set("caption_font_px", px(s.caption_font_px))
    .set("caption_line_px", px(s.caption_line_px))
    .set("padding_x", px(s.padding_x))
    .set("padding_y", px(s.padding_y))
    .set("width_number", px(columns.number))
    .set("width_activity", px(columns.activity))
    .set("width_requirements", px(columns.requirements))
    .set("width_time", px(columns.time))
    .set("width_output", px(columns.output))
    .set("width_remarks", px(columns.remarks))
    .set("label_font_px", px(s.label_font_px))
    .set("performer_columns", std::to_string(columns.performers.size()));
  add_chart_columns(fields, sop, columns, s);
  std::vector<TemplateData> pages;
  for (size_t p = 0; p < table.pages.size(); ++p) {
    const auto& rows = table.pages[p];
    std::vector<TemplateData> page_rows;
    for (size_t row = 0; row < rows.row_heights.size(); ++row) {
      auto fields_of_row = step_fields(sop, rows.first + row);
      fields_of_row.set("height", px(rows.row_heights[row]))
        .set("first", TemplateData::flag(row == 0));
      page_rows.push_back(std::move(fields_of_row));
    }
    TemplateData page;
    page.set("page_number", std::to_string(p + 1))
      .set("continued", TemplateData::flag(p > 0))
      .set("row_count", std::to_string(rows.row_heights.size()))
      .set("chart_height", px(rows.height()))
      .set("svg", chart_svg(chart.pages[p], table.chart, static_cast<int>(p + 1)))
      .set("rows", TemplateData::list(std::move(page_rows)));
    pages.push_back(std::move(page));
  }
  fields.set("pages", TemplateData::list(std::move(pages)))
    .set("page_count", std::to_string(table.pages.size()));
}

} // namespace sopctl::render
