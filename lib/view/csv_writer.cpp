#include <view/csv_writer.hpp>

namespace sopctl::view {

namespace {

// Whether `text` is a number as CSV readers take one (`-5`, `12.5`).
bool is_number(const std::string& text)
{
  size_t start = text.starts_with('-') ? 1 : 0;
  return text.size() > start && text.find_first_not_of("0123456789.", start) == std::string::npos;
}

} // namespace

std::string neutralize_formula(const std::string& field)
{
  // A cell beginning with = + - @ (or a tab or CR) is a formula to Excel and
  // LibreOffice (OWASP, "CSV Injection"): a title `=HYPERLINK(...)` would
  // run when the office opens the report. A leading ' makes it text.
  bool formula =
    !field.empty() && std::string_view("=+-@\t\r").find(field.front()) != std::string_view::npos;
  return formula && !is_number(field) ? "'" + field : field;
}

char csv_separator(CsvStyle style)
{
  return style == CsvStyle::excel ? ';' : ',';
}

std::string_view csv_preamble(CsvStyle style)
{
  return style == CsvStyle::excel ? std::string_view("\xEF\xBB\xBF") : std::string_view();
}

std::string csv_row(const std::vector<std::string>& fields, char separator)
{
  const char special[] = {separator, '"', '\r', '\n', '\0'};
  std::string row;
  for (size_t i = 0; i < fields.size(); ++i) {
    const auto field = neutralize_formula(fields[i]);
    if (i > 0) {
      row += separator;
    }
    if (field.find_first_of(special) == std::string::npos) {
      row += field;
      continue;
    }
    row += '"';
    for (char c : field) {
      row += c;
      if (c == '"') {
        row += '"';
      }
    }
    row += '"';
  }
  return row + "\r\n";
}

} // namespace sopctl::view
