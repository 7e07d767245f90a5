#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/text.hpp>
#include <time/time_standard.hpp>
#include <view/status_view.hpp>
#include <view/text_table.hpp>

namespace sopctl::view {

namespace {

using workflow::Phase;

bool is_overdue(const report::StepClock* clock)
{
  return clock && clock->state == report::ClockState::overdue;
}

std::string describe_working(std::int64_t seconds)
{
  return time::describe(0, seconds / 60);
}

// A draft's phase as a table shows it.
std::string phase_word(Phase phase)
{
  return phase == Phase::done ? tr("done") : tr("in progress");
}

// The draft table's header line: what the draft is and where it stands.
std::string draft_heading(const model::Sop& procedure, const DraftSummary& draft)
{
  const auto& state = draft.state;
  std::string where;
  if (state.phase != Phase::done) {
    where = trf("step {}/{} active", state.active_step, procedure.steps.size());
  } else if (const auto& ending = state.ended_at_decision) {
    where = trf("done on {}, ended at step {}: {}",
                model::format_short(state.last_event_at),
                ending->step,
                ending->label);
  } else if (state.finished_at != procedure.steps.back().number) {
    // A step's `next: end` finished it before the last step.
    where = trf("done on {}, finished after step {}",
                model::format_short(state.last_event_at),
                state.finished_at);
  } else {
    where = trf("done on {}", model::format_short(state.last_event_at));
  }
  return fmt::format("{}: {}\n{}\n\n",
                     draft.id,
                     draft.title,
                     trf("procedure {}, round {}, {}", procedure.number, state.round, where));
}

// The active step's state: since when, due when, how late.
std::string active_words(const DraftSummary& draft)
{
  const auto* clock = active_clock(draft);
  auto since = model::format_short(clock->since);
  if (!clock->due) {
    return trf("active since {}", since);
  }
  auto due = model::format_short(*clock->due);
  if (draft.late_by.empty()) {
    return trf("active since {}, due {}", since, due);
  }
  return trf("active since {}, due {}, late by {}", since, due, draft.late_by);
}

// A closed step's state: how it was closed, by whom, when, and how its
// rounds kept their standard.
std::string closed_words(const model::Sop& procedure,
                         const workflow::Activation& done,
                         const StepTotals& totals)
{
  auto when = model::format_short(*done.until);
  std::string words;
  if (done.rejected) {
    words = trf("sent back by {} {}", done.by, when);
  } else if (done.exit) {
    words = trf(
      "{} by {} {}", procedure.find_step(done.step)->decision->label(*done.exit), done.by, when);
  } else {
    words = trf("done by {} {}", done.by, when);
  }
  if (totals.missed > 0 && totals.missed == totals.rounds) {
    words = trf("{}, late", words);
  } else if (totals.missed > 0) {
    words = trf("{}, late {}x", words, totals.missed);
  }
  if (totals.rounds > 1) {
    words = trf("{} ({} rounds)", words, totals.rounds);
  }
  return words;
}

} // namespace

model::Timestamp since(const workflow::DraftState& state)
{
  const auto* active = state.active();
  return active ? active->since : state.last_event_at;
}

const report::StepClock* active_clock(const DraftSummary& draft)
{
  if (draft.state.phase == Phase::done || draft.clocks.empty()) {
    return nullptr;
  }
  return &draft.clocks.back();
}

StepTotals step_totals(const DraftSummary& draft, int step)
{
  StepTotals totals;
  for (const auto& clock : draft.clocks) {
    if (clock.step == step) {
      ++totals.rounds;
      totals.seconds += clock.elapsed_seconds;
      totals.missed += clock.until && !clock.met ? 1 : 0;
    }
  }
  return totals;
}

std::string_view step_state(const workflow::DraftState& state, int step)
{
  const auto* done = state.last_done(step);
  return step == state.active_step      ? "active"
         : state.skipped.contains(step) ? "skipped"
         : !done                        ? "pending"
         : done->rejected               ? "sent_back"
                                        : "done";
}

std::string status_table(const model::Sop& procedure,
                         const std::vector<DraftSummary>& drafts,
                         const TableStyle& style)
{
  if (drafts.empty()) {
    return std::string(tr("no drafts yet; start one with: sopctl start TITLE")) + "\n";
  }
  TextTable table({tr("ID"),
                   tr("TITLE"),
                   tr("STEP"),
                   tr("ACTIVITY"),
                   tr("PERFORMER"),
                   tr("SINCE"),
                   tr("DUE"),
                   tr("LATE BY"),
                   tr("ROUND"),
                   tr("STATE")});
  for (size_t column : {1, 3, 4}) {
    table.shortenable(column);
  }
  table.use_colour(style.colour == Colour::yes);
  table.fit(style.width);
  auto total = procedure.steps.size();
  for (const auto& draft : drafts) {
    const auto& state = draft.state;
    const auto* step = procedure.find_step(state.active_step);
    const auto* clock = active_clock(draft);
    table.add_row({draft.id,
                   draft.title,
                   fmt::format("{}/{}", step ? step->number : total, total),
                   step ? model::one_line(step->activity) : "-",
                   step ? procedure.names_of(*step) : "-",
                   model::format_short(since(state)),
                   clock && clock->due ? model::format_short(*clock->due) : "-",
                   draft.late_by.empty() ? "-" : draft.late_by,
                   std::to_string(state.round),
                   phase_word(state.phase)},
                  is_overdue(clock));
  }
  return table.str();
}

std::string draft_table(const model::Sop& procedure,
                        const DraftSummary& draft,
                        const TableStyle& style)
{
  const auto& state = draft.state;
  TextTable table(
    {tr("NO"), tr("ACTIVITY"), tr("PERFORMER"), tr("STANDARD"), tr("TOOK"), tr("STATE")});
  table.shortenable(1);
  table.shortenable(2);
  table.use_colour(style.colour == Colour::yes);
  table.fit(style.width);
  for (const auto& step : procedure.steps) {
    auto totals = step_totals(draft, step.number);
    std::string shown = state.skipped.contains(step.number) ? tr("skipped") : tr("pending");
    bool late = false;
    if (step.number == state.active_step) {
      shown = active_words(draft);
      late = is_overdue(active_clock(draft));
    } else if (const auto* done = state.last_done(step.number)) {
      shown = closed_words(procedure, *done, totals);
    }
    table.add_row({std::to_string(step.number),
                   model::one_line(step.activity),
                   procedure.names_of(step),
                   step.time.empty() ? "-" : step.time,
                   totals.rounds == 0 ? "-" : describe_working(totals.seconds),
                   shown},
                  late);
  }
  return draft_heading(procedure, draft) + table.str();
}

} // namespace sopctl::view
