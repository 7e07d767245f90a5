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

} // namespace sopctl::yaml
