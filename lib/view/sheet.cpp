#include <algorithm>
#include <view/sheet.hpp>
#include <yaml/utf8.hpp>

namespace sopctl::view {

namespace {

// Days from Excel's day 0 (1899-12-30, in its 1900 date system) to
// 1970-01-01.
constexpr double excel_unix_epoch = 25569;

template<class... Ts>
struct Overloaded : Ts...
{
  using Ts::operator()...;
};
// Clang 14 (the fuzz build) does not deduce an aggregate's arguments.
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

std::string cell_text(const Cell& cell)
{
  return std::visit(Overloaded{
                      [](std::monostate) { return std::string(); },
                      [](const std::string& text) { return text; },
                      [](std::int64_t number) { return std::to_string(number); },
                      [](const model::Timestamp& moment) { return model::format_iso(moment); },
                      [](Day day) { return time::format_day(day.number); },
                      [](bool flag) { return std::string(flag ? "true" : "false"); },
                    },
                    cell);
}

std::string sheet_csv(const Sheet& sheet, CsvStyle style)
{
  auto separator = csv_separator(style);
  std::string out(csv_preamble(style));
  out += csv_row(sheet.columns, separator);
  std::vector<std::string> fields;
  for (const auto& row : sheet.rows) {
    fields.clear();
    for (const auto& cell : row) {
      fields.push_back(cell_text(cell));
    }
    out += csv_row(fields, separator);
  }
  return out;
}

void write_rows_json(JsonWriter& json, const Sheet& sheet)
{
  json.begin_array();
  for (const auto& row : sheet.rows) {
    json.begin_object();
    for (size_t i = 0; i < sheet.columns.size(); ++i) {
      json.key(sheet.columns[i]);
      std::visit(Overloaded{
                   [&](std::monostate) { json.null(); },
                   [&](const std::string& text) { json.value(text); },
                   [&](std::int64_t number) { json.value(number); },
                   [&](const model::Timestamp& moment) { json.value(model::format_iso(moment)); },
                   [&](Day day) { json.value(time::format_day(day.number)); },
                   [&](bool flag) { json.value(flag); },
                 },
                 row[i]);
    }
    json.end_object();
  }
  json.end_array();
}

double excel_serial(model::Timestamp moment)
{
  auto local = moment.utc_seconds + std::int64_t{moment.offset_minutes} * 60;
  return excel_unix_epoch + static_cast<double>(local) / 86400.0;
}

double excel_serial(Day day)
{
  return excel_unix_epoch + static_cast<double>(day.number);
}

std::vector<double> column_widths(const Sheet& sheet)
{
  std::vector<double> widths;
  for (size_t i = 0; i < sheet.columns.size(); ++i) {
    size_t widest = yaml::count_code_points(sheet.columns[i]);
    for (const auto& row : sheet.rows) {
      // A moment is shown as `2026-12-02 09:00`, whatever its CSV text.
      size_t shown = std::holds_alternative<model::Timestamp>(row[i])
                       ? 16
                       : yaml::count_code_points(cell_text(row[i]));
      widest = std::max(widest, shown);
    }
    widths.push_back(static_cast<double>(std::min<size_t>(widest, 60)) + 2);
  }
  return widths;
}

} // namespace sopctl::view
