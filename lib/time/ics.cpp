#include <algorithm>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <libical/ical.h>
#include <map>
#include <memory>
#include <model/errors.hpp>
#include <model/text.hpp>
#include <optional>
#include <time/ics.hpp>

// libical (Debian's libical-dev) reads the file's values; this file feeds it
// the unfolded lines one at a time, so that every refusal can name a line,
// which libical does not keep.

namespace sopctl::time {

namespace {

// VCALENDAR, VEVENT, VALARM: real files nest three deep; a file nesting
// thousands deep is refused before libical builds (and later frees, by
// recursion) such a tree.
constexpr size_t max_depth = 8;

// The property sopctl adds after each BEGIN:VEVENT it feeds libical, so
// that the event libical returns can be matched with its lines.
constexpr std::string_view event_marker = "X-SOPCTL-EVENT";

struct ParserFree
{
  void operator()(icalparser* parser) const { icalparser_free(parser); }
};
struct ComponentFree
{
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// One content line, unfolded (RFC 5545 3.1): the line it starts on, its
// name in capitals and the value after the first colon.
struct ContentLine
{
  std::string text;
  std::string name;
  std::string value;
  int line = 0;
};

// Where an event's lines are: its BEGIN and its own properties (not its
// alarms'), the first of each name.
struct EventLines
{
  int begin = 0;
  std::map<std::string, int> properties;

  int line_of(const std::string& name) const
  {
    auto found = properties.find(name);
    return found == properties.end() ? begin : found->second;
  }
};

std::string upper(std::string_view text)
{
  std::string out(text);
  for (auto& c : out) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

// The offset of the first byte of `text` that is not well-formed UTF-8
// (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF).
std::optional<size_t> invalid_utf8(std::string_view text)
{
  size_t i = 0;
  while (i < text.size()) {
    auto byte = static_cast<unsigned char>(text[i]);
    size_t length = byte < 0x80             ? 1
                    : (byte & 0xE0) == 0xC0 ? 2
                    : (byte & 0xF0) == 0xE0 ? 3
                    : (byte & 0xF8) == 0xF0 ? 4
                                            : 0;
    if (length == 0 || i + length > text.size()) {
      return i;
    }
    char32_t code = length == 1 ? byte : byte & (0x3F >> (length - 1));
    for (size_t k = 1; k < length; ++k) {
      auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) {
        return i;
      }
      code = (code << 6) | (next & 0x3F);
    }
    static constexpr char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (code < smallest[length] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return i;
    }
    i += length;
  }
  return std::nullopt;
}

// The file's content lines, unfolded; refuses a line that is not UTF-8 or
// holds a control character, naming it.
std::vector<ContentLine> content_lines(std::string_view text, const std::string& path)
{
  std::vector<ContentLine> lines;
  int number = 0;
  // Windows programs may start a UTF-8 file with a byte order mark.
  size_t pos = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (pos < text.size()) {
    auto end = text.find('\n', pos);
    auto raw = text.substr(pos, end == std::string_view::npos ? text.size() - pos : end - pos);
    pos = end == std::string_view::npos ? text.size() : end + 1;
    ++number;
    if (!raw.empty() && raw.back() == '\r') {
      raw.remove_suffix(1);
    }
    if (auto bad = invalid_utf8(raw)) {
      throw model::Error(trf("{}:{}: this line is not UTF-8 (byte 0x{:02X} at column {}); "
                             "save the file as UTF-8 (iCalendar text is UTF-8, RFC 5545 "
                             "3.1.4)",
                             path,
                             number,
                             static_cast<unsigned char>(raw[*bad]),
                             *bad + 1));
    }
    if (auto control = model::control_character(raw)) {
      throw model::Error(trf("{}:{}: this line holds the control character U+{:04X}; "
                             "an iCalendar line holds none but tab: remove it",
                             path,
                             number,
                             *control));
    }
    if (!raw.empty() && (raw[0] == ' ' || raw[0] == '\t') && !lines.empty()) {
      lines.back().text += raw.substr(1); // a fold: the line goes on
      continue;
    }
    lines.push_back({std::string(raw), "", "", number});
  }
  std::erase_if(lines, [](const ContentLine& line) { return line.text.empty(); });
  for (auto& line : lines) {
    auto colon = line.text.find(':');
    auto head = std::string_view(line.text).substr(0, colon);
    line.name = upper(head.substr(0, head.find(';')));
    line.value = colon == std::string::npos ? "" : upper(line.text.substr(colon + 1));
  }
  return lines;
}

[[noreturn]] void not_icalendar(const std::string& path)
{
  throw model::Error(trf("{}:1: not an iCalendar file (it must start with BEGIN:VCALENDAR)", path));
}

// The calendars of the file, read by libical from its lines, and where
// each event's lines are (the event's X-SOPCTL-EVENT is its index here).
struct Parsed
{
  std::vector<Component> calendars;
  std::vector<EventLines> events;
};

Parsed parse(const std::vector<ContentLine>& lines, const std::string& path)
{
  if (lines.empty() || lines.front().name != "BEGIN" || lines.front().value != "VCALENDAR") {
    not_icalendar(path);
  }
  Parsed parsed;
  std::unique_ptr<icalparser, ParserFree> parser(icalparser_new());
  auto feed = [&](std::string text) {
    if (auto* root = icalparser_add_line(parser.get(), text.data())) {
      parsed.calendars.emplace_back(root);
    }
  };
  struct Open
  {
    std::string name;
    int line;
  };
  std::vector<Open> open;
  std::optional<size_t> event;
  for (const auto& line : lines) {
    if (open.empty() && (line.name != "BEGIN" || line.value != "VCALENDAR")) {
      throw model::Error(trf("{}:{}: this line lies outside BEGIN:VCALENDAR ... "
                             "END:VCALENDAR; remove it",
                             path,
                             line.line));
    }
    if (line.name == "BEGIN") {
      if (open.size() == max_depth) {
        throw model::Error(trf("{}:{}: BEGIN:{} is nested more than {} components deep; "
                               "a calendar of holidays needs VCALENDAR and VEVENT",
                               path,
                               line.line,
                               line.value,
                               max_depth));
      }
      open.push_back({line.value, line.line});
      feed(line.text);
      if (open.size() == 2 && line.value == "VEVENT") {
        event = parsed.events.size();
        parsed.events.push_back({line.line, {}});
        feed(fmt::format("{}:{}", event_marker, *event));
      }
    } else if (line.name == "END") {
      if (open.back().name != line.value) {
        if (open.back().name == "VEVENT") {
          throw model::Error(trf("{}:{}: this event has no END:VEVENT", path, open.back().line));
        }
        throw model::Error(trf("{}:{}: END:{} does not close BEGIN:{} of line {}; "
                               "every BEGIN needs its own END",
                               path,
                               line.line,
                               line.value,
                               open.back().name,
                               open.back().line));
      }
      if (open.size() == 2 && line.value == "VEVENT") {
        event.reset();
      }
      open.pop_back();
      feed(line.text);
    } else if (line.name != event_marker) {
      if (event && open.size() == 2) {
        parsed.events[*event].properties.emplace(line.name, line.line);
      }
      feed(line.text);
    }
  }
  if (!open.empty()) {
    auto unclosed = std::find_if(
      open.begin(), open.end(), [](const Open& component) { return component.name == "VEVENT"; });
    if (unclosed != open.end()) {
      throw model::Error(trf("{}:{}: this event has no END:VEVENT", path, unclosed->line));
    }
    throw model::Error(trf(
      "{}:{}: BEGIN:{} has no END:{}", path, open.back().line, open.back().name, open.back().name));
  }
  return parsed;
}

// The properties sopctl reads.
constexpr const char* read_properties[] =
  {"DTSTART", "DTEND", "DURATION", "SUMMARY", "STATUS", "RRULE"};

// How to write the property `name` right, in the user's language.
const char* how_to_write(std::string_view name)
{
  if (name == "DTSTART") {
    return tr("write the first day as YYYYMMDD, as in DTSTART;VALUE=DATE:20261225");
  }
  if (name == "DTEND") {
    return tr("write the day after the last day off as YYYYMMDD, as in DTEND;VALUE=DATE:20261226");
  }
  if (name == "DURATION") {
    return tr("write whole days, as in DURATION:P2D");
  }
  if (name == "SUMMARY") {
    return tr("write the holiday's name as text");
  }
  if (name == "STATUS") {
    return tr("write STATUS:CONFIRMED, STATUS:TENTATIVE or STATUS:CANCELLED");
  }
  return tr("write it as in RRULE:FREQ=YEARLY");
}

// Refuses an event where libical could not read a property sopctl uses
// (libical drops the property and leaves an X-LIC-ERROR in its place).
void refuse_unreadable(icalcomponent* event, const EventLines& lines, const std::string& path)
{
  for (auto* error = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY); error;
       error = icalcomponent_get_next_property(event, ICAL_XLICERROR_PROPERTY)) {
    std::string text = icalproperty_get_xlicerror(error) ? icalproperty_get_xlicerror(error) : "";
    for (const auto* name : read_properties) {
      if (text.find(fmt::format(" in {} property", name)) != std::string::npos) {
        throw model::Error(trf("{}:{}: cannot read this {} (libical: {}); {}",
                               path,
                               lines.line_of(name),
                               name,
                               model::one_line(text),
                               how_to_write(name)));
      }
    }
  }
}

// The day of a DATE value, or a refusal at `line`.
DayNumber day_of(const icaltimetype& date, const std::string& path, int line, const char* name)
{
  auto day = parse_day(fmt::format("{:04}-{:02}-{:02}", date.year, date.month, date.day));
  if (!day) {
    throw model::Error(trf("{}:{}: {} {:04}{:02}{:02} is not a day of the calendar; "
                           "write YYYYMMDD",
                           path,
                           line,
                           name,
                           date.year,
                           date.month,
                           date.day));
  }
  return *day;
}

// The event's name: its own SUMMARY, on one line.
std::string summary_of(icalcomponent* event)
{
  auto* summary = icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY);
  const char* text = summary ? icalproperty_get_summary(summary) : nullptr;
  std::string name = text ? text : "";
  std::replace(name.begin(), name.end(), '\n', ' ');
  return name;
}

// The last day of an all-day event starting on `start`: from DTEND (the day
// after the last, RFC 5545 3.6.1), from DURATION in whole days, or the day
// itself.
DayNumber last_day(icalcomponent* event,
                   DayNumber start,
                   const EventLines& lines,
                   const std::string& path)
{
  auto* end = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY);
  auto* duration = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY);
  if (end && duration) {
    throw model::Error(trf(
      "{}:{}: this event has both DTEND and DURATION; keep one", path, lines.line_of("DURATION")));
  }
  if (end) {
    auto line = lines.line_of("DTEND");
    auto value = icalproperty_get_dtend(end);
    if (!value.is_date) {
      throw model::Error(trf("{}:{}: DTEND has a time of day but DTSTART is a date; {}",
                             path,
                             line,
                             how_to_write("DTEND")));
    }
    auto after = day_of(value, path, line, "DTEND");
    if (after < start) {
      throw model::Error(trf("{}:{}: DTEND {} is before DTSTART {}; DTEND is the day "
                             "after the last day off",
                             path,
                             line,
                             format_day(after),
                             format_day(start)));
    }
    return std::max(start, after - 1);
  }
  if (duration) {
    auto value = icalproperty_get_duration(duration);
    if (value.is_neg || value.hours || value.minutes || value.seconds) {
      throw model::Error(trf("{}:{}: DURATION {} is not a whole number of days; an "
                             "all-day event lasts whole days, as in DURATION:P2D",
                             path,
                             lines.line_of("DURATION"),
                             icaldurationtype_as_ical_string(value)));
    }
    auto days = static_cast<std::int64_t>(value.weeks) * 7 + value.days;
    return start + std::max<std::int64_t>(days, 1) - 1;
  }
  return start;
}

} // namespace

IcsHolidays read_ics_holidays(std::string_view text, const std::string& path)
{
  // libical aborts on errors unless told not to (its build decides).
  icalerror_set_errors_are_fatal(0);
  auto parsed = parse(content_lines(text, path), path);
  IcsHolidays result;
  for (const auto& calendar : parsed.calendars) {
    for (auto* event = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT);
         event;
         event = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
      auto* marker = icalcomponent_get_first_property(event, ICAL_X_PROPERTY);
      auto is_marker = [](icalproperty* property) {
        const char* name = icalproperty_get_x_name(property);
        return name && std::string_view(name) == event_marker && icalproperty_get_x(property);
      };
      while (marker && !is_marker(marker)) {
        marker = icalcomponent_get_next_property(event, ICAL_X_PROPERTY);
      }
      if (!marker) {
        continue; // not one of the file's own events
      }
      const auto& lines = parsed.events.at(std::stoul(icalproperty_get_x(marker)));
      refuse_unreadable(event, lines, path);
      if (icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED) {
        ++result.skipped_cancelled;
        continue;
      }
      auto* start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
      if (!start) {
        throw model::Error(trf("{}:{}: this event has no DTSTART", path, lines.begin));
      }
      auto start_value = icalproperty_get_dtstart(start);
      if (!start_value.is_date) {
        ++result.skipped_timed;
        continue;
      }
      auto first = day_of(start_value, path, lines.line_of("DTSTART"), "DTSTART");
      auto last = last_day(event, first, lines, path);
      auto name = summary_of(event);
      auto days = last - first + 1;
      if (days > max_event_days) {
        auto line =
          lines.properties.count("DTEND") ? lines.line_of("DTEND") : lines.line_of("DURATION");
        throw model::Error(trf("{}:{}: the event \"{}\" lasts {} days, {} to {}; a "
                               "holiday lasts at most a year ({} days): check its {}",
                               path,
                               line,
                               name,
                               days,
                               format_day(first),
                               format_day(last),
                               max_event_days,
                               lines.properties.count("DTEND")
                                 ? std::string(tr("DTEND (the day after the last day off)"))
                                 : std::string("DURATION")));
      }
      if (static_cast<std::int64_t>(result.days.size()) + days > max_file_days) {
        throw model::Error(trf("{}:{}: the file gives more than {} days of holidays; "
                               "import a few years at a time",
                               path,
                               lines.begin,
                               max_file_days));
      }
      if (icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY)) {
        ++result.skipped_recurring;
      }
      for (auto day = first; day <= last; ++day) {
        result.days.push_back({day, name});
      }
    }
  }
  return result;
}

} // namespace sopctl::time
