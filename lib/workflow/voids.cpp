#include <workflow/voids.hpp>

namespace sopctl::workflow {

bool is_act(const model::Event& event)
{
  return event.kind == model::EventKind::completed || event.kind == model::EventKind::rejected ||
         event.kind == model::EventKind::noted;
}

std::set<size_t> cancelled_events(const std::vector<model::Event>& events)
{
  std::set<size_t> cancelled;
  for (size_t i = 0; i < events.size(); ++i) {
    if (events[i].kind != model::EventKind::voided || events[i].voids.empty()) {
      continue;
    }
    for (size_t j = i; j-- > 0;) {
      if (events[j].hash == events[i].voids) {
        cancelled.insert(j);
        break;
      }
    }
  }
  return cancelled;
}

std::optional<size_t> void_target(const std::vector<model::Event>& events)
{
  auto cancelled = cancelled_events(events);
  for (size_t i = events.size(); i-- > 0;) {
    if (is_act(events[i]) && !cancelled.contains(i)) {
      return i;
    }
  }
  return std::nullopt;
}

} // namespace sopctl::workflow
