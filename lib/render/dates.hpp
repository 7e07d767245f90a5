#pragma once

#include <model/timestamp.hpp>
#include <string>
#include <string_view>

namespace sopctl::render {

// An ISO date as an Indonesian document writes it: `2020-09-29` is
// "29 September 2020"; empty is "-"; anything else is shown as written.
std::string indonesian_date(std::string_view iso_date);

// The local calendar day of `moment` (in its own offset) as an ISO date.
std::string local_date(const model::Timestamp& moment);

} // namespace sopctl::render
