#include <model/sop.hpp>

namespace sopctl::model {

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
  }
  return "?";
}

std::optional<EventKind> parse_event_kind(std::string_view text)
{
  for (auto kind :
       {EventKind::started, EventKind::completed, EventKind::rejected, EventKind::noted}) {
    if (to_string(kind) == text) {
      return kind;
    }
  }
  return std::nullopt;
}

} // namespace sopctl::model
