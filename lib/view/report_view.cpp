#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/text.hpp>
#include <time/time_standard.hpp>
#include <view/json_writer.hpp>
#include <view/report_view.hpp>
#include <view/text_table.hpp>

namespace sopctl::view {

namespace {

std::string performer_name(const model::Sop& procedure, std::string_view key)
{
  const auto* performer = procedure.find_performer(key);
  return performer ? performer->name : std::string(key);
}

std::string late_by(const report::ActiveStep& row)
{
  return time::describe(row.late_days, row.late_rest);
}

std::string share(int part, int whole)
{
  return whole == 0 ? "-" : fmt::format("{}%", (part * 100 + whole / 2) / whole);
}

// A clock's state as a table shows it.
std::string clock_word(report::ClockState state)
{
  switch (state) {
    case report::ClockState::no_standard:
      return tr("no standard");
    case report::ClockState::on_track:
      return tr("on track");
    case report::ClockState::at_risk:
      return tr("at risk");
    case report::ClockState::overdue:
      return tr("overdue");
  }
  return std::string(report::to_string(state));
}

std::string as_of(model::Timestamp now)
{
  return fmt::format(
    "{} ({})", model::format_short(now), model::format_utc_offset(now.offset_minutes));
}

// The columns every row of overdue and due starts with.
std::vector<std::string> common_columns()
{
  return {"draft", "title", "step", "activity", "role", "performer", "since", "due"};
}

std::vector<Cell> common_cells(const model::Sop& procedure, const report::ActiveStep& row)
{
  return {row.draft,
          row.title,
          std::int64_t{row.step->number},
          row.step->activity,
          row.step->performer_list(),
          procedure.names_of(*row.step),
          row.clock.since,
          *row.clock.due};
}

// A row's kind as a table shows it.
std::string kind_word(report::DueKind kind)
{
  switch (kind) {
    case report::DueKind::step:
      return tr("step");
    case report::DueKind::monitoring:
      return tr("monitoring");
    case report::DueKind::evaluation:
      return tr("evaluation");
  }
  return std::string(report::to_string(kind));
}

// What a monitoring or evaluation row shows as its activity.
std::string assessment_activity(report::DueKind kind)
{
  return kind == report::DueKind::evaluation ? tr("Evaluation of the SOP in force")
                                             : tr("Monitoring of the SOP in force");
}

// Whole calendar days, in the words the time standards use (`3 hari`),
// like the steps' working durations.
std::string calendar_days(int days)
{
  return fmt::format("{} hari", days);
}

// The monitoring role's key and performer name as cells (null without one).
std::pair<Cell, Cell> role_cells(const model::Sop& procedure, const std::string& role)
{
  if (role.empty()) {
    return {Cell(), Cell()};
  }
  return {role, performer_name(procedure, role)};
}

// The cells an assessment row shares with a step row: draft (the SOP's
// id), title, step, activity, role, performer, since, due.
std::vector<Cell> assessment_cells(const model::Sop& procedure,
                                   const DueRows& rows,
                                   const report::AssessmentDue& row)
{
  auto [role, performer] = role_cells(procedure, rows.assessment_role);
  return {row.sop, row.title, Cell(), Cell(), role, performer, Day{row.since}, Day{row.due}};
}

// Who monitors, as the PERFORMER column shows it.
std::string assessment_performer(const model::Sop& procedure, const DueRows& rows)
{
  return rows.assessment_role.empty() ? "-" : performer_name(procedure, rows.assessment_role);
}

// The records as JSON (`schema`, `as_of`, `rows`) or CSV.
std::string rows_as(const Sheet& sheet,
                    std::string_view schema,
                    model::Timestamp now,
                    Format format)
{
  if (format == Format::json) {
    JsonWriter json;
    json.begin_object();
    json.key("schema").value(schema);
    json.key("as_of").value(model::format_iso(now));
    json.key("rows");
    write_rows_json(json, sheet);
    json.end_object();
    return json.str();
  }
  return sheet_csv(sheet, format == Format::csv ? CsvStyle::excel : CsvStyle::rfc4180);
}

// A report table's long free-text columns: title, activity, performer.
void shorten_text_columns(TextTable& table, const TableStyle& style)
{
  for (size_t column : {1, 3, 4}) {
    table.shortenable(column);
  }
  table.fit(style.width);
}

} // namespace

std::string describe_seconds(std::int64_t seconds)
{
  return time::describe(0, seconds / 60);
}

// `kind` is the last field so that readers of the fields before it by
// position read them as before it was added.
Sheet overdue_sheet(const model::Sop& procedure, const DueRows& rows)
{
  Sheet sheet{"overdue", common_columns(), {}};
  sheet.columns.insert(sheet.columns.end(), {"late_minutes", "late_by", "round", "kind"});
  for (const auto& row : rows.steps) {
    auto cells = common_cells(procedure, row);
    cells.insert(cells.end(),
                 {row.late_minutes,
                  late_by(row),
                  std::int64_t{row.clock.round},
                  std::string(report::to_string(report::DueKind::step))});
    sheet.rows.push_back(std::move(cells));
  }
  for (const auto& row : rows.assessments) {
    auto cells = assessment_cells(procedure, rows, row);
    cells.insert(
      cells.end(),
      {Cell(), calendar_days(row.days), Cell(), std::string(report::to_string(row.kind))});
    sheet.rows.push_back(std::move(cells));
  }
  return sheet;
}

Sheet due_sheet(const model::Sop& procedure, const DueRows& rows)
{
  Sheet sheet{"due", common_columns(), {}};
  sheet.columns.insert(sheet.columns.end(), {"remaining_minutes", "state", "round", "kind"});
  for (const auto& row : rows.steps) {
    auto cells = common_cells(procedure, row);
    cells.insert(cells.end(),
                 {row.clock.remaining_seconds / 60,
                  std::string(report::to_string(row.clock.state)),
                  std::int64_t{row.clock.round},
                  std::string(report::to_string(report::DueKind::step))});
    sheet.rows.push_back(std::move(cells));
  }
  for (const auto& row : rows.assessments) {
    auto cells = assessment_cells(procedure, rows, row);
    cells.insert(
      cells.end(),
      {Cell(), std::string("due_soon"), Cell(), std::string(report::to_string(row.kind))});
    sheet.rows.push_back(std::move(cells));
  }
  return sheet;
}

std::vector<Sheet> performance_sheets(const report::PerformanceReport& report)
{
  Sheet steps{"steps",
              {"step",
               "activity",
               "role",
               "standard",
               "completions",
               "median_minutes",
               "p90_minutes",
               "with_standard",
               "met"},
              {}};
  for (const auto& entry : report.steps) {
    steps.rows.push_back({std::int64_t{entry.step->number},
                          entry.step->activity,
                          entry.step->performer_list(),
                          entry.step->time,
                          std::int64_t{entry.completions},
                          entry.median_seconds / 60,
                          entry.p90_seconds / 60,
                          std::int64_t{entry.with_standard},
                          std::int64_t{entry.met}});
  }
  Sheet roles{
    "roles", {"role", "completions", "median_minutes", "p90_minutes", "with_standard", "met"}, {}};
  for (const auto& entry : report.roles) {
    roles.rows.push_back({entry.label,
                          std::int64_t{entry.completions},
                          entry.median_seconds / 60,
                          entry.p90_seconds / 60,
                          std::int64_t{entry.with_standard},
                          std::int64_t{entry.met}});
  }
  return {steps, roles};
}

std::string overdue_report(const model::Sop& procedure,
                           const DueRows& rows,
                           model::Timestamp now,
                           Format format,
                           const TableStyle& style)
{
  if (format != Format::table) {
    return rows_as(overdue_sheet(procedure, rows), "sopctl.report.overdue/1", now, format);
  }
  if (rows.empty()) {
    return trf("nothing is overdue as of {}", as_of(now)) + "\n";
  }
  TextTable table({tr("DRAFT"),
                   tr("TITLE"),
                   tr("STEP"),
                   tr("ACTIVITY"),
                   tr("PERFORMER"),
                   tr("SINCE"),
                   tr("DUE"),
                   tr("LATE BY"),
                   tr("ROUND"),
                   tr("KIND")});
  shorten_text_columns(table, style);
  for (const auto& row : rows.steps) {
    table.add_row({row.draft,
                   row.title,
                   std::to_string(row.step->number),
                   model::one_line(row.step->activity),
                   procedure.names_of(*row.step),
                   model::format_short(row.clock.since),
                   model::format_short(*row.clock.due),
                   late_by(row),
                   std::to_string(row.clock.round),
                   kind_word(report::DueKind::step)});
  }
  for (const auto& row : rows.assessments) {
    table.add_row({row.sop,
                   row.title,
                   "-",
                   assessment_activity(row.kind),
                   assessment_performer(procedure, rows),
                   time::format_day(row.since),
                   time::format_day(row.due),
                   calendar_days(row.days),
                   "-",
                   kind_word(row.kind)});
  }
  return table.str();
}

std::string due_report(const model::Sop& procedure,
                       const DueRows& rows,
                       model::Timestamp now,
                       Format format,
                       const TableStyle& style)
{
  if (format != Format::table) {
    return rows_as(due_sheet(procedure, rows), "sopctl.report.due/1", now, format);
  }
  if (rows.empty()) {
    return trf("nothing is due soon as of {}", as_of(now)) + "\n";
  }
  TextTable table({tr("DRAFT"),
                   tr("TITLE"),
                   tr("STEP"),
                   tr("ACTIVITY"),
                   tr("PERFORMER"),
                   tr("DUE"),
                   tr("REMAINING"),
                   tr("STATE"),
                   tr("KIND")});
  shorten_text_columns(table, style);
  for (const auto& row : rows.steps) {
    table.add_row({row.draft,
                   row.title,
                   std::to_string(row.step->number),
                   model::one_line(row.step->activity),
                   procedure.names_of(*row.step),
                   model::format_short(*row.clock.due),
                   describe_seconds(row.clock.remaining_seconds),
                   clock_word(row.clock.state),
                   kind_word(report::DueKind::step)});
  }
  for (const auto& row : rows.assessments) {
    table.add_row({row.sop,
                   row.title,
                   "-",
                   assessment_activity(row.kind),
                   assessment_performer(procedure, rows),
                   time::format_day(row.due),
                   calendar_days(row.days),
                   tr("due soon"),
                   kind_word(row.kind)});
  }
  return table.str();
}

std::string performance_report(const model::Sop& procedure,
                               const report::PerformanceReport& report,
                               Format format,
                               const TableStyle& style)
{
  auto sheets = performance_sheets(report);
  if (format == Format::json) {
    JsonWriter json;
    json.begin_object();
    json.key("schema").value("sopctl.report.performance/1");
    json.key("steps");
    write_rows_json(json, sheets[0]);
    json.key("roles");
    write_rows_json(json, sheets[1]);
    json.end_object();
    return json.str();
  }
  if (format != Format::table) {
    // One CSV: the step rows, then the role rows, told apart by `kind`.
    Sheet both{"performance", {"kind"}, {}};
    both.columns.insert(both.columns.end(), sheets[0].columns.begin(), sheets[0].columns.end());
    for (auto row : sheets[0].rows) {
      row.insert(row.begin(), std::string("step"));
      both.rows.push_back(std::move(row));
    }
    for (const auto& role : sheets[1].rows) {
      // kind, step, activity, role, standard, then the figures.
      std::vector<Cell> row = {std::string("role"), Cell(), Cell(), role[0], Cell()};
      row.insert(row.end(), role.begin() + 1, role.end());
      both.rows.push_back(std::move(row));
    }
    return sheet_csv(both, format == Format::csv ? CsvStyle::excel : CsvStyle::rfc4180);
  }
  auto duration = [](const report::Performance& entry, std::int64_t seconds) {
    return entry.completions == 0 ? std::string("-") : describe_seconds(seconds);
  };
  TextTable steps({tr("STEP"),
                   tr("ACTIVITY"),
                   tr("PERFORMER"),
                   tr("DONE"),
                   tr("MEDIAN"),
                   tr("P90"),
                   tr("STANDARD"),
                   tr("MET")});
  steps.shortenable(1);
  steps.shortenable(2);
  steps.fit(style.width);
  for (const auto& entry : report.steps) {
    steps.add_row({std::to_string(entry.step->number),
                   model::one_line(entry.step->activity),
                   procedure.names_of(*entry.step),
                   std::to_string(entry.completions),
                   duration(entry, entry.median_seconds),
                   duration(entry, entry.p90_seconds),
                   entry.step->time.empty() ? "-" : entry.step->time,
                   share(entry.met, entry.with_standard)});
  }
  TextTable roles({tr("ROLE"), tr("PERFORMER"), tr("DONE"), tr("MEDIAN"), tr("P90"), tr("MET")});
  roles.shortenable(1);
  roles.fit(style.width);
  for (const auto& entry : report.roles) {
    roles.add_row({entry.label,
                   performer_name(procedure, entry.label),
                   std::to_string(entry.completions),
                   duration(entry, entry.median_seconds),
                   duration(entry, entry.p90_seconds),
                   share(entry.met, entry.with_standard)});
  }
  return steps.str() + "\n" + roles.str();
}

} // namespace sopctl::view
