#pragma once

#include <map>
#include <string>
#include <string_view>
#include <time/calendar.hpp>

namespace sopctl::config {

// `sopctl.yaml`'s text with its `holidays:` list replaced by `holidays`
// (sorted by date), or such a list appended when it has none. Everything
// else, comments included, is kept as written.
std::string with_holidays(std::string_view config_text,
                          const std::map<time::DayNumber, std::string>& holidays);

} // namespace sopctl::config
