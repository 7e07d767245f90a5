#include <algorithm>
#include <fmt/format.h>
#include <model/event_fields.hpp>
#include <model/text.hpp>
#include <time/time_standard.hpp>
#include <view/json_writer.hpp>
#include <view/status_view.hpp>
#include <view/text_table.hpp>

namespace sopctl::view {

namespace {

using workflow::Phase;

std::string performer_name(const model::Sop& procedure, std::string_view key)
{
  const auto* performer = procedure.find_performer(key);
  return performer ? performer->name : std::string(key);
}

// When the draft's current state began: the active step's start, or the
// moment the draft finished.
model::Timestamp since(const workflow::DraftState& state)
{
  const auto* active = state.active();
  return active ? active->since : state.last_event_at;
}

void write_activation(JsonWriter& json,
                      const workflow::Activation& activation,
                      const report::StepClock* clock)
{
  json.begin_object();
  json.key("step").value(activation.step);
  json.key("round").value(activation.round);
  json.key("since").value(model::format_iso(activation.since));
  if (activation.until) {
    json.key("until").value(model::format_iso(*activation.until));
    json.key("outcome").value(activation.rejected ? "rejected" : "completed");
    if (activation.exit) {
      json.key("exit").value(*activation.exit == model::Exit::ya ? "ya" : "tidak");
    } else {
      json.key("exit").null();
    }
    json.key("by").value(activation.by);
    json.key("role").value(activation.role);
    json.key("note").value(activation.note);
  } else {
    json.key("until").null();
    json.key("outcome").null();
  }
  if (clock) {
    if (clock->due) {
      json.key("due").value(model::format_iso(*clock->due));
    } else {
      json.key("due").null();
    }
    json.key("elapsed_minutes").value(clock->elapsed_seconds / 60);
    if (clock->until) {
      if (clock->due) {
        json.key("met").value(clock->met);
      } else {
        json.key("met").null();
      }
    } else {
      json.key("clock").value(report::to_string(clock->state));
    }
  }
  json.end_object();
}

const report::StepClock* active_clock(const DraftSummary& draft)
{
  if (draft.state.phase == Phase::done || draft.clocks.empty()) {
    return nullptr;
  }
  return &draft.clocks.back();
}

bool is_overdue(const report::StepClock* clock)
{
  return clock && clock->state == report::ClockState::overdue;
}

// The working time all rounds of a step took (so far, for the active one).
struct StepTotals
{
  int rounds = 0;
  int missed = 0; // done rounds that missed their due time
  std::int64_t seconds = 0;
};

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

std::string describe_working(std::int64_t seconds)
{
  return time::describe(0, seconds / 60);
}

void write_active_clock(JsonWriter& json, const report::StepClock* clock)
{
  if (!clock) {
    json.key("due").null();
    json.key("late_minutes").null();
    json.key("clock").null();
    return;
  }
  if (clock->due) {
    json.key("due").value(model::format_iso(*clock->due));
  } else {
    json.key("due").null();
  }
  json.key("late_minutes").value(std::max<std::int64_t>(0, -clock->remaining_seconds / 60));
  json.key("clock").value(report::to_string(clock->state));
}

int times_done(const workflow::DraftState& state, int step)
{
  int count = 0;
  for (const auto& activation : state.activations) {
    count += activation.step == step && activation.until ? 1 : 0;
  }
  return count;
}

} // namespace

std::string status_table(const model::Sop& procedure,
                         const std::vector<DraftSummary>& drafts,
                         Colour colour)
{
  if (drafts.empty()) {
    return "no drafts yet; start one with: sopctl start TITLE\n";
  }
  TextTable table(
    {"ID", "TITLE", "STEP", "ACTIVITY", "PERFORMER", "SINCE", "DUE", "LATE BY", "ROUND", "STATE"});
  table.use_colour(colour == Colour::yes);
  auto total = procedure.steps.size();
  for (const auto& draft : drafts) {
    const auto& state = draft.state;
    const auto* step = procedure.find_step(state.active_step);
    const auto* clock = active_clock(draft);
    table.add_row({draft.id,
                   truncate(draft.title, 32),
                   fmt::format("{}/{}", step ? step->number : total, total),
                   step ? truncate(model::one_line(step->activity), 40) : "-",
                   step ? procedure.names_of(*step) : "-",
                   model::format_short(since(state)),
                   clock && clock->due ? model::format_short(*clock->due) : "-",
                   draft.late_by.empty() ? "-" : draft.late_by,
                   std::to_string(state.round),
                   std::string(workflow::to_string(state.phase))},
                  is_overdue(clock));
  }
  return table.str();
}

std::string status_json(const model::Sop& procedure, const std::vector<DraftSummary>& drafts)
{
  JsonWriter json;
  json.begin_array();
  for (const auto& draft : drafts) {
    const auto& state = draft.state;
    const auto* step = procedure.find_step(state.active_step);
    json.begin_object();
    json.key("id").value(draft.id);
    json.key("title").value(draft.title);
    json.key("state").value(workflow::to_string(state.phase));
    if (step) {
      json.key("step").value(step->number);
      json.key("activity").value(step->activity);
      json.key("role").value(step->performers.front());
      json.key("performer").value(procedure.names_of(*step));
    } else {
      json.key("step").null();
      json.key("activity").null();
      json.key("role").null();
      json.key("performer").null();
    }
    json.key("steps").value(static_cast<int>(procedure.steps.size()));
    json.key("since").value(model::format_iso(since(state)));
    json.key("started").value(model::format_iso(state.started_at));
    json.key("round").value(state.round);
    write_active_clock(json, active_clock(draft));
    json.key("procedure").value(procedure.number);
    json.end_object();
  }
  json.end_array();
  return json.str();
}

std::string draft_table(const model::Sop& procedure, const DraftSummary& draft, Colour colour)
{
  const auto& state = draft.state;
  std::string out = fmt::format(
    "{}: {}\nprocedure {}, round {}, {}\n\n",
    draft.id,
    draft.title,
    procedure.number,
    state.round,
    state.phase == Phase::done
      ? fmt::format("done on {}{}",
                    model::format_short(state.last_event_at),
                    state.ended_at_decision ? fmt::format(", ended at step {}: {}",
                                                          state.ended_at_decision->step,
                                                          state.ended_at_decision->label)
                                            : "")
      : fmt::format("step {}/{} active", state.active_step, procedure.steps.size()));
  TextTable table({"NO", "ACTIVITY", "PERFORMER", "STANDARD", "TOOK", "STATE"});
  table.use_colour(colour == Colour::yes);
  for (const auto& step : procedure.steps) {
    auto totals = step_totals(draft, step.number);
    std::string shown = state.skipped.contains(step.number) ? "skipped" : "pending";
    bool late = false;
    if (step.number == state.active_step) {
      const auto* clock = active_clock(draft);
      shown = fmt::format("active since {}", model::format_short(clock->since));
      if (clock->due) {
        shown += fmt::format(", due {}", model::format_short(*clock->due));
      }
      if (!draft.late_by.empty()) {
        shown += fmt::format(", late by {}", draft.late_by);
      }
      late = is_overdue(clock);
    } else if (const auto* done = state.last_done(step.number)) {
      shown =
        fmt::format("{} by {} {}",
                    done->rejected ? "sent back"
                    : done->exit   ? procedure.find_step(done->step)->decision->label(*done->exit)
                                   : "done",
                    done->by,
                    model::format_short(*done->until));
      if (totals.missed > 0) {
        shown +=
          totals.missed == totals.rounds ? ", late" : fmt::format(", late {}x", totals.missed);
      }
      if (totals.rounds > 1) {
        shown += fmt::format(" ({} rounds)", totals.rounds);
      }
    }
    table.add_row({std::to_string(step.number),
                   truncate(model::one_line(step.activity), 44),
                   procedure.names_of(step),
                   step.time.empty() ? "-" : step.time,
                   totals.rounds == 0 ? "-" : describe_working(totals.seconds),
                   shown},
                  late);
  }
  return out + table.str();
}

std::string draft_json(const model::Sop& procedure, const DraftSummary& draft)
{
  const auto& state = draft.state;
  JsonWriter json;
  json.begin_object();
  json.key("id").value(draft.id);
  json.key("title").value(draft.title);
  json.key("procedure").value(procedure.number);
  json.key("state").value(workflow::to_string(state.phase));
  if (state.phase == Phase::done) {
    json.key("step").null();
    json.key("role").null();
  } else {
    json.key("step").value(state.active_step);
    json.key("role").value(procedure.find_step(state.active_step)->performers.front());
  }
  json.key("since").value(model::format_iso(since(state)));
  json.key("started").value(model::format_iso(state.started_at));
  json.key("round").value(state.round);
  // How it ended: null while in progress; the decision exit that ended it,
  // else its last step.
  if (state.phase != Phase::done) {
    json.key("outcome").null();
  } else {
    json.key("outcome").begin_object();
    if (const auto& ending = state.ended_at_decision) {
      json.key("step").value(ending->step);
      json.key("exit").value(ending->exit == model::Exit::ya ? "ya" : "tidak");
      json.key("label").value(ending->label);
    } else {
      json.key("step").value(procedure.steps.back().number);
      json.key("exit").null();
      json.key("label").value("Selesai");
    }
    json.end_object();
  }
  write_active_clock(json, active_clock(draft));
  json.key("steps").begin_array();
  for (const auto& step : procedure.steps) {
    json.begin_object();
    json.key("step").value(step.number);
    json.key("activity").value(step.activity);
    json.key("role").value(step.performers.front());
    json.key("roles").begin_array();
    for (const auto& key : step.performers) {
      json.value(key);
    }
    json.end_array();
    json.key("performer").value(procedure.names_of(step));
    const auto* done = state.last_done(step.number);
    bool active = step.number == state.active_step;
    bool skipped = state.skipped.contains(step.number);
    json.key("state").value(active           ? "active"
                            : skipped        ? "skipped"
                            : !done          ? "pending"
                            : done->rejected ? "sent_back"
                                             : "done");
    json.key("times_done").value(times_done(state, step.number));
    json.key("standard").value(step.time);
    json.key("total_minutes").value(step_totals(draft, step.number).seconds / 60);
    if (done) {
      json.key("done_by").value(done->by);
      json.key("done_at").value(model::format_iso(*done->until));
    } else {
      json.key("done_by").null();
      json.key("done_at").null();
    }
    if (active) {
      json.key("active_since").value(model::format_iso(state.active()->since));
    } else {
      json.key("active_since").null();
    }
    json.end_object();
  }
  json.end_array();
  json.key("activations").begin_array();
  for (size_t i = 0; i < state.activations.size(); ++i) {
    write_activation(
      json, state.activations[i], i < draft.clocks.size() ? &draft.clocks[i] : nullptr);
  }
  json.end_array();
  json.end_object();
  return json.str();
}

namespace {

// The event's kind, with the decision's word for an exit other than Ya:
// `completed (Tidak lengkap)`, `rejected (Tidak)`.
std::string event_word(const model::Sop& procedure, const model::Event& event)
{
  std::string word(to_string(event.kind));
  const auto* step = procedure.find_step(event.step);
  bool tidak = event.kind == model::EventKind::rejected || !event.exit.empty();
  if (tidak && step && step->decision) {
    word += " (" + step->decision->label(model::Exit::tidak) + ")";
  }
  return word;
}

// Who did it, or for a performer outside the office (the applicant), the
// person of the office who recorded it: `recorded by Rina for pemohon`.
std::string recorded_by(const model::Sop& procedure, const model::Event& event)
{
  const auto* performer = procedure.find_performer(event.role);
  if (performer && performer->external) {
    return fmt::format("recorded by {} for {}", event.by, event.role);
  }
  return event.by;
}

// When the event was written, for the log, when that is another minute
// than it is dated; "" otherwise (and for events written before sopctl
// kept it).
std::string recorded_when(const model::Event& event)
{
  if (model::is_default(event.recorded) ||
      model::format_short(event.recorded) == model::format_short(event.at)) {
    return {};
  }
  return model::format_short(event.recorded);
}

} // namespace

std::string log_table(const model::Sop& procedure, const std::vector<model::Event>& events)
{
  // A RECORDED column only when an event was written at another minute than
  // it is dated (history entered from paper, a late entry).
  bool any_recorded = std::any_of(
    events.begin(), events.end(), [](const auto& event) { return !recorded_when(event).empty(); });
  std::vector<std::string> header = {"AT", "EVENT", "STEP", "ROLE", "BY", "NOTE"};
  if (any_recorded) {
    header.insert(header.begin() + 1, "RECORDED");
  }
  TextTable table(header);
  for (const auto& event : events) {
    bool started = event.kind == model::EventKind::started;
    std::vector<std::string> row = {model::format_short(event.at),
                                    event_word(procedure, event),
                                    started ? "-" : std::to_string(event.step),
                                    started ? "-" : performer_name(procedure, event.role),
                                    recorded_by(procedure, event),
                                    model::one_line(event.note)};
    if (any_recorded) {
      row.insert(row.begin() + 1, recorded_when(event));
    }
    table.add_row(row);
  }
  return table.str();
}

std::string log_json(const std::vector<model::Event>& events)
{
  JsonWriter json;
  json.begin_array();
  for (const auto& event : events) {
    json.begin_object();
    json.key("event").value(to_string(event.kind));
    if (event.kind == model::EventKind::started) {
      json.key("step").null();
      json.key("role").null();
    } else {
      json.key("step").value(event.step);
      json.key("role").value(event.role);
    }
    json.key("by").value(event.by);
    json.key("at").value(model::format_iso(event.at));
    if (model::is_default(event.recorded)) {
      json.key("recorded").null(); // written before sopctl kept it
    } else {
      json.key("recorded").value(model::format_iso(event.recorded));
    }
    if (event.exit.empty()) {
      json.key("exit").null();
    } else {
      json.key("exit").value(event.exit);
    }
    json.key("note").value(event.note);
    json.key("set").begin_object();
    for (const auto& [key, value] : event.set) {
      json.key(key).value(value);
    }
    json.end_object();
    json.key("hash").value(event.hash);
    json.end_object();
  }
  json.end_array();
  return json.str();
}

} // namespace sopctl::view
