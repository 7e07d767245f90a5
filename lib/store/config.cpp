#include <fmt/format.h>
#include <model/errors.hpp>
#include <store/config.hpp>
#include <store/embedded.hpp>
#include <store/map_reader.hpp>
#include <store/sop_reader.hpp>

namespace sopctl::store {

std::optional<int> parse_timezone(std::string_view text)
{
  // Indonesia's three zones; none observes daylight saving time.
  if (text == "WIB") {
    return 7 * 60;
  }
  if (text == "WITA") {
    return 8 * 60;
  }
  if (text == "WIT") {
    return 9 * 60;
  }
  return model::parse_utc_offset(text);
}

Config default_config()
{
  auto seed = load_sop(*embedded_file(embedded_procedure_name),
                       std::string(embedded_procedure_name));
  Config config;
  config.office = seed.office;
  config.approver = seed.approver;
  return config;
}

std::optional<Config> read_config(std::string_view text,
                                  model::Diagnostics& diagnostics)
{
  auto root = parse_yaml(text, diagnostics);
  if (!root) {
    return std::nullopt;
  }
  size_t before = diagnostics.list().size();
  MapReader map(*root,
                "sopctl.yaml",
                { "office", "approver", "timezone", "procedure" },
                diagnostics);
  if (!map.ok()) {
    return std::nullopt;
  }
  Config config;
  if (auto node = map.node("office"); node.IsDefined() && !node.IsNull()) {
    MapReader office(
      node,
      "office",
      { "government", "name", "address", "phone", "fax", "city" },
      diagnostics);
    config.office = { office.text("government"), office.text("name"),
                      office.text("address"),    office.text("phone"),
                      office.text("fax"),        office.text("city") };
  }
  if (auto node = map.node("approver"); node.IsDefined() && !node.IsNull()) {
    MapReader approver(
      node, "approver", { "position", "name", "rank", "nip" }, diagnostics);
    config.approver = { approver.text("position"),
                        approver.text("name"),
                        approver.text("rank"),
                        approver.text("nip") };
  }
  auto timezone = map.text("timezone");
  if (!timezone.empty()) {
    if (auto offset = parse_timezone(timezone)) {
      config.timezone = timezone;
      config.utc_offset_minutes = *offset;
    } else {
      diagnostics.add(map.where("timezone"),
                      fmt::format("timezone \"{}\" is not WIB, WITA, WIT or a "
                                  "UTC offset like \"+07:00\"",
                                  timezone));
    }
  }
  config.procedure = map.text("procedure");
  if (diagnostics.list().size() != before) {
    return std::nullopt;
  }
  return config;
}

} // namespace sopctl::store
