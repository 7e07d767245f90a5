#include <array>
#include <model/timestamp.hpp>
#include <time/zone.hpp>
#include <utility>

namespace sopctl::time {

namespace {

// Indonesia has kept these fixed offsets, without daylight saving time,
// since 1 January 1988 (Keputusan Presiden 41/1987, which moved Bali and
// West and Central Kalimantan's zones into today's three): so each IANA name
// below maps to one offset for every time sopctl records, with no tz
// database. Asia/Pontianak (West Kalimantan) is WIB.
constexpr std::array<std::pair<std::string_view, int>, 7> zone_names = {{
  {"WIB", 7 * 60},
  {"WITA", 8 * 60},
  {"WIT", 9 * 60},
  {"Asia/Jakarta", 7 * 60},
  {"Asia/Pontianak", 7 * 60},
  {"Asia/Makassar", 8 * 60},
  {"Asia/Jayapura", 9 * 60},
}};

} // namespace

std::optional<int> parse_zone(std::string_view text)
{
  for (const auto& [name, offset] : zone_names) {
    if (text == name) {
      return offset;
    }
  }
  return model::parse_utc_offset(text);
}

std::string accepted_zones()
{
  std::string list;
  for (const auto& [name, offset] : zone_names) {
    list += (list.empty() ? "" : ", ") + std::string(name) + " (" +
            model::format_utc_offset(offset) + ")";
  }
  return list;
}

} // namespace sopctl::time
