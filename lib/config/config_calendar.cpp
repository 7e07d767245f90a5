#include <array>
#include <config/config_calendar.hpp>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <map>
#include <yaml/map_reader.hpp>

namespace sopctl::config {

namespace {

constexpr std::array<std::string_view, 7> weekday_names =
  {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

template<typename Add>
void read_dated_list(yaml::MapReader& parent,
                     std::string_view key,
                     bool with_hours,
                     model::Diagnostics& diagnostics,
                     Add add)
{
  const auto& node = parent.node(key);
  if (!node.is_defined() || node.is_null()) {
    return;
  }
  if (!node.is_sequence()) {
    diagnostics.add(yaml::position_of(node),
                    trf("\"{}\" must be a list of {{date, name}} items", key));
    return;
  }
  std::map<time::DayNumber, model::Position> seen;
  for (const auto& item : node.items()) {
    std::initializer_list<std::string_view> keys = {"date", "name"};
    std::initializer_list<std::string_view> keys_with_hours = {"date", "name", "hours"};
    yaml::MapReader map(
      item, trf("an item of {}", key), with_hours ? keys_with_hours : keys, diagnostics);
    if (!map.ok()) {
      continue;
    }
    auto date = map.text("date", yaml::Required::yes);
    auto day = time::parse_day(date);
    if (!date.empty() && !day) {
      diagnostics.add(map.where("date"),
                      trf("\"{}\" is not a date; write it as "
                          "\"YYYY-MM-DD\"",
                          date));
      continue;
    }
    if (!day) {
      continue;
    }
    if (auto [first, inserted] = seen.emplace(*day, map.where()); !inserted) {
      diagnostics.add(map.where(),
                      trf("{} is listed twice in {} (first at line "
                          "{}); keep one",
                          date,
                          key,
                          first->second.line));
      continue;
    }
    std::optional<time::WorkingHours> hours;
    if (with_hours) {
      auto text = map.text("hours", yaml::Required::yes);
      hours = time::parse_working_hours(text);
      if (!text.empty() && !hours) {
        diagnostics.add(map.where("hours"),
                        trf("\"{}\" is not a span of time like "
                            "\"07:30-12:00\"",
                            text));
        continue;
      }
    }
    add(*day, map.text("name"), hours);
  }
}

} // namespace

void read_working_hours(yaml::MapReader& parent,
                        time::Calendar& calendar,
                        model::Diagnostics& diagnostics)
{
  const auto& node = parent.node("working_hours");
  if (!node.is_defined() || node.is_null()) {
    return;
  }
  yaml::MapReader map(node,
                      "working_hours",
                      {weekday_names[0],
                       weekday_names[1],
                       weekday_names[2],
                       weekday_names[3],
                       weekday_names[4],
                       weekday_names[5],
                       weekday_names[6]},
                      diagnostics);
  if (!map.ok()) {
    return;
  }
  // A weekday left out keeps its default; an empty one is a day off.
  for (size_t day = 0; day < weekday_names.size(); ++day) {
    if (!map.node(weekday_names[day]).is_defined()) {
      continue;
    }
    auto text = map.text(weekday_names[day]);
    if (text.empty() || text == "off" || text == "libur") {
      calendar.weekly[day].reset();
    } else if (auto hours = time::parse_working_hours(text)) {
      calendar.weekly[day] = hours;
    } else {
      diagnostics.add(map.where(weekday_names[day]),
                      trf("working_hours.{} \"{}\" is not a span of "
                          "time like \"07:30-16:00\" (or \"\" for "
                          "a day off)",
                          weekday_names[day],
                          text));
    }
  }
  bool any = false;
  for (const auto& hours : calendar.weekly) {
    any = any || hours.has_value();
  }
  if (!any) {
    diagnostics.add(map.where(), tr("working_hours leaves no working day in the week"));
  }
}

// Reads a list of {date, name[, hours]} items, calling `add` for each.

void read_holidays(yaml::MapReader& parent,
                   time::Calendar& calendar,
                   model::Diagnostics& diagnostics)
{
  read_dated_list(
    parent, "holidays", false, diagnostics, [&](time::DayNumber day, std::string name, auto) {
      calendar.holidays[day] = std::move(name);
    });
}

void read_half_days(yaml::MapReader& parent,
                    time::Calendar& calendar,
                    model::Diagnostics& diagnostics)
{
  read_dated_list(
    parent,
    "half_days",
    true,
    diagnostics,
    [&](time::DayNumber day, std::string name, std::optional<time::WorkingHours> hours) {
      if (hours) {
        calendar.short_days[day] = *hours;
        calendar.short_day_names[day] = std::move(name);
      }
    });
}

} // namespace sopctl::config
