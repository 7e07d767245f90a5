#pragma once

#include <model/timestamp.hpp>
#include <string>
#include <string_view>

namespace sopctl::render {

// A date as an Indonesian document writes it: `2020-09-29` is "29
// September 2020", a month `2023-08` "Agustus 2023", a year `2023` "2023";
// empty is "-"; anything else is shown as written (model::date_in_words).
std::string indonesian_date(std::string_view iso_date);

// The local calendar day of `moment` (in its own offset) as an ISO date.
std::string local_date(const model::Timestamp& moment);

} // namespace sopctl::render
