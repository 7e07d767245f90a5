#include <chrono>
#include <cstdio>
#include <model/timestamp.hpp>

namespace sopctl::model {

namespace {

// Reads exactly `count` digits at `pos`, advancing it.
std::optional<int> read_digits(std::string_view text, size_t& pos, int count)
{
  if (pos + count > text.size()) {
    return std::nullopt;
  }
  int value = 0;
  for (int i = 0; i < count; ++i) {
    char c = text[pos + i];
    if (c < '0' || c > '9') {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  pos += count;
  return value;
}

bool expect(std::string_view text, size_t& pos, char wanted)
{
  if (pos < text.size() && text[pos] == wanted) {
    ++pos;
    return true;
  }
  return false;
}

std::optional<std::chrono::sys_days> civil_day(int y, int m, int d)
{
  using namespace std::chrono;
  year_month_day date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!date.ok()) {
    return std::nullopt;
  }
  return sys_days{date};
}

std::optional<std::chrono::sys_days> parse_date(std::string_view text, size_t& pos)
{
  auto y = read_digits(text, pos, 4);
  if (!y || !expect(text, pos, '-')) {
    return std::nullopt;
  }
  auto m = read_digits(text, pos, 2);
  if (!m || !expect(text, pos, '-')) {
    return std::nullopt;
  }
  auto d = read_digits(text, pos, 2);
  if (!d) {
    return std::nullopt;
  }
  return civil_day(*y, *m, *d);
}

} // namespace

std::optional<int> parse_utc_offset(std::string_view text)
{
  if (text == "Z" || text == "z") {
    return 0;
  }
  if (text.size() < 3 || (text[0] != '+' && text[0] != '-')) {
    return std::nullopt;
  }
  size_t pos = 1;
  auto hours = read_digits(text, pos, 2);
  if (!hours) {
    return std::nullopt;
  }
  int minutes = 0;
  if (pos < text.size()) {
    expect(text, pos, ':');
    auto parsed = read_digits(text, pos, 2);
    if (!parsed || pos != text.size()) {
      return std::nullopt;
    }
    minutes = *parsed;
  }
  if (*hours > 14 || minutes > 59) {
    return std::nullopt;
  }
  int total = *hours * 60 + minutes;
  return text[0] == '-' ? -total : total;
}

std::string format_utc_offset(int offset_minutes)
{
  char sign = offset_minutes < 0 ? '-' : '+';
  int magnitude = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%c%02d:%02d", sign, magnitude / 60, magnitude % 60);
  return buffer;
}

std::optional<Timestamp> parse_timestamp(std::string_view text,
                                         std::optional<int> default_offset_minutes)
{
  size_t pos = 0;
  auto day = parse_date(text, pos);
  if (!day || pos >= text.size() || (text[pos] != 'T' && text[pos] != ' ')) {
    return std::nullopt;
  }
  ++pos;
  auto hour = read_digits(text, pos, 2);
  if (!hour || !expect(text, pos, ':')) {
    return std::nullopt;
  }
  auto minute = read_digits(text, pos, 2);
  if (!minute) {
    return std::nullopt;
  }
  int second = 0;
  if (expect(text, pos, ':')) {
    auto parsed = read_digits(text, pos, 2);
    if (!parsed) {
      return std::nullopt;
    }
    second = *parsed;
  }
  if (*hour > 23 || *minute > 59 || second > 59) {
    return std::nullopt;
  }
  auto offset = default_offset_minutes;
  if (pos < text.size()) {
    offset = parse_utc_offset(text.substr(pos));
  }
  if (!offset) {
    return std::nullopt;
  }
  std::int64_t local_seconds =
    std::int64_t{day->time_since_epoch().count()} * 86400 + *hour * 3600 + *minute * 60 + second;
  return Timestamp{local_seconds - std::int64_t{*offset} * 60, *offset};
}

namespace {

struct LocalParts
{
  int year, month, day, hour, minute, second;
};

LocalParts local_parts(const Timestamp& timestamp)
{
  using namespace std::chrono;
  std::int64_t local = timestamp.utc_seconds + std::int64_t{timestamp.offset_minutes} * 60;
  std::int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  std::int64_t rest = local - days * 86400;
  year_month_day date{sys_days{std::chrono::days{days}}};
  return {static_cast<int>(date.year()),
          static_cast<int>(static_cast<unsigned>(date.month())),
          static_cast<int>(static_cast<unsigned>(date.day())),
          static_cast<int>(rest / 3600),
          static_cast<int>(rest % 3600 / 60),
          static_cast<int>(rest % 60)};
}

} // namespace

std::string format_iso(const Timestamp& timestamp)
{
  auto p = local_parts(timestamp);
  char buffer[40];
  std::snprintf(buffer,
                sizeof buffer,
                "%04d-%02d-%02dT%02d:%02d:%02d",
                p.year,
                p.month,
                p.day,
                p.hour,
                p.minute,
                p.second);
  return buffer + format_utc_offset(timestamp.offset_minutes);
}

std::string format_short(const Timestamp& timestamp)
{
  auto p = local_parts(timestamp);
  char buffer[32];
  std::snprintf(
    buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d", p.year, p.month, p.day, p.hour, p.minute);
  return buffer;
}

Timestamp at_offset(std::int64_t utc_seconds, int offset_minutes)
{
  return Timestamp{utc_seconds, offset_minutes};
}

bool is_iso_date(std::string_view text)
{
  size_t pos = 0;
  return parse_date(text, pos).has_value() && pos == text.size();
}

} // namespace sopctl::model
