#include <array>
#include <fmt/format.h>
#include <render/dates.hpp>

namespace sopctl::render {

std::string indonesian_date(std::string_view iso_date)
{
  static constexpr std::array<std::string_view, 12> months = {"Januari",
                                                              "Februari",
                                                              "Maret",
                                                              "April",
                                                              "Mei",
                                                              "Juni",
                                                              "Juli",
                                                              "Agustus",
                                                              "September",
                                                              "Oktober",
                                                              "November",
                                                              "Desember"};
  if (iso_date.empty()) {
    return "-";
  }
  if (!model::is_iso_date(iso_date)) {
    return std::string(iso_date);
  }
  int month = std::stoi(std::string(iso_date.substr(5, 2)));
  int day = std::stoi(std::string(iso_date.substr(8, 2)));
  return fmt::format("{} {} {}", day, months[month - 1], iso_date.substr(0, 4));
}

std::string local_date(const model::Timestamp& moment)
{
  return model::format_short(moment).substr(0, 10);
}

} // namespace sopctl::render
