#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/sop_date.hpp>
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
  MapReader map(node, "approver", {"label", "position", "name", "rank", "nip"}, diagnostics);
  approver.label = model::trim(map.text("label"));
  // Trimmed: a blank value is no value (check and the letters ask for it).
  approver.position = model::trim(map.text("position"));
  approver.name = model::trim(map.text("name"));
  approver.rank = model::trim(map.text("rank"));
  approver.nip = model::trim(map.text("nip"));
}

std::string read_sop_date(MapReader& map,
                          std::string_view key,
                          const std::string& name,
                          Diagnostics& diagnostics)
{
  auto text = map.text(key);
  if (!text.empty() && !model::is_sop_date(text)) {
    diagnostics.add(map.where(key),
                    trf("{} \"{}\" is not a date; write it in quotes as YYYY-MM-DD for a day "
                        "(\"2020-09-29\"), YYYY-MM for a month (\"2023-08\", printed Agustus "
                        "2023) or YYYY for a year (\"2023\"), or \"\" for none",
                        name,
                        text));
  }
  return text;
}

std::vector<model::Signatory> read_signatories(MapReader& parent, Diagnostics& diagnostics)
{
  std::vector<model::Signatory> signatories;
  const auto& node = parent.node("signatories");
  if (!node.is_defined() || node.is_null()) {
    return signatories;
  }
  if (!node.is_sequence()) {
    diagnostics.add(position_of(node),
                    tr("\"signatories\" must be a list of signatures, each with a label "
                       "(\"Dibuat oleh\"), a name and optionally position, rank, nip and date"));
    return signatories;
  }
  size_t number = 0;
  for (const auto& item : node.items()) {
    ++number;
    MapReader map(item,
                  trf("signatory {}", number),
                  {"label", "position", "name", "rank", "nip", "date"},
                  diagnostics);
    if (!map.ok()) {
      continue;
    }
    model::Signatory signatory;
    signatory.where = map.where();
    auto label = map.text("label", Required::yes);
    signatory.label = model::trim(label);
    signatory.position = model::trim(map.text("position"));
    auto name = map.text("name", Required::yes);
    signatory.name = model::trim(name);
    signatory.rank = model::trim(map.text("rank"));
    signatory.nip = model::trim(map.text("nip"));
    signatory.date =
      read_sop_date(map, "date", fmt::format("signatories[{}].date", number), diagnostics);
    // Only spaces: the reader has reported a missing or empty value itself.
    if (!label.empty() && signatory.label.empty()) {
      diagnostics.add(map.where("label"),
                      trf("signatory {}: the label is blank; write the words printed above the "
                          "signature, like \"Dibuat oleh\" or \"Diperiksa oleh\"",
                          number));
    }
    if (!name.empty() && signatory.name.empty()) {
      diagnostics.add(map.where("name"),
                      trf("signatory {}: the name is blank; write the name printed under the "
                          "signature",
                          number));
    }
    signatories.push_back(std::move(signatory));
  }
  return signatories;
}

} // namespace sopctl::yaml
