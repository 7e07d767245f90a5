#include <algorithm>
#include <chrono>
#include <fmt/format.h>
#include <lifecycle/lifecycle.hpp>
#include <model/sop_date.hpp>
#include <model/timestamp.hpp>

namespace sopctl::lifecycle {

namespace {

constexpr State all_states[] = {State::konsep, State::berlaku, State::digantikan, State::dicabut};

// The local day of `moment`, in the offset it is written with.
std::string day_of(const model::Timestamp& moment)
{
  return model::format_iso(moment).substr(0, 10);
}

Assessment assessment_of(const model::Event& event)
{
  Assessment assessment;
  assessment.at = event.at;
  assessment.by = event.by;
  assessment.role = event.role;
  assessment.result = event.result;
  assessment.note = event.note;
  assessment.action = event.action;
  if (event.kind == model::EventKind::evaluated) {
    assessment.criteria = event.set;
  }
  return assessment;
}

// The closed, not rejected activation of the signing step: the signing.
const workflow::Activation* signing_of(const workflow::DraftState& state, int signing_step)
{
  if (signing_step == 0) {
    return state.phase == workflow::Phase::done && !state.ended_at_decision
             ? (state.activations.empty() ? nullptr : &state.activations.back())
             : nullptr;
  }
  for (auto it = state.activations.rbegin(); it != state.activations.rend(); ++it) {
    if (it->step == signing_step && it->until && !it->rejected &&
        !(it->exit && *it->exit == model::Exit::tidak)) {
      return &*it;
    }
  }
  return nullptr;
}

// The latest activation of `step`, closed or not; null when never reached.
const workflow::Activation* latest_of(const workflow::DraftState& state, int step)
{
  for (auto it = state.activations.rbegin(); it != state.activations.rend(); ++it) {
    if (it->step == step) {
      return &*it;
    }
  }
  return nullptr;
}

// The state, dates and events of one file, before revision links are known.
Entry entry_of(const Input& file)
{
  Entry entry;
  entry.id = file.id;
  entry.sop = file.sop;
  const auto& sop = *file.sop;
  entry.version = sop.version;
  entry.created = sop.dates.created;
  entry.revised = sop.dates.revised;
  entry.approved = sop.dates.approved;
  entry.effective = sop.dates.effective;
  bool signed_sop = false;
  if (sop.is_draft()) {
    const auto& first = sop.drafting->events.front();
    entry.revises = first.revises;
    entry.revise_reason = first.revises.empty() ? "" : first.note;
    if (file.drafting) {
      const auto* to_sign = latest_of(*file.drafting, file.signing_step);
      entry.created = to_sign ? day_of(to_sign->since) : sop.dates.created;
      if (const auto* signing = signing_of(*file.drafting, file.signing_step)) {
        signed_sop = true;
        entry.approved = day_of(*signing->until);
        if (!entry.revises.empty()) {
          entry.revised = entry.approved;
        }
      } else {
        entry.approved.clear();
        entry.effective.clear();
      }
    }
  } else {
    // Signed on paper: some SOPs print only their Tgl Efektif.
    signed_sop = !sop.dates.approved.empty() || !sop.dates.effective.empty();
  }
  if (entry.effective.empty() && signed_sop) {
    entry.effective = entry.approved;
  }
  entry.state = signed_sop ? State::berlaku : State::konsep;
  if (sop.drafting) {
    for (const auto& event : sop.drafting->events) {
      switch (event.kind) {
        case model::EventKind::monitored:
          entry.monitorings.push_back(assessment_of(event));
          break;
        case model::EventKind::evaluated:
          entry.evaluations.push_back(assessment_of(event));
          break;
        case model::EventKind::revoked:
          entry.revoked_at = event.at;
          entry.revoked_by = event.by;
          entry.revoke_reason = event.note;
          entry.revoke_ref = event.ref;
          break;
        default:
          break;
      }
    }
  }
  return entry;
}

// The date `months` after the last assessment (else the effective date; one
// printed as a month or a year counts from its first day).
std::string next_due(const Entry& entry, const std::vector<Assessment>& done, int months)
{
  std::string from = done.empty() ? model::first_day(entry.effective) : day_of(done.back().at);
  return add_months(from, months).value_or("");
}

} // namespace

std::string_view to_string(State state)
{
  switch (state) {
    case State::konsep:
      return "konsep";
    case State::berlaku:
      return "berlaku";
    case State::digantikan:
      return "digantikan";
    case State::dicabut:
      return "dicabut";
  }
  return "?";
}

std::optional<State> parse_state(std::string_view text)
{
  for (auto state : all_states) {
    if (to_string(state) == text) {
      return state;
    }
  }
  return std::nullopt;
}

std::vector<Entry> derive(const std::vector<Input>& files, const Schedule& schedule)
{
  std::vector<Entry> entries;
  entries.reserve(files.size());
  for (const auto& file : files) {
    entries.push_back(entry_of(file));
  }
  // A revision supersedes the SOP it revises once it is signed (whatever
  // became of it since); while it is drafted it is the revision open.
  for (const auto& revision : entries) {
    if (revision.revises.empty()) {
      continue;
    }
    for (auto& revised : entries) {
      if (revised.id != revision.revises) {
        continue;
      }
      if (revision.state == State::konsep) {
        revised.revision_open = revision.id;
      } else {
        revised.replaced_by = revision.id;
      }
    }
  }
  for (auto& entry : entries) {
    if (entry.state == State::konsep) {
      continue;
    }
    if (entry.revoked_at) {
      entry.state = State::dicabut;
    } else if (!entry.replaced_by.empty()) {
      entry.state = State::digantikan;
    } else {
      entry.next_monitoring = next_due(entry, entry.monitorings, schedule.monitoring_months);
      entry.next_evaluation = next_due(entry, entry.evaluations, schedule.evaluation_months);
    }
  }
  return entries;
}

const Entry* find_entry(const std::vector<Entry>& entries, std::string_view id)
{
  auto found =
    std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.id == id; });
  return found == entries.end() ? nullptr : &*found;
}

std::optional<std::string> add_months(std::string_view iso_date, int months)
{
  if (!model::is_iso_date(iso_date)) {
    return std::nullopt;
  }
  using namespace std::chrono;
  int y = std::stoi(std::string(iso_date.substr(0, 4)));
  unsigned m = static_cast<unsigned>(std::stoi(std::string(iso_date.substr(5, 2))));
  unsigned d = static_cast<unsigned>(std::stoi(std::string(iso_date.substr(8, 2))));
  year_month ym = year{y} / month{m} + std::chrono::months{months};
  auto last = year_month_day_last{ym.year(), month_day_last{ym.month()}}.day();
  auto day_of_month = std::min(day{d}, last);
  year_month_day result{ym.year(), ym.month(), day_of_month};
  return fmt::format("{:04}-{:02}-{:02}",
                     static_cast<int>(result.year()),
                     static_cast<unsigned>(result.month()),
                     static_cast<unsigned>(result.day()));
}

} // namespace sopctl::lifecycle
