#include <array>
#include <fmt/format.h>
#include <model/sop_date.hpp>
#include <model/timestamp.hpp>

namespace sopctl::model {

namespace {

constexpr std::array<std::string_view, 12> month_names = {"Januari",
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

bool all_digits(std::string_view text)
{
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// The month of `YYYY-MM` (1 to 12), or 0 when it is not one.
int month_of(std::string_view text)
{
  if (text.size() != 7 || !all_digits(text.substr(0, 4)) || text[4] != '-' ||
      !all_digits(text.substr(5, 2))) {
    return 0;
  }
  int month = (text[5] - '0') * 10 + (text[6] - '0');
  return month >= 1 && month <= 12 ? month : 0;
}

} // namespace

std::optional<DatePrecision> sop_date_precision(std::string_view text)
{
  if (is_iso_date(text)) {
    return DatePrecision::day;
  }
  if (month_of(text) != 0) {
    return DatePrecision::month;
  }
  if (text.size() == 4 && all_digits(text)) {
    return DatePrecision::year;
  }
  return std::nullopt;
}

bool is_sop_date(std::string_view text)
{
  return sop_date_precision(text).has_value();
}

std::string first_day(std::string_view text)
{
  auto precision = sop_date_precision(text);
  if (!precision) {
    return "";
  }
  switch (*precision) {
    case DatePrecision::day:
      return std::string(text);
    case DatePrecision::month:
      return fmt::format("{}-01", text);
    case DatePrecision::year:
      return fmt::format("{}-01-01", text);
  }
  return "";
}

std::string date_in_words(std::string_view text)
{
  if (text.empty()) {
    return "-";
  }
  auto precision = sop_date_precision(text);
  if (!precision) {
    return std::string(text);
  }
  auto year = text.substr(0, 4);
  switch (*precision) {
    case DatePrecision::day: {
      int month = (text[5] - '0') * 10 + (text[6] - '0');
      int day = (text[8] - '0') * 10 + (text[9] - '0');
      return fmt::format("{} {} {}", day, month_names[month - 1], year);
    }
    case DatePrecision::month:
      return fmt::format("{} {}", month_names[month_of(text) - 1], year);
    case DatePrecision::year:
      return std::string(year);
  }
  return std::string(text);
}

} // namespace sopctl::model
