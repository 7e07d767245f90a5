#include <model/text.hpp>
#include <yaml/identity_reader.hpp>

namespace sopctl::yaml {

using model::Diagnostics;

void read_office(MapReader& parent, model::Office& office, Diagnostics& diagnostics)
{
  const auto& node = parent.node("office");
  if (!node.is_defined() || node.is_null()) {
    return;
  }
  MapReader map(
    node, "office", {"government", "name", "address", "phone", "fax", "city"}, diagnostics);
  office.government = map.text("government");
  office.name = map.text("name");
  office.address = map.text("address");
  office.phone = map.text("phone");
  office.fax = map.text("fax");
  office.city = map.text("city");
}

void read_approver(MapReader& parent, model::Approver& approver, Diagnostics& diagnostics)
{
  const auto& node = parent.node("approver");
  if (!node.is_defined() || node.is_null()) {
    return;
  }
  MapReader map(node, "approver", {"position", "name", "rank", "nip"}, diagnostics);
  // Trimmed: a blank value is no value (check and the letters ask for it).
  approver.position = model::trim(map.text("position"));
  approver.name = model::trim(map.text("name"));
  approver.rank = model::trim(map.text("rank"));
  approver.nip = model::trim(map.text("nip"));
}

} // namespace sopctl::yaml
