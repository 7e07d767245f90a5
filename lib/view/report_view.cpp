#include <fmt/format.h>
#include <time/time_standard.hpp>
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

std::string overdue_report(const model::Sop& procedure,
                           const std::vector<report::ActiveStep>& rows,
                           model::Timestamp now,
                           ReportFormat format)
{
  if (format == ReportFormat::json) {
    JsonWriter json;
    json.begin_array();
    for (const auto& row : rows) {
      json.begin_object();
      json.key("draft").value(row.draft);
      json.key("title").value(row.title);
      json.key("step").value(row.step->number);
      json.key("activity").value(row.step->activity);
      json.key("role").value(row.step->performer);
      json.key("performer").value(performer_name(procedure, row.step->performer));
      json.key("since").value(model::format_iso(row.clock.since));
      json.key("due").value(model::format_iso(*row.clock.due));
      json.key("late_minutes").value(row.late_minutes);
      json.key("late_by").value(late_by(row));
      json.key("round").value(row.clock.round);
      json.end_object();
    }
    json.end_array();
    return json.str();
  }
  if (format == ReportFormat::csv) {
    std::string out = csv_row({"draft",
                               "title",
                               "step",
                               "activity",
                               "role",
                               "performer",
                               "since",
                               "due",
                               "late_minutes",
                               "late_by",
                               "round"});
    for (const auto& row : rows) {
      out += csv_row({row.draft,
                      row.title,
                      std::to_string(row.step->number),
                      row.step->activity,
                      row.step->performer,
                      performer_name(procedure, row.step->performer),
                      model::format_iso(row.clock.since),
                      model::format_iso(*row.clock.due),
                      std::to_string(row.late_minutes),
                      late_by(row),
                      std::to_string(row.clock.round)});
    }
    return out;
  }
  if (rows.empty()) {
    return fmt::format("nothing is overdue as of {} ({})\n",
                       model::format_short(now),
                       model::format_utc_offset(now.offset_minutes));
  }
  TextTable table(
    {"DRAFT", "TITLE", "STEP", "ACTIVITY", "PERFORMER", "SINCE", "DUE", "LATE BY", "ROUND"});
  for (const auto& row : rows) {
    table.add_row({row.draft,
                   truncate(row.title, 28),
                   std::to_string(row.step->number),
                   truncate(row.step->activity, 32),
                   performer_name(procedure, row.step->performer),
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
  auto remaining = [](const report::ActiveStep& row) {
    return describe_seconds(row.clock.remaining_seconds);
  };
  if (format == ReportFormat::json) {
    JsonWriter json;
    json.begin_array();
    for (const auto& row : rows) {
      json.begin_object();
      json.key("draft").value(row.draft);
      json.key("title").value(row.title);
      json.key("step").value(row.step->number);
      json.key("activity").value(row.step->activity);
      json.key("role").value(row.step->performer);
      json.key("since").value(model::format_iso(row.clock.since));
      json.key("due").value(model::format_iso(*row.clock.due));
      json.key("remaining_minutes").value(row.clock.remaining_seconds / 60);
      json.key("state").value(report::to_string(row.clock.state));
      json.key("round").value(row.clock.round);
      json.end_object();
    }
    json.end_array();
    return json.str();
  }
  if (format == ReportFormat::csv) {
    std::string out = csv_row({"draft",
                               "title",
                               "step",
                               "activity",
                               "role",
                               "since",
                               "due",
                               "remaining_minutes",
                               "state",
                               "round"});
    for (const auto& row : rows) {
      out += csv_row({row.draft,
                      row.title,
                      std::to_string(row.step->number),
                      row.step->activity,
                      row.step->performer,
                      model::format_iso(row.clock.since),
                      model::format_iso(*row.clock.due),
                      std::to_string(row.clock.remaining_seconds / 60),
                      std::string(report::to_string(row.clock.state)),
                      std::to_string(row.clock.round)});
    }
    return out;
  }
  if (rows.empty()) {
    return fmt::format("nothing is due soon as of {} ({})\n",
                       model::format_short(now),
                       model::format_utc_offset(now.offset_minutes));
  }
  TextTable table({"DRAFT", "TITLE", "STEP", "ACTIVITY", "PERFORMER", "DUE", "REMAINING", "STATE"});
  for (const auto& row : rows) {
    table.add_row({row.draft,
                   truncate(row.title, 28),
                   std::to_string(row.step->number),
                   truncate(row.step->activity, 32),
                   performer_name(procedure, row.step->performer),
                   model::format_short(*row.clock.due),
                   remaining(row),
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
      json.key("role").value(entry.step->performer);
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
                      entry.step->performer,
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
                   truncate(entry.step->activity, 32),
                   performer_name(procedure, entry.step->performer),
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
