#include <algorithm>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/event_fields.hpp>
#include <model/text.hpp>
#include <view/json_writer.hpp>
#include <view/log_view.hpp>
#include <view/text_table.hpp>

namespace sopctl::view {

namespace {

std::string performer_name(const model::Sop& procedure, std::string_view key)
{
  const auto* performer = procedure.find_performer(key);
  return performer ? performer->name : std::string(key);
}

// The event's kind in the user's language.
std::string kind_word(model::EventKind kind)
{
  switch (kind) {
    case model::EventKind::started:
      return tr("started");
    case model::EventKind::completed:
      return tr("completed");
    case model::EventKind::rejected:
      return tr("rejected");
    case model::EventKind::noted:
      return tr("noted");
    case model::EventKind::voided:
      return tr("voided");
    case model::EventKind::adopted:
      return tr("adopted");
    case model::EventKind::monitored:
      return tr("monitored");
    case model::EventKind::evaluated:
      return tr("evaluated");
    case model::EventKind::revoked:
      return tr("revoked");
  }
  return std::string(to_string(kind)); // a kind this table has no word for yet
}

// The event's kind, with the decision's word for an exit other than Ya:
// `completed (Tidak lengkap)`, `rejected (Tidak)`.
std::string event_word(const model::Sop& procedure, const model::Event& event)
{
  auto word = kind_word(event.kind);
  const auto* step = procedure.find_step(event.step);
  bool tidak = event.kind == model::EventKind::rejected || !event.exit.empty();
  if (tidak && step && step->decision) {
    return fmt::format("{} ({})", word, step->decision->label(model::Exit::tidak));
  }
  return word;
}

// Who did it, or for a performer outside the office (the applicant), the
// person of the office who recorded it: `recorded by Rina for pemohon`.
std::string recorded_by(const model::Sop& procedure, const model::Event& event)
{
  const auto* performer = procedure.find_performer(event.role);
  if (performer && performer->external) {
    return trf("recorded by {} for {}", event.by, event.role);
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

// The note column: the note, then the lifecycle fields an event has, each
// with its label (a monitoring's result and action, a revocation's decree,
// the SOP a revision revises).
std::string note_with_fields(const model::Event& event)
{
  std::vector<std::string> parts;
  if (!event.note.empty()) {
    parts.push_back(model::one_line(event.note));
  }
  if (!event.result.empty()) {
    parts.push_back(trf("result: {}", event.result));
  }
  if (!event.action.empty()) {
    parts.push_back(trf("action: {}", model::one_line(event.action)));
  }
  if (!event.ref.empty()) {
    parts.push_back(trf("decree: {}", model::one_line(event.ref)));
  }
  if (!event.revises.empty()) {
    parts.push_back(trf("revises: {}", event.revises));
  }
  return fmt::format("{}", fmt::join(parts, "; "));
}

} // namespace

std::string log_links(const LogLinks& links)
{
  std::string text;
  if (!links.revises.empty()) {
    text += (links.revise_reason.empty()
               ? trf("revises {} (version {})", links.revises, links.revises_version)
               : trf("revises {} (version {}): {}",
                     links.revises,
                     links.revises_version,
                     model::one_line(links.revise_reason))) +
            "\n";
  }
  if (!links.replaced_by.empty()) {
    text +=
      trf("superseded by {} (version {})", links.replaced_by, links.replaced_by_version) + "\n";
  }
  if (!links.revision_open.empty()) {
    text += trf("revision open: {} (version {}), being drafted",
                links.revision_open,
                links.revision_open_version) +
            "\n";
  }
  return text;
}

std::string log_table(const model::Sop& procedure,
                      const std::vector<model::Event>& events,
                      const TableStyle& style,
                      const std::set<size_t>& cancelled)
{
  // A RECORDED column only when an event was written at another minute than
  // it is dated (history entered from paper, a late entry).
  bool any_recorded = std::any_of(
    events.begin(), events.end(), [](const auto& event) { return !recorded_when(event).empty(); });
  std::vector<std::string> header = {
    tr("AT"), tr("EVENT"), tr("STEP"), tr("ROLE"), tr("BY"), tr("NOTE")};
  if (any_recorded) {
    header.insert(header.begin() + 1, tr("RECORDED"));
  }
  TextTable table(header);
  table.shortenable(header.size() - 1); // the note
  table.shortenable(header.size() - 3); // the performer's name
  table.fit(style.width);
  for (size_t i = 0; i < events.size(); ++i) {
    const auto& event = events[i];
    bool started = event.kind == model::EventKind::started;
    bool stepless = started || model::is_lifecycle(event.kind);
    auto word = event_word(procedure, event);
    if (cancelled.contains(i)) {
      word = trf("{} (voided)", word);
    }
    std::vector<std::string> row = {
      model::format_short(event.at),
      word,
      stepless ? "-" : std::to_string(event.step),
      started || event.role.empty() ? "-" : performer_name(procedure, event.role),
      recorded_by(procedure, event),
      note_with_fields(event)};
    if (any_recorded) {
      row.insert(row.begin() + 1, recorded_when(event));
    }
    table.add_row(row);
  }
  return table.str();
}

Sheet log_sheet(const std::vector<model::Event>& events, const std::set<size_t>& cancelled)
{
  Sheet sheet{"log",
              {"event",
               "step",
               "role",
               "by",
               "at",
               "recorded",
               "exit",
               "note",
               "hash",
               "result",
               "action",
               "ref",
               "revises",
               "voided",
               "voids"},
              {}};
  for (size_t i = 0; i < events.size(); ++i) {
    const auto& event = events[i];
    bool started = event.kind == model::EventKind::started;
    bool stepless = started || model::is_lifecycle(event.kind);
    auto optional = [](const std::string& text) { return text.empty() ? Cell() : Cell(text); };
    sheet.rows.push_back({std::string(to_string(event.kind)),
                          stepless ? Cell() : Cell(std::int64_t{event.step}),
                          started ? Cell() : optional(event.role),
                          event.by,
                          event.at,
                          model::is_default(event.recorded) ? Cell() : Cell(event.recorded),
                          event.exit.empty() ? Cell() : Cell(event.exit),
                          event.note,
                          event.hash,
                          optional(event.result),
                          optional(event.action),
                          optional(event.ref),
                          optional(event.revises),
                          cancelled.contains(i),
                          optional(event.voids)});
  }
  return sheet;
}

std::string log_json(const std::string& draft,
                     const std::vector<model::Event>& events,
                     const std::set<size_t>& cancelled,
                     const LogLinks& links)
{
  JsonWriter json;
  json.begin_object();
  json.key("schema").value("sopctl.log/1");
  json.key("draft").value(draft);
  auto link = [&](const char* key, const std::string& id, int version) {
    if (!id.empty()) {
      json.key(key).begin_object();
      json.key("id").value(id);
      json.key("version").value(version);
      json.end_object();
    }
  };
  link("revises", links.revises, links.revises_version);
  link("replaced_by", links.replaced_by, links.replaced_by_version);
  link("revision_open", links.revision_open, links.revision_open_version);
  json.key("events").begin_array();
  for (size_t i = 0; i < events.size(); ++i) {
    const auto& event = events[i];
    json.begin_object();
    json.key("event").value(to_string(event.kind));
    json.key("voided").value(cancelled.contains(i));
    if (event.kind == model::EventKind::voided) {
      json.key("voids").value(event.voids);
    }
    if (event.kind == model::EventKind::started) {
      json.key("step").null();
      json.key("role").null();
    } else if (model::is_lifecycle(event.kind)) {
      json.key("step").null(); // the life of an SOP in force is at no step
      if (event.role.empty()) {
        json.key("role").null();
      } else {
        json.key("role").value(event.role);
      }
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
    for (const auto& [key, value] :
         {std::pair<const char*, const std::string&>{"result", event.result},
          {"action", event.action},
          {"ref", event.ref},
          {"revises", event.revises}}) {
      if (!value.empty()) {
        json.key(key).value(value);
      }
    }
    json.key("set").begin_object();
    for (const auto& [key, value] : event.set) {
      json.key(key).value(value);
    }
    json.end_object();
    json.key("hash").value(event.hash);
    json.end_object();
  }
  json.end_array();
  json.end_object();
  return json.str();
}

} // namespace sopctl::view
