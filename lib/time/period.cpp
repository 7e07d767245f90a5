#include <fmt/format.h>
#include <time/period.hpp>

namespace sopctl::time {

namespace {

bool all_digits(std::string_view text)
{
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

DayNumber day(int year, int month, int day_of_month)
{
  return *parse_day(fmt::format("{:04}-{:02}-{:02}", year, month, day_of_month));
}

} // namespace

std::optional<Period> parse_period(std::string_view text)
{
  auto year_text = text.substr(0, 4);
  if (year_text.size() != 4 || !all_digits(year_text)) {
    return std::nullopt;
  }
  int year = std::stoi(std::string(year_text));
  if (year < 1900) {
    return std::nullopt;
  }
  auto rest = text.substr(4);
  Period period;
  period.year = year;
  if (rest.empty()) {
    period.first = day(year, 1, 1);
    period.last = day(year, 12, 31);
  } else if (rest == "-H1") {
    period.half = 1;
    period.first = day(year, 1, 1);
    period.last = day(year, 6, 30);
  } else if (rest == "-H2") {
    period.half = 2;
    period.first = day(year, 7, 1);
    period.last = day(year, 12, 31);
  } else {
    return std::nullopt;
  }
  return period;
}

std::string format_period(const Period& period)
{
  return period.is_year() ? std::to_string(period.year)
                          : fmt::format("{}-H{}", period.year, period.half);
}

} // namespace sopctl::time
