#pragma once

#include <cstdint>
#include <model/timestamp.hpp>
#include <string>
#include <time/calendar.hpp>
#include <variant>
#include <vector>
#include <view/csv_writer.hpp>
#include <view/json_writer.hpp>

namespace sopctl::view {

// A calendar day as a cell (`2026-12-25`; an Excel date).
struct Day
{
  time::DayNumber number = 0;
};

// One typed value of a record: nothing (JSON null, an empty CSV field or
// cell), text, a whole number (minutes, counts), a moment, a day, or yes/no.
using Cell = std::variant<std::monostate, std::string, std::int64_t, model::Timestamp, Day, bool>;

// Records of one shape, the machine-readable side of a command's output:
// the same column names are the JSON keys, the CSV header and the xlsx
// header row, so a field means one thing everywhere (README "JSON output").
struct Sheet
{
  std::string name;                 // the xlsx sheet's name
  std::vector<std::string> columns; // field names, not translated
  std::vector<std::vector<Cell>> rows;
};

// The sheet as CSV: preamble, header row, one record per row. Moments are
// ISO 8601 with their offset, days YYYY-MM-DD, yes/no `true`/`false`.
std::string sheet_csv(const Sheet& sheet, CsvStyle style);

// The sheet's rows as a JSON array of objects keyed by column.
void write_rows_json(JsonWriter& json, const Sheet& sheet);

// A cell as CSV text.
std::string cell_text(const Cell& cell);

// A moment as an Excel date serial (days since 1899-12-30, the fraction the
// time of day), in the moment's own offset: Excel has no time zones.
double excel_serial(model::Timestamp moment);

// A day as an Excel date serial.
double excel_serial(Day day);

// How wide each column should be in a spreadsheet, in characters: the
// widest of its header and its cells as shown, at most 60.
std::vector<double> column_widths(const Sheet& sheet);

} // namespace sopctl::view
