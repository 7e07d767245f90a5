#include <algorithm>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/event_fields.hpp>
#include <workflow/replay.hpp>
#include <workflow/voids.hpp>

namespace sopctl::workflow {

const Activation* DraftState::active() const
{
  if (phase == Phase::done || activations.empty()) {
    return nullptr;
  }
  return &activations.back();
}

const Activation* DraftState::last_done(int step) const
{
  for (auto it = activations.rbegin(); it != activations.rend(); ++it) {
    if (it->step == step && it->until) {
      return &*it;
    }
  }
  return nullptr;
}

std::string_view to_string(Phase phase)
{
  return phase == Phase::done ? "done" : "in_progress";
}

int exit_target(const model::Step& step, model::Exit exit)
{
  int target = step.decision->target(exit);
  return target == model::procedure_end ? 0 : target;
}

int next_step(const model::Sop& procedure, const model::Step& step)
{
  if (step.decision) {
    return exit_target(step, model::Exit::ya);
  }
  int after = procedure.after(step);
  return after == model::procedure_end ? 0 : after;
}

bool goes_back(const model::Step& step, int target)
{
  return target != 0 && target <= step.number;
}

model::Exit exit_of(const model::Event& event)
{
  return event.kind == model::EventKind::rejected || event.exit == "tidak" ? model::Exit::tidak
                                                                           : model::Exit::ya;
}

void express_in_zone(DraftState& state, int offset_minutes)
{
  auto shift = [offset_minutes](model::Timestamp& moment) {
    moment = model::at_offset(moment.utc_seconds, offset_minutes);
  };
  shift(state.started_at);
  shift(state.last_event_at);
  for (auto& activation : state.activations) {
    shift(activation.since);
    if (activation.until) {
      shift(*activation.until);
    }
  }
}

std::vector<model::Event> events_in_zone(std::vector<model::Event> events, int offset_minutes)
{
  for (auto& event : events) {
    event.at = model::at_offset(event.at.utc_seconds, offset_minutes);
    if (!model::is_default(event.recorded)) {
      event.recorded = model::at_offset(event.recorded.utc_seconds, offset_minutes);
    }
  }
  return events;
}

namespace {

Activation opened(int step, int round, model::Timestamp since, model::Timestamp started)
{
  Activation activation;
  activation.step = step;
  activation.round = round;
  activation.since = since;
  activation.started = started;
  return activation;
}

// Why the lifecycle event `event` cannot come next in a draft's `state`, or
// "" when it can: the life of an SOP in force begins when its drafting is
// done, and ends when it is revoked.
std::string lifecycle_misfit(const DraftState& state, const model::Event& event)
{
  if (event.kind == model::EventKind::adopted) {
    return tr("an \"adopted\" event begins the record of an SOP signed on paper; a draft's "
              "record does not hold one");
  }
  if (state.phase != Phase::done) {
    return trf("this \"{}\" event comes while the draft is still being drafted (step {} is "
               "active); an SOP is monitored, evaluated or revoked once it is signed",
               model::to_string(event.kind),
               state.active_step);
  }
  if (state.revoked) {
    return trf("this \"{}\" event comes after the SOP was revoked; only notes may follow a "
               "\"revoked\" event",
               model::to_string(event.kind));
  }
  return {};
}

// Why `event` cannot come next in `state`, or an empty string when it can.
std::string misfit(const model::Sop& procedure, const DraftState& state, const model::Event& event)
{
  using model::EventKind;
  if (event.kind == EventKind::started) {
    return tr("the draft is started only once; remove this second \"started\" "
              "event");
  }
  if (event.at < state.last_event_at) {
    return trf("this event ({}) is earlier than the one before it "
               "({}); events are kept in time order",
               model::format_iso(event.at),
               model::format_iso(state.last_event_at));
  }
  if (model::is_lifecycle(event.kind)) {
    return lifecycle_misfit(state, event);
  }
  if (state.revoked) {
    if (event.kind == EventKind::noted) {
      return {};
    }
    return tr("this event comes after the SOP was revoked; only notes may follow a "
              "\"revoked\" event");
  }
  if (event.kind == EventKind::noted) {
    // A note may be made at any step, by anyone, even after the end.
    if (!procedure.find_step(event.step)) {
      return trf("this note is made at step {}, which the procedure does not have", event.step);
    }
    if (!event.role.empty() && !procedure.find_performer(event.role)) {
      return trf("this note names role \"{}\", which the procedure does not have", event.role);
    }
    return {};
  }
  if (state.phase == Phase::done) {
    return tr("this event comes after the draft was finished");
  }
  const auto* step = procedure.find_step(state.active_step);
  if (event.step != state.active_step) {
    return trf("this event records step {}, but step {} is the "
               "active one at this point",
               event.step,
               state.active_step);
  }
  if (!step->performed_by(event.role)) {
    return trf("this event records role \"{}\" for step {}, which "
               "is performed by \"{}\"",
               event.role,
               step->number,
               step->performer_list());
  }
  if (event.kind == EventKind::rejected && !step->decision) {
    return trf("step {} is not a decision, so it cannot be rejected", step->number);
  }
  if (!event.exit.empty() && !step->decision) {
    return trf("step {} is not a decision, so it has no Tidak exit", step->number);
  }
  if (!event.exit.empty() && goes_back(*step, exit_target(*step, model::Exit::tidak))) {
    return trf("step {}'s Tidak exit goes back to step {}: that is recorded as a "
               "\"rejected\" event, not \"exit: tidak\"",
               step->number,
               exit_target(*step, model::Exit::tidak));
  }
  if (event.kind == EventKind::rejected && event.note.empty()) {
    return tr("a rejected event needs a note giving the reason");
  }
  return {};
}

// An act not yet cancelled, with the state just before it: what a void of
// it puts back.
struct Undo
{
  size_t index = 0;
  DraftState before;
};

// Why the void `events[index]` cannot come next, or "" when it can; sets
// `target` to the position of the act it cancels.
std::string void_misfit(const std::vector<model::Event>& events,
                        size_t index,
                        const DraftState& state,
                        const std::vector<Undo>& undo,
                        size_t& target)
{
  const auto& event = events[index];
  if (event.at < state.last_event_at) {
    return trf("this event ({}) is earlier than the one before it "
               "({}); events are kept in time order",
               model::format_iso(event.at),
               model::format_iso(state.last_event_at));
  }
  std::optional<size_t> named;
  for (size_t j = index; j-- > 0;) {
    if (!events[j].hash.empty() && events[j].hash == event.voids) {
      named = j;
      break;
    }
  }
  if (!named) {
    return trf("this void names event {}, which is not an earlier event of this draft",
               event.voids);
  }
  const auto& cancelled = events[*named];
  if (cancelled.kind == model::EventKind::voided) {
    return trf("this void names another void (line {}); a void is not voided: record "
               "the act it cancelled again instead",
               cancelled.where.line);
  }
  if (cancelled.kind == model::EventKind::started) {
    return trf("this void names the draft's start (line {}); a start is not voided",
               cancelled.where.line);
  }
  for (size_t j = *named + 1; j < index; ++j) {
    if (model::is_lifecycle(events[j].kind)) {
      return trf("this void names the event at line {}, but the SOP has been {} since (line "
                 "{}): the life of an SOP in force is not undone by a void",
                 cancelled.where.line,
                 model::to_string(events[j].kind),
                 events[j].where.line);
    }
  }
  if (state.cancelled.contains(*named)) {
    return trf("this void names the event at line {}, which is already voided",
               cancelled.where.line);
  }
  // Every act not cancelled is on `undo`, `named` among them.
  if (!undo.empty() && undo.back().index != *named) {
    return trf("this void names the event at line {}, but a later act (line {}) is "
               "not voided: voids cancel the last act first",
               cancelled.where.line,
               events[undo.back().index].where.line);
  }
  if (event.step != cancelled.step || event.role != cancelled.role) {
    return trf("this void records step {} as \"{}\", but the event it cancels (line "
               "{}) is step {} as \"{}\"",
               event.step,
               event.role,
               cancelled.where.line,
               cancelled.step,
               cancelled.role);
  }
  target = *named;
  return {};
}

} // namespace

std::optional<DraftState> replay(const model::Sop& procedure,
                                 const std::vector<model::Event>& events,
                                 model::Diagnostics& diagnostics)
{
  DraftState state;
  if (events.empty() || procedure.steps.empty()) {
    diagnostics.add({}, tr("the draft has no \"started\" event"));
    return std::nullopt;
  }
  const auto& first = events.front();
  if (first.kind != model::EventKind::started) {
    diagnostics.add(first.where, tr("the first event of a draft must be \"started\""));
    return std::nullopt;
  }
  state.started_at = state.last_event_at = first.at;
  state.active_step = procedure.steps.front().number;
  state.activations.push_back(opened(state.active_step, 1, first.at, first.at));

  // Only a draft with a void keeps the state before each act.
  bool any_void = std::any_of(events.begin(), events.end(), [](const auto& event) {
    return event.kind == model::EventKind::voided;
  });
  std::vector<Undo> undo;
  for (size_t i = 1; i < events.size(); ++i) {
    const auto& event = events[i];
    if (event.kind == model::EventKind::voided) {
      size_t target = 0;
      if (auto problem = void_misfit(events, i, state, undo, target); !problem.empty()) {
        diagnostics.add(event.where, problem);
        return std::nullopt;
      }
      auto cancelled = std::move(state.cancelled);
      cancelled.insert(target);
      state = std::move(undo.back().before);
      undo.pop_back();
      state.cancelled = std::move(cancelled);
      state.last_event_at = event.at;
      continue;
    }
    if (auto problem = misfit(procedure, state, event); !problem.empty()) {
      diagnostics.add(event.where, problem);
      return std::nullopt;
    }
    if (model::is_lifecycle(event.kind)) {
      state.last_event_at = event.at;
      state.revoked = state.revoked || event.kind == model::EventKind::revoked;
      continue; // the drafting state does not change
    }
    if (any_void) {
      undo.push_back({i, state});
    }
    state.last_event_at = event.at;
    if (event.kind == model::EventKind::noted) {
      continue; // no change of state
    }
    const auto* step = procedure.find_step(state.active_step);
    auto& closing = state.activations.back();
    closing.until = event.at;
    closing.by = event.by;
    closing.role = event.role;
    closing.note = event.note;
    closing.where = event.where;
    closing.set = event.set;
    state.last_event_at = event.at;

    int next = next_step(procedure, *step);
    if (step->decision) {
      auto exit = exit_of(event);
      closing.exit = exit;
      next = exit_target(*step, exit);
      if (next == 0 && step->decision->target(exit) == model::procedure_end) {
        state.ended_at_decision = Ending{step->number, exit, step->decision->label(exit)};
      }
    }
    if (goes_back(*step, next)) {
      closing.rejected = true; // sent back: a new round
      ++state.round;
      std::erase_if(state.skipped, [next](int skipped) { return skipped >= next; });
    } else {
      // A branch forward (or the end) passes over the steps in between.
      int until = next == 0 ? procedure.steps.back().number + 1 : next;
      for (int passed = step->number + 1; passed < until; ++passed) {
        state.skipped.insert(passed);
      }
    }
    if (next == 0) {
      state.phase = Phase::done;
      state.active_step = 0;
      state.finished_at = step->number;
    } else {
      state.active_step = next;
      state.skipped.erase(next);
      state.activations.push_back(opened(next, state.round, event.at, state.started_at));
    }
  }
  return state;
}

} // namespace sopctl::workflow
