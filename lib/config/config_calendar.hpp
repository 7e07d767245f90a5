#pragma once

#include <model/diagnostics.hpp>
#include <time/calendar.hpp>
#include <yaml/map_reader.hpp>

namespace sopctl::config {

// The working calendar's part of sopctl.yaml, each reader filling
// `calendar` from its key under `parent` and reporting problems with their
// positions.

// `working_hours`: hours per weekday; a weekday left out keeps its default,
// an empty one is a day off.
void read_working_hours(yaml::MapReader& parent,
                        time::Calendar& calendar,
                        model::Diagnostics& diagnostics);

// `holidays`: a list of {date, name}.
void read_holidays(yaml::MapReader& parent,
                   time::Calendar& calendar,
                   model::Diagnostics& diagnostics);

// `half_days`: a list of {date, hours, name}.
void read_half_days(yaml::MapReader& parent,
                    time::Calendar& calendar,
                    model::Diagnostics& diagnostics);

} // namespace sopctl::config
