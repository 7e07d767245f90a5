#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sopctl::time {

// Minutes east of UTC for a repository's `timezone`: Indonesia's zone names
// `WIB` (+07:00), `WITA` (+08:00), `WIT` (+09:00), the IANA names of the
// same zones (`Asia/Jakarta`, `Asia/Pontianak`, `Asia/Makassar`,
// `Asia/Jayapura`), or a UTC offset (`+08:00`, `+0800`, `Z`). nullopt for
// anything else: sopctl carries no tz database, and only Indonesia's zones
// have fixed offsets it can vouch for.
std::optional<int> parse_zone(std::string_view text);

// The names parse_zone accepts with their offsets (`WIB (+07:00), ...`),
// for the message refusing another one.
std::string accepted_zones();

} // namespace sopctl::time
