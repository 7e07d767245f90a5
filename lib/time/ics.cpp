#include <fmt/format.h>
#include <model/errors.hpp>
#include <time/ics.hpp>

namespace sopctl::time {

namespace {

// One content line, unfolded: NAME;PARAMS:VALUE.
struct ContentLine
{
  std::string name;
  std::string params;
  std::string value;
  int line = 0;
};

// RFC 5545 3.1: a line starting with a space or tab continues the previous.
std::vector<ContentLine> unfold(std::string_view text)
{
  std::vector<ContentLine> lines;
  std::string current;
  int number = 0;
  int start = 0;
  auto flush = [&] {
    if (current.empty()) {
      return;
    }
    ContentLine line;
    line.line = start;
    auto colon = current.find(':');
    auto head = current.substr(0, colon);
    line.value = colon == std::string::npos ? "" : current.substr(colon + 1);
    auto semicolon = head.find(';');
    line.name = head.substr(0, semicolon);
    line.params = semicolon == std::string::npos ? "" : head.substr(semicolon + 1);
    for (auto& c : line.name) {
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    lines.push_back(std::move(line));
    current.clear();
  };
  size_t pos = 0;
  while (pos <= text.size()) {
    auto end = text.find('\n', pos);
    auto raw = text.substr(pos, end == std::string_view::npos ? text.size() - pos : end - pos);
    pos = end == std::string_view::npos ? text.size() + 1 : end + 1;
    ++number;
    if (!raw.empty() && raw.back() == '\r') {
      raw.remove_suffix(1);
    }
    if (!raw.empty() && (raw[0] == ' ' || raw[0] == '\t')) {
      current += raw.substr(1);
      continue;
    }
    flush();
    current = raw;
    start = number;
  }
  flush();
  return lines;
}

std::string unescape(std::string_view value)
{
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size()) {
      char next = value[++i];
      out += next == 'n' || next == 'N' ? ' ' : next;
    } else {
      out += value[i];
    }
  }
  return out;
}

// The day of a DATE value `YYYYMMDD`, or nullopt (such as for a DATE-TIME).
std::optional<DayNumber> ics_date(std::string_view value)
{
  if (value.size() != 8) {
    return std::nullopt;
  }
  auto iso = fmt::format("{}-{}-{}", value.substr(0, 4), value.substr(4, 2), value.substr(6, 2));
  return parse_day(iso);
}

} // namespace

IcsHolidays read_ics_holidays(std::string_view text, const std::string& path)
{
  IcsHolidays result;
  auto lines = unfold(text);
  if (lines.empty() || lines.front().name != "BEGIN" || lines.front().value != "VCALENDAR") {
    throw model::Error(fmt::format("{}:1: not an iCalendar file (it must start with "
                                   "BEGIN:VCALENDAR)",
                                   path));
  }
  bool in_event = false;
  int event_line = 0;
  // Plain values rather than optionals: g++ 12 warns (wrongly) that an
  // optional's value may be used uninitialised here.
  DayNumber start = 0;
  DayNumber end = 0;
  bool has_start = false;
  bool has_end = false;
  bool timed = false;
  bool recurring = false;
  std::string summary;
  for (const auto& line : lines) {
    if (line.name == "BEGIN" && line.value == "VEVENT") {
      in_event = true;
      event_line = line.line;
      has_start = has_end = false;
      timed = recurring = false;
      summary.clear();
    } else if (in_event && line.name == "END" && line.value == "VEVENT") {
      in_event = false;
      if (timed) {
        ++result.skipped_timed;
        continue;
      }
      if (!has_start) {
        throw model::Error(fmt::format("{}:{}: this event has no DTSTART", path, event_line));
      }
      if (recurring) {
        ++result.skipped_recurring;
      }
      // DTEND is the day after the last one (RFC 5545 3.6.1).
      DayNumber last = has_end ? std::max(start, end - 1) : start;
      for (auto day = start; day <= last; ++day) {
        result.days.push_back({day, summary});
      }
    } else if (in_event && line.name == "DTSTART") {
      auto day = ics_date(line.value);
      has_start = day.has_value();
      start = day.value_or(0);
      timed = !has_start;
    } else if (in_event && line.name == "DTEND") {
      auto day = ics_date(line.value);
      has_end = day.has_value();
      end = day.value_or(0);
    } else if (in_event && line.name == "SUMMARY") {
      summary = unescape(line.value);
    } else if (in_event && line.name == "RRULE") {
      recurring = true;
    }
  }
  if (in_event) {
    throw model::Error(fmt::format("{}:{}: this event has no END:VEVENT", path, event_line));
  }
  return result;
}

} // namespace sopctl::time
