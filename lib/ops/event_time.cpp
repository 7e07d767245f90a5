#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/event_time.hpp>

namespace sopctl::ops {

EventTimes event_times(const std::optional<model::Timestamp>& given,
                       const Clock& clock,
                       const std::string& display)
{
  if (!clock) {
    // No clock to read (a caller replaying events): --at stands alone.
    return {given.value_or(model::Timestamp{}), model::Timestamp{}};
  }
  auto now = clock();
  if (!given) {
    return {now, now};
  }
  if (given->utc_seconds > now.utc_seconds + future_tolerance_seconds) {
    throw model::Error(trf("{}: --at {} is in the future (now is {}); an event is "
                           "recorded once it has happened, at most 5 minutes ahead of "
                           "the clock",
                           display,
                           model::format_iso(*given),
                           model::format_iso(now)));
  }
  return {*given, now};
}

} // namespace sopctl::ops
