#pragma once

#include <model/diagnostics.hpp>
#include <model/sop.hpp>
#include <yaml/map_reader.hpp>

namespace sopctl::yaml {

// Reads the `office` mapping under `parent` (kop surat and identity header),
// shared by SOP files and sopctl.yaml; absent or null leaves `office` as is.
void read_office(MapReader& parent, model::Office& office, model::Diagnostics& diagnostics);

// Reads the `approver` mapping under `parent` (Disahkan oleh).
void read_approver(MapReader& parent, model::Approver& approver, model::Diagnostics& diagnostics);

// Reads `key` of `map` as a date of the SOP (model/sop_date.hpp: a day, a
// month or a year), reporting under `name` (`dates.created`) when it is
// none of them; returns the text as written.
std::string read_sop_date(MapReader& map,
                          std::string_view key,
                          const std::string& name,
                          model::Diagnostics& diagnostics);

// Reads the `signatories` list under `parent`: the signatures printed beside
// the approver's (Dibuat oleh, Diperiksa oleh).
std::vector<model::Signatory> read_signatories(MapReader& parent, model::Diagnostics& diagnostics);

} // namespace sopctl::yaml
