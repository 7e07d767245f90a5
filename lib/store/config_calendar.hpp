#pragma once

#include <model/diagnostics.hpp>
#include <store/map_reader.hpp>
#include <time/calendar.hpp>

namespace sopctl::store {

// The working calendar's part of sopctl.yaml, each reader filling
// `calendar` from its key under `parent` and reporting problems with their
// positions.

// `working_hours`: hours per weekday; a weekday left out keeps its default,
// an empty one is a day off.
void read_working_hours(MapReader& parent,
                        time::Calendar& calendar,
                        model::Diagnostics& diagnostics);

// `holidays`: a list of {date, name}.
void read_holidays(MapReader& parent, time::Calendar& calendar, model::Diagnostics& diagnostics);

// `half_days`: a list of {date, hours, name}.
void read_half_days(MapReader& parent, time::Calendar& calendar, model::Diagnostics& diagnostics);

} // namespace sopctl::store
