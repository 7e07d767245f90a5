#include <algorithm>
#include <i18n/tr.hpp>
#include <model/text.hpp>
#include <time/calendar.hpp>
#include <view/json_writer.hpp>
#include <view/register_view.hpp>
#include <view/text_table.hpp>

namespace sopctl::view {

namespace {

using lifecycle::State;

constexpr State all_states[] = {State::konsep, State::berlaku, State::digantikan, State::dicabut};

bool is_digit(char c)
{
  return c >= '0' && c <= '9';
}

// The digit run of `text` starting at `at`, without its leading zeros; `at`
// is moved past the run.
std::string_view digit_run(std::string_view text, size_t& at)
{
  size_t start = at;
  while (at < text.size() && is_digit(text[at])) {
    ++at;
  }
  auto run = text.substr(start, at - start);
  while (run.size() > 1 && run.front() == '0') {
    run.remove_prefix(1);
  }
  return run;
}

bool shown(const StateFilter& filter, State state)
{
  return filter.empty() || std::find(filter.begin(), filter.end(), state) != filter.end();
}

// The states shown, in the order of the four.
std::vector<State> states_shown(const StateFilter& filter)
{
  std::vector<State> states;
  for (auto state : all_states) {
    if (shown(filter, state)) {
      states.push_back(state);
    }
  }
  return states;
}

// An ISO date as a cell: a day (an Excel date in xlsx); text that is not
// one stays text, nothing stays nothing.
Cell day_cell(const std::string& iso_date)
{
  if (iso_date.empty()) {
    return {};
  }
  if (auto day = time::parse_day(iso_date)) {
    return Day{*day};
  }
  return iso_date;
}

// The local day of a recorded moment, as a cell.
Cell day_of_moment(const model::Timestamp& moment)
{
  return Day{time::day_of(moment, moment.offset_minutes)};
}

Cell text_or_nothing(const std::string& text)
{
  return text.empty() ? Cell() : Cell(text);
}

// A date as the table shows it: as written (ISO), `-` for none.
std::string table_date(const std::string& iso_date)
{
  return iso_date.empty() ? "-" : iso_date;
}

// The Status column of the table: the state's word (the value --state
// takes), with where a konsep's drafting stands, an open revision of an SOP
// in force, and the day of a revocation.
std::string status_words(const RegisterRow& row)
{
  const auto& entry = *row.entry;
  switch (entry.state) {
    case State::konsep:
      if (row.step > 0) {
        return trf("konsep, step {}/{}", row.step, row.step_count);
      }
      if (row.drafting_ended) {
        return tr("konsep, drafting ended without signing");
      }
      return "konsep";
    case State::berlaku:
      if (!entry.revision_open.empty()) {
        return trf("berlaku, revision {} being drafted", entry.revision_open);
      }
      return "berlaku";
    case State::digantikan:
      return "digantikan";
    case State::dicabut:
      return entry.revoked_at ? trf("DICABUT on {}",
                                    time::format_day(time::day_of(
                                      *entry.revoked_at, entry.revoked_at->offset_minutes)))
                              : std::string("DICABUT");
  }
  return std::string(lifecycle::to_string(entry.state));
}

std::string replaced_by_words(const RegisterRow& row)
{
  const auto& entry = *row.entry;
  if (entry.replaced_by.empty()) {
    return "-";
  }
  return trf("{} (version {})", entry.replaced_by, row.replaced_by_version);
}

} // namespace

bool number_before(std::string_view a, std::string_view b)
{
  if (a.empty() != b.empty()) {
    return b.empty(); // an SOP without a number yet comes after the numbered
  }
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      auto x = digit_run(a, i);
      auto y = digit_run(b, j);
      if (x.size() != y.size()) {
        return x.size() < y.size();
      }
      if (x != y) {
        return x < y;
      }
      continue;
    }
    if (a[i] != b[j]) {
      return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    }
    ++i;
    ++j;
  }
  return a.size() - i < b.size() - j;
}

std::vector<RegisterRow> order_register(std::vector<RegisterRow> rows, const StateFilter& filter)
{
  std::erase_if(rows, [&](const RegisterRow& row) { return !shown(filter, row.entry->state); });
  std::sort(rows.begin(), rows.end(), [](const RegisterRow& a, const RegisterRow& b) {
    return register_before(a.number, *a.entry, b.number, *b.entry);
  });
  return rows;
}

bool register_before(std::string_view number_a,
                     const lifecycle::Entry& a,
                     std::string_view number_b,
                     const lifecycle::Entry& b)
{
  if (number_before(number_a, number_b)) {
    return true;
  }
  if (number_before(number_b, number_a)) {
    return false;
  }
  auto name_a = a.sop ? a.sop->name : std::string();
  auto name_b = b.sop ? b.sop->name : std::string();
  return std::tie(name_a, a.version, a.id) < std::tie(name_b, b.version, b.id);
}

Sheet register_sheet(const std::vector<RegisterRow>& rows)
{
  Sheet sheet{"register",
              {"no",
               "id",
               "number",
               "name",
               "version",
               "created",
               "revised",
               "approved",
               "effective",
               "state",
               "step",
               "step_count",
               "replaced_by",
               "revises",
               "revision_open",
               "revoked_at",
               "revoke_ref",
               "revoke_reason",
               "last_monitoring",
               "last_monitoring_result",
               "next_monitoring",
               "last_evaluation",
               "last_evaluation_result",
               "next_evaluation",
               "file"},
              {}};
  std::int64_t no = 0;
  for (const auto& row : rows) {
    const auto& entry = *row.entry;
    const auto* monitoring = entry.monitorings.empty() ? nullptr : &entry.monitorings.back();
    const auto* evaluation = entry.evaluations.empty() ? nullptr : &entry.evaluations.back();
    bool drafting = entry.state == State::konsep && row.step > 0;
    sheet.rows.push_back({
      Cell(++no),
      Cell(entry.id),
      text_or_nothing(row.number),
      Cell(entry.sop ? entry.sop->name : std::string()),
      Cell(std::int64_t{entry.version}),
      day_cell(entry.created),
      day_cell(entry.revised),
      day_cell(entry.approved),
      day_cell(entry.effective),
      Cell(std::string(lifecycle::to_string(entry.state))),
      drafting ? Cell(std::int64_t{row.step}) : Cell(),
      drafting ? Cell(std::int64_t{row.step_count}) : Cell(),
      text_or_nothing(entry.replaced_by),
      text_or_nothing(entry.revises),
      text_or_nothing(entry.revision_open),
      entry.revoked_at ? Cell(*entry.revoked_at) : Cell(),
      text_or_nothing(entry.revoke_ref),
      text_or_nothing(entry.revoke_reason),
      monitoring ? day_of_moment(monitoring->at) : Cell(),
      monitoring ? Cell(monitoring->result) : Cell(),
      day_cell(entry.next_monitoring),
      evaluation ? day_of_moment(evaluation->at) : Cell(),
      evaluation ? Cell(evaluation->result) : Cell(),
      day_cell(entry.next_evaluation),
      Cell(row.file),
    });
  }
  return sheet;
}

std::string register_json(const std::vector<RegisterRow>& rows, const StateFilter& filter)
{
  JsonWriter json;
  json.begin_object();
  json.key("schema").value("sopctl.register/1");
  json.key("states").begin_array();
  for (auto state : states_shown(filter)) {
    json.value(lifecycle::to_string(state));
  }
  json.end_array();
  json.key("sop_count").value(static_cast<std::int64_t>(rows.size()));
  json.key("sops");
  write_rows_json(json, register_sheet(rows));
  json.end_object();
  return json.str();
}

std::string register_table(const std::vector<RegisterRow>& rows,
                           const StateFilter& filter,
                           const TableStyle& style)
{
  if (rows.empty()) {
    std::string states;
    for (auto state : states_shown(filter)) {
      states += (states.empty() ? "" : ", ") + std::string(lifecycle::to_string(state));
    }
    return trf("no SOP in sops/ is in the state asked for ({})", states) + "\n";
  }
  TextTable table({tr("NO"),
                   tr("ID"),
                   tr("NUMBER"),
                   tr("SOP NAME"),
                   tr("VERSION"),
                   tr("CREATED"),
                   tr("REVISED"),
                   tr("APPROVED"),
                   tr("EFFECTIVE"),
                   tr("STATUS"),
                   tr("REPLACED BY"),
                   tr("NEXT MONITORING")});
  for (size_t column : {3, 9, 10}) {
    table.shortenable(column);
  }
  table.use_colour(style.colour == Colour::yes);
  table.fit(style.width);
  size_t no = 0;
  for (const auto& row : rows) {
    const auto& entry = *row.entry;
    table.add_row({std::to_string(++no),
                   entry.id,
                   row.number.empty() ? "-" : row.number,
                   entry.sop ? model::one_line(entry.sop->name) : "-",
                   std::to_string(entry.version),
                   table_date(entry.created),
                   table_date(entry.revised),
                   table_date(entry.approved),
                   table_date(entry.effective),
                   status_words(row),
                   replaced_by_words(row),
                   table_date(entry.next_monitoring)});
  }
  return table.str();
}

std::string empty_register_line()
{
  return std::string(tr("there is no SOP in sops/ yet; start drafting one with: sopctl start "
                        "TITLE, or bring in one signed on paper with: sopctl adopt FILE")) +
         "\n";
}

} // namespace sopctl::view
