#include <cctype>
#include <cmath>
#include <fmt/format.h>
#include <optional>
#include <time/time_standard.hpp>

namespace sopctl::time {

namespace {

enum class Unit
{
  minute,
  hour,
  day,
  week,
};

std::optional<Unit> unit_named(std::string_view word)
{
  struct Name
  {
    std::string_view word;
    Unit unit;
  };
  static constexpr Name names[] = {
    {"menit", Unit::minute},
    {"mnt", Unit::minute},
    {"m", Unit::minute},
    {"min", Unit::minute},
    {"jam", Unit::hour},
    {"j", Unit::hour},
    {"h", Unit::hour},
    {"hari", Unit::day},
    {"d", Unit::day},
    {"minggu", Unit::week},
    {"mgg", Unit::week},
    {"w", Unit::week},
  };
  for (const auto& name : names) {
    if (name.word == word) {
      return name.unit;
    }
  }
  return std::nullopt;
}

bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

bool is_letter(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

constexpr std::string_view hint =
  "write it like \"5 menit\", \"2 jam\", \"1,5 jam\", \"2 hari\", \"1 minggu\" "
  "or leave it blank";

} // namespace

ParsedTimeStandard parse_time_standard(std::string_view text)
{
  ParsedTimeStandard result;
  auto fail = [&](std::string why) {
    result.has_standard = false;
    result.error = fmt::format("time standard \"{}\": {}; {}", text, why, hint);
    return result;
  };
  size_t pos = 0;
  auto skip_spaces = [&] {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) {
      ++pos;
    }
  };
  skip_spaces();
  if (pos == text.size()) {
    return result; // blank: no standard
  }
  // Exact decimal arithmetic: "2,05 jam" is 123 minutes, which binary
  // floating point would miss by a hair.
  long long minutes = 0;
  long long days = 0;
  std::optional<Unit> previous;
  while (pos < text.size()) {
    // A number, with `,` or `.` as the decimal mark: whole + fraction/scale.
    size_t start = pos;
    while (pos < text.size() && is_digit(text[pos])) {
      ++pos;
    }
    if (pos == start || pos - start > 6) {
      return fail(pos == start ? "expected a number" : "the number is too large");
    }
    long long whole = std::stoll(std::string(text.substr(start, pos - start)));
    long long fraction = 0;
    long long scale = 1;
    if (pos + 1 < text.size() && (text[pos] == ',' || text[pos] == '.') &&
        is_digit(text[pos + 1])) {
      ++pos;
      while (pos < text.size() && is_digit(text[pos])) {
        if (scale >= 1'000'000) {
          return fail("give at most six decimals");
        }
        fraction = fraction * 10 + (text[pos++] - '0');
        scale *= 10;
      }
    }
    skip_spaces();
    std::string word;
    while (pos < text.size() && is_letter(text[pos])) {
      word += lower(text[pos++]);
    }
    auto unit = unit_named(word);
    if (!unit) {
      return fail(word.empty() ? "a number needs its unit (menit, jam, hari "
                                 "or minggu)"
                               : fmt::format("unknown unit \"{}\"", word));
    }
    if (previous && *unit >= *previous) {
      return fail("give the larger unit first, each once");
    }
    previous = unit;
    skip_spaces();
    // "hari kerja": every day counted is a working day anyway.
    if (*unit == Unit::day) {
      std::string next;
      for (size_t k = pos; k < text.size() && k < pos + 5; ++k) {
        next += lower(text[k]);
      }
      if (next == "kerja") {
        pos += 5;
        skip_spaces();
      }
    }
    switch (*unit) {
      case Unit::minute:
        if (fraction != 0) {
          return fail("give minutes as a whole number");
        }
        minutes += whole;
        break;
      case Unit::hour:
        if (fraction * 60 % scale != 0) {
          return fail("it does not come to a whole number of minutes");
        }
        minutes += whole * 60 + fraction * 60 / scale;
        break;
      case Unit::day:
      case Unit::week:
        // Working days differ in length, so half a day has no one meaning.
        if (fraction != 0) {
          return fail("a fraction of a day is ambiguous; give the rest in jam");
        }
        days += whole * (*unit == Unit::week ? 5 : 1);
        break;
    }
  }
  if (days == 0 && minutes == 0) {
    return fail("a standard of zero time cannot be met; leave it blank for "
                "none");
  }
  if (days > 3650 || minutes > 10'000'000) {
    return fail("the standard is too long");
  }
  result.has_standard = true;
  result.standard = {static_cast<int>(days), static_cast<int>(minutes)};
  return result;
}

void validate_time_standards(const model::Sop& sop, model::Diagnostics& diagnostics)
{
  for (const auto& step : sop.steps) {
    auto parsed = parse_time_standard(step.time);
    if (!parsed.error.empty()) {
      diagnostics.add(step.time_where, fmt::format("step {}: {}", step.number, parsed.error));
    }
  }
}

std::vector<std::optional<TimeStandard>> time_standards_of(const model::Sop& sop)
{
  std::vector<std::optional<TimeStandard>> standards;
  for (const auto& step : sop.steps) {
    auto parsed = parse_time_standard(step.time);
    if (standards.size() <= static_cast<size_t>(step.number)) {
      standards.resize(step.number + 1);
    }
    if (parsed.has_standard) {
      standards[step.number] = parsed.standard;
    }
  }
  return standards;
}

std::string describe(int days, long long minutes)
{
  std::string text;
  auto add = [&](long long amount, std::string_view unit) {
    if (amount != 0) {
      text += fmt::format("{}{} {}", text.empty() ? "" : " ", amount, unit);
    }
  };
  add(days, "hari");
  add(minutes / 60, "jam");
  add(minutes % 60, "menit");
  return text.empty() ? "0 menit" : text;
}

} // namespace sopctl::time
