#include <algorithm>
#include <view/json_writer.hpp>
#include <view/status_records.hpp>

namespace sopctl::view {

namespace {

using workflow::Phase;

Cell optional_moment(const std::optional<model::Timestamp>& moment)
{
  return moment ? Cell(*moment) : Cell();
}

Cell number(std::int64_t value)
{
  return Cell(value);
}

Cell text(std::string_view value)
{
  return Cell(std::string(value));
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

Sheet status_sheet(const model::Sop& procedure, const std::vector<DraftSummary>& drafts)
{
  Sheet sheet{"status",
              {"id",
               "title",
               "state",
               "step",
               "activity",
               "role",
               "performer",
               "step_count",
               "since",
               "started",
               "round",
               "due",
               "late_minutes",
               "clock",
               "procedure"},
              {}};
  for (const auto& draft : drafts) {
    const auto& state = draft.state;
    const auto* step = procedure.find_step(state.active_step);
    const auto* clock = active_clock(draft);
    std::vector<Cell> row = {
      text(draft.id), text(draft.title), text(workflow::to_string(state.phase))};
    if (step) {
      row.insert(row.end(),
                 {number(step->number),
                  text(step->activity),
                  text(step->performers.front()),
                  text(procedure.names_of(*step))});
    } else {
      row.insert(row.end(), {Cell(), Cell(), Cell(), Cell()});
    }
    row.insert(row.end(),
               {number(static_cast<std::int64_t>(procedure.steps.size())),
                Cell(since(state)),
                Cell(state.started_at),
                number(state.round)});
    if (clock) {
      row.insert(row.end(),
                 {optional_moment(clock->due),
                  number(std::max<std::int64_t>(0, -clock->remaining_seconds / 60)),
                  text(report::to_string(clock->state))});
    } else {
      row.insert(row.end(), {Cell(), Cell(), Cell()});
    }
    row.push_back(text(procedure.number));
    sheet.rows.push_back(std::move(row));
  }
  return sheet;
}

std::string status_json(const model::Sop& procedure,
                        const std::vector<DraftSummary>& drafts,
                        model::Timestamp now)
{
  JsonWriter json;
  json.begin_object();
  json.key("schema").value("sopctl.status/1");
  json.key("as_of").value(model::format_iso(now));
  json.key("drafts");
  write_rows_json(json, status_sheet(procedure, drafts));
  json.end_object();
  return json.str();
}

Sheet draft_sheet(const model::Sop& procedure, const DraftSummary& draft)
{
  const auto& state = draft.state;
  Sheet sheet{"steps",
              {"draft",
               "step",
               "activity",
               "role",
               "performer",
               "state",
               "times_done",
               "standard",
               "total_minutes",
               "done_by",
               "done_at",
               "active_since"},
              {}};
  for (const auto& step : procedure.steps) {
    const auto* done = state.last_done(step.number);
    bool active = step.number == state.active_step;
    sheet.rows.push_back({text(draft.id),
                          number(step.number),
                          text(step.activity),
                          text(step.performer_list()),
                          text(procedure.names_of(step)),
                          text(step_state(state, step.number)),
                          number(times_done(state, step.number)),
                          text(step.time),
                          number(step_totals(draft, step.number).seconds / 60),
                          done ? text(done->by) : Cell(),
                          done ? Cell(*done->until) : Cell(),
                          active ? Cell(state.active()->since) : Cell()});
  }
  return sheet;
}

std::string draft_json(const model::Sop& procedure, const DraftSummary& draft)
{
  const auto& state = draft.state;
  JsonWriter json;
  json.begin_object();
  json.key("schema").value("sopctl.draft/1");
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
      // The last step, or the step whose `next: end` finished the draft.
      json.key("step").value(state.finished_at);
      json.key("exit").null();
      json.key("label").value("Selesai");
    }
    json.end_object();
  }
  write_active_clock(json, active_clock(draft));
  json.key("step_count").value(static_cast<std::int64_t>(procedure.steps.size()));
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
    json.key("state").value(step_state(state, step.number));
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

} // namespace sopctl::view
