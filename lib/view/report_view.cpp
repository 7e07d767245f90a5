#include <fmt/format.h>
#include <functional>
#include <model/text.hpp>
#include <time/time_standard.hpp>
#include <variant>
#include <view/csv_writer.hpp>
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

} // namespace

std::string describe_seconds(std::int64_t seconds)
{
  return time::describe(0, seconds / 60);
}

namespace {

// A value of a report field: text or a whole number (JSON keeps the type).
using FieldValue = std::variant<std::string, std::int64_t>;

// One named field of a report row, written alike to JSON and CSV.
struct Field
{
  std::string_view name;
  std::function<FieldValue(const report::ActiveStep&)> value;
};

std::vector<Field> common_fields(const model::Sop& procedure)
{
  return {
    {"draft", [](const auto& row) { return FieldValue(row.draft); }},
    {"title", [](const auto& row) { return FieldValue(row.title); }},
    {"step", [](const auto& row) { return FieldValue(std::int64_t{row.step->number}); }},
    {"activity", [](const auto& row) { return FieldValue(row.step->activity); }},
    {"role", [](const auto& row) { return FieldValue(row.step->performer_list()); }},
    {"performer",
     [&procedure](const auto& row) { return FieldValue(procedure.names_of(*row.step)); }},
    {"since", [](const auto& row) { return FieldValue(model::format_iso(row.clock.since)); }},
    {"due", [](const auto& row) { return FieldValue(model::format_iso(*row.clock.due)); }},
  };
}

std::vector<Field> overdue_fields(const model::Sop& procedure)
{
  auto fields = common_fields(procedure);
  fields.push_back({"late_minutes", [](const auto& row) { return FieldValue(row.late_minutes); }});
  fields.push_back({"late_by", [](const auto& row) { return FieldValue(late_by(row)); }});
  fields.push_back(
    {"round", [](const auto& row) { return FieldValue(std::int64_t{row.clock.round}); }});
  return fields;
}

std::vector<Field> due_fields(const model::Sop& procedure)
{
  auto fields = common_fields(procedure);
  fields.push_back({"remaining_minutes",
                    [](const auto& row) { return FieldValue(row.clock.remaining_seconds / 60); }});
  fields.push_back({"state", [](const auto& row) {
                      return FieldValue(std::string(report::to_string(row.clock.state)));
                    }});
  fields.push_back(
    {"round", [](const auto& row) { return FieldValue(std::int64_t{row.clock.round}); }});
  return fields;
}

std::string rows_as_json(const std::vector<Field>& fields,
                         const std::vector<report::ActiveStep>& rows)
{
  JsonWriter json;
  json.begin_array();
  for (const auto& row : rows) {
    json.begin_object();
    for (const auto& field : fields) {
      json.key(field.name);
      std::visit([&json](const auto& value) { json.value(value); }, field.value(row));
    }
    json.end_object();
  }
  json.end_array();
  return json.str();
}

std::string rows_as_csv(const std::vector<Field>& fields,
                        const std::vector<report::ActiveStep>& rows)
{
  std::vector<std::string> cells;
  for (const auto& field : fields) {
    cells.emplace_back(field.name);
  }
  std::string out = csv_row(cells);
  for (const auto& row : rows) {
    cells.clear();
    for (const auto& field : fields) {
      auto value = field.value(row);
      cells.push_back(std::holds_alternative<std::string>(value)
                        ? std::get<std::string>(value)
                        : std::to_string(std::get<std::int64_t>(value)));
    }
    out += csv_row(cells);
  }
  return out;
}

std::string as_of(model::Timestamp now)
{
  return fmt::format(
    "{} ({})", model::format_short(now), model::format_utc_offset(now.offset_minutes));
}

} // namespace

std::string overdue_report(const model::Sop& procedure,
                           const std::vector<report::ActiveStep>& rows,
                           model::Timestamp now,
                           ReportFormat format)
{
  if (format == ReportFormat::json) {
    return rows_as_json(overdue_fields(procedure), rows);
  }
  if (format == ReportFormat::csv) {
    return rows_as_csv(overdue_fields(procedure), rows);
  }
  if (rows.empty()) {
    return fmt::format("nothing is overdue as of {}\n", as_of(now));
  }
  TextTable table(
    {"DRAFT", "TITLE", "STEP", "ACTIVITY", "PERFORMER", "SINCE", "DUE", "LATE BY", "ROUND"});
  for (const auto& row : rows) {
    table.add_row({row.draft,
                   truncate(row.title, 28),
                   std::to_string(row.step->number),
                   truncate(row.step->activity, 32),
                   procedure.names_of(*row.step),
                   model::format_short(row.clock.since),
                   model::format_short(*row.clock.due),
                   late_by(row),
                   std::to_string(row.clock.round)});
  }
  return table.str();
}

std::string due_report(const model::Sop& procedure,
                       const std::vector<report::ActiveStep>& rows,
                       model::Timestamp now,
                       ReportFormat format)
{
  if (format == ReportFormat::json) {
    return rows_as_json(due_fields(procedure), rows);
  }
  if (format == ReportFormat::csv) {
    return rows_as_csv(due_fields(procedure), rows);
  }
  if (rows.empty()) {
    return fmt::format("nothing is due soon as of {}\n", as_of(now));
  }
  TextTable table({"DRAFT", "TITLE", "STEP", "ACTIVITY", "PERFORMER", "DUE", "REMAINING", "STATE"});
  for (const auto& row : rows) {
    table.add_row({row.draft,
                   truncate(row.title, 28),
                   std::to_string(row.step->number),
                   truncate(row.step->activity, 32),
                   procedure.names_of(*row.step),
                   model::format_short(*row.clock.due),
                   describe_seconds(row.clock.remaining_seconds),
                   std::string(report::to_string(row.clock.state))});
  }
  return table.str();
}

std::string performance_report(const model::Sop& procedure,
                               const report::PerformanceReport& report,
                               ReportFormat format)
{
  if (format == ReportFormat::json) {
    JsonWriter json;
    json.begin_object();
    json.key("steps").begin_array();
    for (const auto& entry : report.steps) {
      json.begin_object();
      json.key("step").value(entry.step->number);
      json.key("activity").value(entry.step->activity);
      json.key("role").value(entry.step->performer_list());
      json.key("standard").value(entry.step->time);
      json.key("completions").value(entry.completions);
      json.key("median_minutes").value(entry.median_seconds / 60);
      json.key("p90_minutes").value(entry.p90_seconds / 60);
      json.key("with_standard").value(entry.with_standard);
      json.key("met").value(entry.met);
      json.end_object();
    }
    json.end_array();
    json.key("roles").begin_array();
    for (const auto& entry : report.roles) {
      json.begin_object();
      json.key("role").value(entry.label);
      json.key("completions").value(entry.completions);
      json.key("median_minutes").value(entry.median_seconds / 60);
      json.key("p90_minutes").value(entry.p90_seconds / 60);
      json.key("with_standard").value(entry.with_standard);
      json.key("met").value(entry.met);
      json.end_object();
    }
    json.end_array();
    json.end_object();
    return json.str();
  }
  if (format == ReportFormat::csv) {
    std::string out = csv_row({"kind",
                               "step",
                               "activity",
                               "role",
                               "standard",
                               "completions",
                               "median_minutes",
                               "p90_minutes",
                               "with_standard",
                               "met"});
    for (const auto& entry : report.steps) {
      out += csv_row({"step",
                      std::to_string(entry.step->number),
                      entry.step->activity,
                      entry.step->performer_list(),
                      entry.step->time,
                      std::to_string(entry.completions),
                      std::to_string(entry.median_seconds / 60),
                      std::to_string(entry.p90_seconds / 60),
                      std::to_string(entry.with_standard),
                      std::to_string(entry.met)});
    }
    for (const auto& entry : report.roles) {
      out += csv_row({"role",
                      "",
                      "",
                      entry.label,
                      "",
                      std::to_string(entry.completions),
                      std::to_string(entry.median_seconds / 60),
                      std::to_string(entry.p90_seconds / 60),
                      std::to_string(entry.with_standard),
                      std::to_string(entry.met)});
    }
    return out;
  }
  auto duration = [](const report::Performance& entry, std::int64_t seconds) {
    return entry.completions == 0 ? std::string("-") : describe_seconds(seconds);
  };
  TextTable steps({"STEP", "ACTIVITY", "PERFORMER", "DONE", "MEDIAN", "P90", "STANDARD", "MET"});
  for (const auto& entry : report.steps) {
    steps.add_row({std::to_string(entry.step->number),
                   truncate(model::one_line(entry.step->activity), 32),
                   procedure.names_of(*entry.step),
                   std::to_string(entry.completions),
                   duration(entry, entry.median_seconds),
                   duration(entry, entry.p90_seconds),
                   entry.step->time.empty() ? "-" : entry.step->time,
                   share(entry.met, entry.with_standard)});
  }
  TextTable roles({"ROLE", "PERFORMER", "DONE", "MEDIAN", "P90", "MET"});
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
