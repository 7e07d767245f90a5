#include <view/csv_writer.hpp>

namespace sopctl::view {

std::string csv_row(const std::vector<std::string>& fields)
{
  std::string row;
  for (size_t i = 0; i < fields.size(); ++i) {
    const auto& field = fields[i];
    if (i > 0) {
      row += ',';
    }
    if (field.find_first_of(",\"\r\n") == std::string::npos) {
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
