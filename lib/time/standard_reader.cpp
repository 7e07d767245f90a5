#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <span>
#include <time/number_words.hpp>
#include <time/standard_reader.hpp>
#include <time/standard_words.hpp>

namespace sopctl::time {

namespace {

std::optional<Unit> unit_named(std::string_view word)
{
  for (const auto& name : unit_names) {
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

bool is_one_of(std::string_view word, std::span<const std::string_view> words)
{
  for (auto candidate : words) {
    if (candidate == word) {
      return true;
    }
  }
  return false;
}

// A reading position in lower-case text, and why reading failed.
struct Scan
{
  std::string_view text;
  std::size_t pos = 0;
  std::string why;
  std::size_t comment_at = std::string_view::npos; // words after the time not read

  bool at_end() const { return pos >= text.size(); }
  char next() const { return at_end() ? '\0' : text[pos]; }
  std::string_view rest() const { return text.substr(std::min(pos, text.size())); }
  void skip_spaces()
  {
    while (!at_end() && (text[pos] == ' ' || text[pos] == '\t')) {
      ++pos;
    }
  }
  // Takes `token` when the text goes on with it; a token ending in a letter
  // must end a word there ("maks" is not the start of "maksud").
  bool take(std::string_view token)
  {
    if (!rest().starts_with(token)) {
      return false;
    }
    auto end = pos + token.size();
    if (is_letter(token.back()) && end < text.size() && is_letter(text[end])) {
      return false;
    }
    pos = end;
    return true;
  }
  // Takes the first of `tokens` the text goes on with.
  bool take_any(std::span<const std::string_view> tokens)
  {
    for (auto token : tokens) {
      if (take(token)) {
        return true;
      }
    }
    return false;
  }
  // The letters from here on, without taking them.
  std::string_view word() const
  {
    auto end = pos;
    while (end < text.size() && is_letter(text[end])) {
      ++end;
    }
    return text.substr(pos, end - pos);
  }
  // Records why reading failed, keeping the first reason.
  void fail(std::string reason)
  {
    if (why.empty()) {
      why = std::move(reason);
    }
  }
};

// A number in digits, with `,` or `.` as the decimal mark; nullopt without
// a reason when there are no digits here.
std::optional<ExactNumber> read_digits(Scan& scan)
{
  auto start = scan.pos;
  while (is_digit(scan.next())) {
    ++scan.pos;
  }
  if (scan.pos == start) {
    return std::nullopt;
  }
  if (scan.pos - start > 6) {
    scan.fail(tr("the number is too large"));
    return std::nullopt;
  }
  ExactNumber number{std::stoll(std::string(scan.text.substr(start, scan.pos - start))), 0, 1};
  if ((scan.next() == ',' || scan.next() == '.') && scan.pos + 1 < scan.text.size() &&
      is_digit(scan.text[scan.pos + 1])) {
    ++scan.pos;
    while (is_digit(scan.next())) {
      if (number.scale >= 1'000'000) {
        scan.fail(tr("give at most six decimals"));
        return std::nullopt;
      }
      number.fraction = number.fraction * 10 + (scan.text[scan.pos++] - '0');
      number.scale *= 10;
    }
  }
  return number;
}

// A number in digits or in words; nullopt without a reason when there is
// none here.
std::optional<ExactNumber> read_plain_number(Scan& scan)
{
  if (is_digit(scan.next())) {
    return read_digits(scan);
  }
  if (auto words = read_number_words(scan.rest())) {
    scan.pos += words->length;
    return words->number;
  }
  return std::nullopt;
}

// A number, in digits or in words, maybe repeated in brackets the other way
// (`1 (satu)`, `tiga (3)`), or the "se" of `sehari`; nullopt when there is
// none (with a reason when there was one that could not be read).
std::optional<ExactNumber> read_number(Scan& scan)
{
  auto word = scan.word();
  if (word.starts_with("se") && is_one_of(word.substr(2), se_units)) {
    scan.pos += 2; // the unit is read next
    return ExactNumber{1, 0, 1};
  }
  auto number = read_plain_number(scan);
  if (!number) {
    return std::nullopt;
  }
  auto after = scan.pos;
  scan.skip_spaces();
  if (!scan.take("(")) {
    scan.pos = after;
    return number;
  }
  scan.skip_spaces();
  auto repeated = read_plain_number(scan);
  scan.skip_spaces();
  if (!repeated || !scan.take(")")) {
    scan.fail(tr("brackets after a number must repeat it, like \"1 (satu) hari\""));
    return std::nullopt;
  }
  if (!same_value(*number, *repeated)) {
    scan.fail(tr("the number in brackets is not the same number"));
    return std::nullopt;
  }
  return number;
}

// One number with its unit: `2 jam`, `1,5 hari`, `60'`, `3 x 24 jam`.
struct Group
{
  ExactNumber number;
  Unit unit = Unit::minute;
};

std::optional<Group> read_group(Scan& scan)
{
  auto number = read_number(scan);
  if (!number) {
    scan.fail(tr("expected a number"));
    return std::nullopt;
  }
  scan.skip_spaces();
  if (scan.take("x") || scan.take("×")) {
    scan.skip_spaces();
    auto hours = read_digits(scan);
    scan.skip_spaces();
    if (!hours || !same_value(*hours, {24, 0, 1}) || !scan.take("jam")) {
      scan.fail(tr("only \"N x 24 jam\" is read (as N working days)"));
      return std::nullopt;
    }
    return Group{*number, Unit::day}; // not a plain jam: no warning
  }
  if (scan.take("'") || scan.take("’")) {
    return Group{*number, Unit::minute};
  }
  auto word = std::string(scan.word());
  auto unit = unit_named(word);
  if (!unit) {
    scan.fail(word.empty() ? std::string(tr("a number needs its unit (menit, jam, hari or minggu)"))
                           : trf("unknown unit \"{}\"", word));
    return std::nullopt;
  }
  scan.pos += word.size();
  // "hari kerja": every day counted is a working day anyway.
  auto after = scan.pos;
  scan.skip_spaces();
  if (*unit != Unit::minute && *unit != Unit::month && scan.take("kerja")) {
    return Group{*number, *unit};
  }
  if (*unit == Unit::day && scan.take("kalender")) {
    return Group{*number, Unit::calendar_day};
  }
  scan.pos = after;
  return Group{*number, *unit};
}

bool take_range_separator(Scan& scan)
{
  auto start = scan.pos;
  scan.skip_spaces();
  if (scan.take_any(range_separators)) {
    scan.skip_spaces();
    return true;
  }
  scan.pos = start;
  return false;
}

// Whether the text here starts a comment: a word of two letters or more
// that is neither a unit nor a number (`jm` is a comment, `dua` is not).
bool starts_comment(const Scan& scan)
{
  auto word = scan.word();
  if (word.size() < 2 || unit_named(word) || read_number_words(scan.rest())) {
    return false;
  }
  return !(word.starts_with("se") && is_one_of(word.substr(2), se_units));
}

// Whether a number with its unit can be read anywhere in `text`, at the
// start of a word.
bool holds_a_time(std::string_view text)
{
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && (is_letter(text[i - 1]) || is_digit(text[i - 1]))) {
      continue;
    }
    Scan scan{text, i, {}};
    if (read_group(scan)) {
      return true;
    }
  }
  return false;
}

// A duration and the largest plain `jam` in it, in minutes (for the warning).
struct Duration
{
  TimeStandard standard;
  long long plain_jam_minutes = 0;
};

// Reads units from the larger to the smaller, up to the end, a range
// separator or a comment (which is skipped).
std::optional<Duration> read_duration(Scan& scan)
{
  // Exact decimal arithmetic: "2,05 jam" is 123 minutes, which binary
  // floating point would miss by a hair.
  long long days = 0, minutes = 0, calendar_days = 0, months = 0, plain_jam = 0;
  std::optional<Unit> previous;
  for (;;) {
    auto group = read_group(scan);
    if (!group) {
      return std::nullopt;
    }
    if (previous && group->unit >= *previous) {
      scan.fail(tr("give the larger unit first, each once"));
      return std::nullopt;
    }
    previous = group->unit;
    auto [whole, fraction, scale] = group->number;
    switch (group->unit) {
      case Unit::minute:
        if (fraction != 0) {
          scan.fail(tr("give minutes as a whole number"));
          return std::nullopt;
        }
        minutes += whole;
        break;
      case Unit::hour:
        if (fraction * 60 % scale != 0) {
          scan.fail(tr("it does not come to a whole number of minutes"));
          return std::nullopt;
        }
        minutes += whole * 60 + fraction * 60 / scale;
        if (whole >= 24) {
          plain_jam = std::max(plain_jam, whole * 60 + fraction * 60 / scale);
        }
        break;
      case Unit::day:
      case Unit::week: {
        auto in_days = (whole * scale + fraction) * (group->unit == Unit::week ? 5 : 1);
        auto rest = in_days % scale;
        if (rest * minutes_per_day_fraction % scale != 0) {
          scan.fail(tr("it does not come to a whole number of minutes"));
          return std::nullopt;
        }
        days += in_days / scale;
        minutes += rest * minutes_per_day_fraction / scale;
        break;
      }
      case Unit::calendar_day:
        if (fraction != 0) {
          scan.fail(tr("give calendar days as a whole number"));
          return std::nullopt;
        }
        calendar_days += whole;
        break;
      case Unit::month:
        // Months differ in length, so half a month has no one meaning.
        if (fraction != 0) {
          scan.fail(tr("a fraction of a month is ambiguous; give the rest in hari kalender"));
          return std::nullopt;
        }
        months += whole;
        break;
    }
    scan.skip_spaces();
    if (scan.at_end()) {
      break;
    }
    if (is_one_of(scan.word(), comment_openers)) {
      scan.pos = scan.text.size();
      break;
    }
    auto here = scan.pos;
    if (take_range_separator(scan)) {
      scan.pos = here;
      break;
    }
    // Any other words after a complete time are a comment the note quotes
    // (`30 hari kerja diketemukan alasan`), unless they hold another time
    // (`1 jam dan 30 menit` is not 1 jam).
    if (starts_comment(scan)) {
      if (holds_a_time(scan.rest())) {
        scan.fail(tr("the words after the time hold another time; join the units, like "
                     "\"1 jam 30 menit\", or give alternatives, like \"1 jam / 2 jam\""));
        return std::nullopt;
      }
      scan.comment_at = scan.pos;
      scan.pos = scan.text.size();
      break;
    }
  }
  if (days == 0 && minutes == 0 && calendar_days == 0 && months == 0) {
    scan.fail(tr("a standard of zero time cannot be met; leave it blank for none"));
    return std::nullopt;
  }
  if (days > 3650 || minutes > 10'000'000 || calendar_days > 3650 || months > 120) {
    scan.fail(tr("the standard is too long"));
    return std::nullopt;
  }
  return Duration{{static_cast<int>(days),
                   static_cast<int>(minutes),
                   static_cast<int>(calendar_days),
                   static_cast<int>(months)},
                  plain_jam};
}

} // namespace

namespace {

// `H`, `Hari H`, `H+2`, `H + 2`: the working day counted from hari H;
// nullopt (with no reason) when the text here is not one.
std::optional<int> read_h_day(Scan& scan)
{
  auto start = scan.pos;
  if (scan.take("hari")) {
    scan.skip_spaces();
  }
  if (!scan.take("h")) {
    scan.pos = start;
    return std::nullopt;
  }
  auto after_h = scan.pos;
  scan.skip_spaces();
  if (!scan.take("+")) {
    scan.pos = after_h;
    return 0;
  }
  scan.skip_spaces();
  auto digits = scan.pos;
  while (is_digit(scan.next())) {
    ++scan.pos;
  }
  if (scan.pos == digits || scan.pos - digits > 3 || is_letter(scan.next())) {
    scan.fail(tr("give the working day after hari H as a whole number, like \"H+2\""));
    return std::nullopt;
  }
  return std::stoi(std::string(scan.text.substr(digits, scan.pos - digits)));
}

} // namespace

std::optional<Reading> read_day_window(std::string_view text)
{
  Scan scan{text, 0, {}};
  scan.skip_spaces();
  auto first = read_h_day(scan);
  if (!first && scan.why.empty()) {
    return std::nullopt;
  }
  Reading reading;
  auto last = first;
  if (first) {
    auto here = scan.pos;
    if (take_range_separator(scan)) {
      last = read_h_day(scan);
      if (!last) {
        scan.fail(tr("a window counted from hari H ends with H too, like \"H+1 s.d H+2\""));
      }
    } else {
      scan.pos = here;
    }
  }
  scan.skip_spaces();
  // describe()'s own words, `H+2 (2 hari kerja sejak hari H)`, read back.
  if (scan.why.empty() && scan.next() == '(') {
    auto expected = fmt::format("({} hari kerja sejak hari h)", std::max(*first, *last));
    if (scan.rest() == expected) {
      scan.pos = scan.text.size();
    }
  }
  if (scan.why.empty() && !scan.at_end()) {
    // `H+1 s.d H+7 Selama jam pelayanan kantor`: the words are a comment.
    if (!starts_comment(scan) || holds_a_time(scan.rest())) {
      scan.fail(tr("after a window counted from hari H give only words, like \"H+1 s.d H+2 Selama "
                   "jam pelayanan kantor\""));
    } else {
      reading.comment_at = scan.pos;
    }
  }
  if (!scan.why.empty()) {
    reading.why = scan.why;
    return reading;
  }
  TimeStandard standard;
  standard.h_day = std::max(*first, *last);
  reading.standard = standard;
  return reading;
}

long long rough_size(const TimeStandard& standard)
{
  return 7 * (standard.days * minutes_per_day_fraction + standard.minutes) +
         5 * minutes_per_day_fraction * (standard.calendar_days + 30LL * standard.months);
}

Reading read_one_standard(std::string_view text)
{
  Scan scan{text, 0, {}};
  scan.skip_spaces();
  // `± 10 menit`, `maks. 10 menit`, `paling lama 3 hari`: the number is the
  // standard.
  while (scan.take_any(approximation_words)) {
    scan.take(".");
    scan.skip_spaces();
  }
  // A range is read as its upper bound: its lower end may be a bare number
  // (`1-2 jam`) or a time (`30 menit - 1 jam`); the larger end counts.
  auto start = scan.pos;
  std::optional<Duration> lower;
  std::optional<Duration> upper;
  if (read_number(scan) && take_range_separator(scan)) {
    upper = read_duration(scan);
  } else {
    scan.pos = start;
    scan.why.clear();
    lower = read_duration(scan);
    if (lower && take_range_separator(scan)) {
      upper = read_duration(scan);
    }
  }
  if (upper && !scan.at_end()) {
    scan.fail(tr("give one range, like \"1-2 jam\""));
  }
  Reading reading;
  if (!scan.why.empty()) {
    reading.why = scan.why;
    return reading;
  }
  const auto& chosen =
    lower && (!upper || rough_size(lower->standard) > rough_size(upper->standard)) ? *lower
                                                                                   : *upper;
  reading.standard = chosen.standard;
  reading.comment_at = scan.comment_at;
  reading.plain_jam_minutes = chosen.plain_jam_minutes;
  return reading;
}

} // namespace sopctl::time
