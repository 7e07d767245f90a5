#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <map>
#include <view/calendar_view.hpp>
#include <view/json_writer.hpp>
#include <view/text_table.hpp>

namespace sopctl::view {

namespace {

// Weekday names as machines read them, Monday first.
constexpr const char* weekday_keys[] =
  {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// A weekday's name in the user's language, Monday first.
std::string weekday_name(int day)
{
  switch (day) {
    case 0:
      return tr("Monday");
    case 1:
      return tr("Tuesday");
    case 2:
      return tr("Wednesday");
    case 3:
      return tr("Thursday");
    case 4:
      return tr("Friday");
    case 5:
      return tr("Saturday");
    default:
      return tr("Sunday");
  }
}

bool in_year(time::DayNumber day, int year)
{
  return year == 0 || time::format_day(day).starts_with(std::to_string(year));
}

// One half day or holiday.
struct SpecialDay
{
  std::optional<time::WorkingHours> hours; // none: a holiday
  std::string name;
};

// The half days and holidays of the year shown, by date.
std::map<time::DayNumber, SpecialDay> special_days(const CalendarShown& shown)
{
  std::map<time::DayNumber, SpecialDay> days;
  for (const auto& [day, hours] : shown.calendar.short_days) {
    if (in_year(day, shown.year)) {
      days[day] = {hours, shown.calendar.short_day_names.at(day)};
    }
  }
  for (const auto& [day, name] : shown.calendar.holidays) {
    if (in_year(day, shown.year)) {
      days[day] = {std::nullopt, name};
    }
  }
  return days;
}

} // namespace

std::string calendar_table(const CalendarShown& shown, const TableStyle& style)
{
  const auto& calendar = shown.calendar;
  auto offset = model::format_utc_offset(calendar.utc_offset_minutes);
  std::string out = shown.timezone == offset ? trf("timezone {}", offset)
                                             : trf("timezone {} ({})", shown.timezone, offset);
  out += "\n\n";
  TextTable week({tr("DAY"), tr("HOURS")});
  for (int day = 0; day < 7; ++day) {
    const auto& hours = calendar.weekly[day];
    week.add_row({weekday_name(day), hours ? time::format_working_hours(*hours) : tr("off")});
  }
  out += week.str();
  auto days = special_days(shown);
  if (days.empty()) {
    out += "\n";
    out += shown.year ? trf("no holidays or half days in {}", shown.year)
                      : std::string(tr("no holidays or half days"));
    return out + "\n";
  }
  TextTable table({tr("DATE"), tr("DAY"), tr("HOURS"), tr("NAME")});
  table.shortenable(3);
  table.fit(style.width);
  for (const auto& [day, special] : days) {
    table.add_row({time::format_day(day),
                   weekday_name(time::weekday_of(day)),
                   special.hours ? time::format_working_hours(*special.hours) : tr("holiday"),
                   special.name});
  }
  return out + "\n" + table.str();
}

Sheet calendar_sheet(const CalendarShown& shown)
{
  Sheet sheet{"calendar", {"date", "weekday", "hours", "holiday", "name"}, {}};
  for (const auto& [day, special] : special_days(shown)) {
    sheet.rows.push_back({Day{day},
                          std::string(weekday_keys[time::weekday_of(day)]),
                          special.hours ? Cell(time::format_working_hours(*special.hours)) : Cell(),
                          !special.hours,
                          special.name});
  }
  return sheet;
}

std::string calendar_json(const CalendarShown& shown)
{
  const auto& calendar = shown.calendar;
  JsonWriter json;
  json.begin_object();
  json.key("schema").value("sopctl.calendar/1");
  json.key("timezone").value(shown.timezone);
  json.key("utc_offset").value(model::format_utc_offset(calendar.utc_offset_minutes));
  json.key("week").begin_array();
  for (int day = 0; day < 7; ++day) {
    const auto& hours = calendar.weekly[day];
    json.begin_object();
    json.key("weekday").value(weekday_keys[day]);
    if (hours) {
      json.key("hours").value(time::format_working_hours(*hours));
    } else {
      json.key("hours").null();
    }
    json.end_object();
  }
  json.end_array();
  json.key("days");
  write_rows_json(json, calendar_sheet(shown));
  json.end_object();
  return json.str();
}

} // namespace sopctl::view
