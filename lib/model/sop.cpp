#include <model/sop.hpp>

namespace sopctl::model {

std::string Decision::label(Exit exit) const
{
  const auto& given = exit == Exit::ya ? yes_label : no_label;
  return !given.empty() ? given : exit == Exit::ya ? "Ya" : "Tidak";
}

bool Step::performed_by(std::string_view key) const
{
  for (const auto& performer : performers) {
    if (performer == key) {
      return true;
    }
  }
  return false;
}

std::string Step::performer_list() const
{
  std::string list;
  for (const auto& performer : performers) {
    list += (list.empty() ? "" : ", ") + performer;
  }
  return list;
}

std::string Sop::names_of(const Step& step) const
{
  std::string names;
  for (const auto& key : step.performers) {
    const auto* performer = find_performer(key);
    names += (names.empty() ? "" : " + ") + (performer ? performer->name : key);
  }
  return names;
}

int Sop::after(const Step& step) const
{
  if (step.next) {
    return *step.next;
  }
  return find_step(step.number + 1) ? step.number + 1 : procedure_end;
}

const Step* Sop::find_step(int wanted) const
{
  for (const auto& step : steps) {
    if (step.number == wanted) {
      return &step;
    }
  }
  return nullptr;
}

const Performer* Sop::find_performer(std::string_view key) const
{
  for (const auto& performer : performers) {
    if (performer.key == key) {
      return &performer;
    }
  }
  return nullptr;
}

std::string_view to_string(EventKind kind)
{
  switch (kind) {
    case EventKind::started:
      return "started";
    case EventKind::completed:
      return "completed";
    case EventKind::rejected:
      return "rejected";
    case EventKind::noted:
      return "noted";
    case EventKind::voided:
      return "voided";
    case EventKind::adopted:
      return "adopted";
    case EventKind::monitored:
      return "monitored";
    case EventKind::evaluated:
      return "evaluated";
    case EventKind::revoked:
      return "revoked";
  }
  return "?";
}

bool is_lifecycle(EventKind kind)
{
  return kind == EventKind::adopted || kind == EventKind::monitored ||
         kind == EventKind::evaluated || kind == EventKind::revoked;
}

std::optional<EventKind> parse_event_kind(std::string_view text)
{
  for (auto kind : {EventKind::started,
                    EventKind::completed,
                    EventKind::rejected,
                    EventKind::noted,
                    EventKind::voided,
                    EventKind::adopted,
                    EventKind::monitored,
                    EventKind::evaluated,
                    EventKind::revoked}) {
    if (to_string(kind) == text) {
      return kind;
    }
  }
  return std::nullopt;
}

} // namespace sopctl::model
