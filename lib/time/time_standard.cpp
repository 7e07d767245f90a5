#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <time/no_standard.hpp>
#include <time/number_words.hpp>
#include <time/standard_reader.hpp>
#include <time/standard_words.hpp>
#include <time/time_standard.hpp>

namespace sopctl::time {

namespace {

bool is_space(char c)
{
  return c == ' ' || c == '\t';
}

// `text` in lower case, with no-break spaces (U+00A0, two bytes) turned
// into two spaces and line breaks into spaces (a Waktu cell printed on two
// lines), so that positions in it are positions in `text`.
std::string folded(std::string_view text)
{
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out[i] >= 'A' && out[i] <= 'Z') {
      out[i] = static_cast<char>(out[i] - 'A' + 'a');
    } else if (out[i] == '\n' || out[i] == '\r') {
      out[i] = ' ';
    } else if (out.compare(i, 2, "\xC2\xA0") == 0) {
      out[i] = ' ';
      out[i + 1] = ' ';
    }
  }
  return out;
}

// `text` without spaces around it and without punctuation at its end
// (`30 menit.`).
std::string_view trimmed(std::string_view text)
{
  auto is_trailing = [](char c) {
    return is_space(c) || std::string_view(".,;:!?").find(c) != std::string_view::npos;
  };
  while (!text.empty() && is_space(text.front())) {
    text.remove_prefix(1);
  }
  while (!text.empty() && is_trailing(text.back())) {
    text.remove_suffix(1);
  }
  return text;
}

bool says_no_standard(std::string_view text)
{
  std::string words;
  for (char c : text) {
    if (!is_space(c) || (!words.empty() && words.back() != ' ')) {
      words += is_space(c) ? ' ' : c;
    }
  }
  for (auto none : no_standard_words) {
    if (words == none) {
      return true;
    }
  }
  return false;
}

// A reading of `part`, which opens with a no-standard phrase (`Setelah
// berkas lengkap, paling lama 2 hari`): the time read from the first word
// after which one can be read, and where that word starts; nullopt when
// the part holds no time.
struct LateReading
{
  Reading reading;
  std::size_t start = 0;
};

std::optional<LateReading> reading_within(std::string_view part)
{
  auto is_word_start = [&](std::size_t i) {
    auto c = part[i - 1];
    return is_space(c) || std::string_view(",.;:(").find(c) != std::string_view::npos;
  };
  for (std::size_t i = 1; i < part.size(); ++i) {
    if (!is_space(part[i]) && is_word_start(i)) {
      auto reading = read_one_standard(part.substr(i));
      if (reading.standard) {
        return LateReading{reading, i};
      }
    }
  }
  return std::nullopt;
}

// `text` without punctuation and spaces at its end.
std::string_view without_trailing_punctuation(std::string_view text)
{
  while (!text.empty() && (is_space(text.back()) || std::string_view(".,;:!?(").find(text.back()) !=
                                                      std::string_view::npos)) {
    text.remove_suffix(1);
  }
  return text;
}

// The alternatives of `text`, split at `/`, `;` and the word `atau`; the `/`
// of `s/d` and `+/-` does not split.
std::vector<std::string_view> alternatives_in(std::string_view text)
{
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  auto is_letter = [](char c) { return c >= 'a' && c <= 'z'; };
  auto cut = [&](std::size_t end, std::size_t next) {
    auto part = trimmed(text.substr(start, end - start));
    if (!part.empty()) {
      parts.push_back(part);
    }
    start = next;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char before = i > 0 ? text[i - 1] : ' ';
    char after = i + 1 < text.size() ? text[i + 1] : ' ';
    if (text[i] == ';') {
      cut(i, i + 1);
    } else if (text[i] == '/') {
      bool s_d = before == 's' && after == 'd' && (i < 2 || !is_letter(text[i - 2]));
      bool plus_minus = before == '+' && after == '-';
      if (!s_d && !plus_minus) {
        cut(i, i + 1);
      }
    } else if (text.compare(i, 4, "atau") == 0 && !is_letter(before) &&
               (i + 4 == text.size() || !is_letter(text[i + 4]))) {
      cut(i, i + 4);
    }
  }
  cut(text.size(), text.size());
  return parts;
}

// Whether `part` holds a number, in digits or in words: a part without one
// cannot have been meant as a length of time.
bool holds_number(std::string_view part)
{
  for (std::size_t i = 0; i < part.size(); ++i) {
    bool word_start = i == 0 || !(part[i - 1] >= 'a' && part[i - 1] <= 'z');
    if ((part[i] >= '0' && part[i] <= '9') || (word_start && read_number_words(part.substr(i)))) {
      return true;
    }
  }
  return false;
}

// Why a plain `jam` of 24 or more may not say what was meant.
std::string jam_warning(long long jam_minutes)
{
  auto working_days = jam_minutes / minutes_per_day_fraction;
  auto exact = jam_minutes % minutes_per_day_fraction == 0;
  auto suggestion = std::string(tr("if days are meant, write them in hari or as \"N x 24 jam\""));
  if (jam_minutes % (24 * 60) == 0) {
    auto count = jam_minutes / (24 * 60);
    suggestion = count == 1
                   ? trf("if {0} day is meant, write \"{0} hari\" or \"{0} x 24 jam\"", count)
                   : trf("if {0} days are meant, write \"{0} hari\" or \"{0} x 24 jam\"", count);
  }
  return exact ? trf("{} counts working hours, {} working days of 7.5 hours; {}",
                     describe(0, jam_minutes),
                     working_days,
                     suggestion)
               : trf("{} counts working hours, more than {} working days of 7.5 hours; {}",
                     describe(0, jam_minutes),
                     working_days,
                     suggestion);
}

} // namespace

std::span<const TimeStandardForm> time_standard_forms()
{
  return time_standard_form_table;
}

ParsedTimeStandard parse_time_standard(std::string_view text)
{
  ParsedTimeStandard result;
  auto fail = [&](std::string_view why) {
    result.error = trf("time standard \"{}\": {}; write it like \"5 menit\", \"2 jam\", "
                       "\"1,5 jam\", \"2 hari\", \"1 minggu\" or leave it blank",
                       text,
                       why);
    return result;
  };
  auto lowered = folded(text);
  if (lowered.find_first_not_of(" \t") == std::string::npos) {
    return result; // blank: no standard
  }
  auto body = trimmed(lowered);
  if (says_no_standard(body)) {
    result.none_in_words = true;
    return result;
  }
  // `H+1 s.d H+2`: a day window counted from the start of the procedure.
  if (auto window = read_day_window(body)) {
    if (!window->standard) {
      return fail(window->why);
    }
    result.has_standard = true;
    result.standard = *window->standard;
    if (window->comment_at != std::string_view::npos) {
      auto comment = body.substr(window->comment_at);
      result.note = trf("the standard is {}{}",
                        describe(result.standard),
                        trf("; \"{}\" after the time is not read",
                            text.substr(comment.data() - lowered.data(), comment.size())));
    }
    return result;
  }
  auto parts = alternatives_in(body);
  if (parts.empty()) {
    return fail(tr("expected a number"));
  }
  // What `part`, from `from` on for `length` characters, says as written.
  auto as_written = [&](std::string_view part, std::size_t from, std::size_t length) {
    auto piece = part.substr(from, length);
    return text.substr(piece.data() - lowered.data(), piece.size());
  };
  // `120 Menit / 3 Hari`: the largest reading is the standard; the parts
  // that cannot be read, and the words around a time that are not read,
  // are named in the note.
  std::optional<Reading> best;
  int readings = 0;
  std::string not_read;
  std::string first_why;
  // A text that opens with a phrase naming no length of time, and holds
  // none, has no standard: `Sesuai jadwal yang telah dibuat`.
  std::optional<NoStandardMeaning> none_meaning;
  bool every_part_says_none = true;
  for (std::size_t n = 0; n < parts.size(); ++n) {
    auto part = parts[n];
    auto reading = read_one_standard(part);
    auto lead = no_standard_lead(part);
    if (!reading.standard && lead) {
      // `Setelah berkas lengkap, paling lama 2 hari`: the time is read.
      if (auto within = reading_within(part)) {
        reading = within->reading;
        not_read += trf("; \"{}\" before the time is not read",
                        without_trailing_punctuation(as_written(part, 0, within->start)));
        part = part.substr(within->start);
      } else {
        none_meaning = none_meaning ? none_meaning : lead;
        continue;
      }
    }
    // `Selama jam kerja / pelayanan kantor`: a part with no number that
    // words the phrase before it another way says no more than that phrase.
    if (!reading.standard && n > 0 && !holds_number(part) && rewords_phrase(parts[n - 1], part)) {
      not_read += trf("; \"{}\" is read as another wording of what comes before it",
                      as_written(part, 0, part.size()));
      continue;
    }
    if (!reading.standard) {
      every_part_says_none = false;
      not_read += trf("; \"{}\" is not read ({})", as_written(part, 0, part.size()), reading.why);
      first_why = first_why.empty() ? reading.why : first_why;
      continue;
    }
    if (reading.comment_at != std::string_view::npos) {
      auto comment = part.substr(reading.comment_at);
      not_read +=
        trf("; \"{}\" after the time is not read",
            without_trailing_punctuation(as_written(part, reading.comment_at, comment.size())));
    }
    ++readings;
    if (!best || rough_size(*reading.standard) > rough_size(*best->standard)) {
      best = reading;
    }
  }
  if (!best && none_meaning && every_part_says_none) {
    result.none_in_words = true;
    result.note = no_standard_note(*none_meaning) + not_read;
    return result;
  }
  if (!best) {
    return fail(first_why);
  }
  result.has_standard = true;
  result.standard = *best->standard;
  if (best->plain_jam_minutes != 0) {
    result.warning = jam_warning(best->plain_jam_minutes);
  }
  if (parts.size() == 1 && !not_read.empty()) {
    result.note = trf("the standard is {}{}", describe(result.standard), not_read);
  } else if (parts.size() > 1) {
    result.note =
      readings == 1
        ? trf("the one reading, {}, is the standard{}", describe(result.standard), not_read)
        : trf("{} readings; the largest, {}, is the standard{}",
              readings,
              describe(result.standard),
              not_read);
  }
  return result;
}

namespace {

// A step's time standard with the SOP's `time_unit` after a bare number.
std::string standard_text(const model::Sop& sop, const model::Step& step)
{
  bool bare = !step.time.empty() && !sop.time_unit.empty() &&
              step.time.find_first_not_of("0123456789,. ") == std::string::npos;
  return bare ? step.time + " " + sop.time_unit : step.time;
}

} // namespace

std::vector<model::Diagnostic> validate_time_standards(const model::Sop& sop,
                                                       model::Diagnostics& diagnostics,
                                                       Unreadable unreadable)
{
  std::vector<model::Diagnostic> warnings;
  // `warning: step 3: ...` or `note: step 3: ...`, as compilers print them.
  enum class Kind
  {
    warning,
    note
  };
  auto warn = [&](const model::Step& step, Kind kind, std::string_view message) {
    warnings.push_back({diagnostics.path(),
                        step.time_where,
                        kind == Kind::warning ? trf("warning: step {}: {}", step.number, message)
                                              : trf("note: step {}: {}", step.number, message)});
  };
  for (const auto& step : sop.steps) {
    auto parsed = parse_time_standard(standard_text(sop, step));
    if (!parsed.error.empty()) {
      if (unreadable == Unreadable::error) {
        diagnostics.add(step.time_where, trf("step {}: {}", step.number, parsed.error));
      } else {
        warn(step, Kind::warning, trf("{}; the step will have no clock", parsed.error));
      }
    }
    if (!parsed.note.empty()) {
      warn(step, Kind::note, trf("time standard \"{}\": {}", step.time, parsed.note));
    }
    if (!parsed.warning.empty()) {
      warn(step, Kind::warning, trf("time standard \"{}\": {}", step.time, parsed.warning));
    }
  }
  return warnings;
}

std::vector<std::optional<TimeStandard>> time_standards_of(const model::Sop& sop)
{
  std::vector<std::optional<TimeStandard>> standards;
  for (const auto& step : sop.steps) {
    auto parsed = parse_time_standard(standard_text(sop, step));
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

std::string describe(const TimeStandard& standard)
{
  if (standard.h_day) {
    return *standard.h_day == 0
             ? std::string("hari H")
             : fmt::format("H+{0} ({0} hari kerja sejak hari H)", *standard.h_day);
  }
  std::string text;
  auto add = [&](long long amount, std::string_view unit) {
    if (amount != 0) {
      text += fmt::format("{}{} {}", text.empty() ? "" : " ", amount, unit);
    }
  };
  add(standard.months, "bulan");
  add(standard.calendar_days, "hari kalender");
  if (standard.days != 0 || standard.minutes != 0 || text.empty()) {
    text += (text.empty() ? "" : " ") + describe(standard.days, standard.minutes);
  }
  return text;
}

} // namespace sopctl::time
