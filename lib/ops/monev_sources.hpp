#pragma once

#include <lifecycle/lifecycle.hpp>
#include <render/monev_rows.hpp>
#include <store/repository.hpp>
#include <vector>

namespace sopctl::ops {

// The register's entries as the monitoring and evaluation forms need them:
// every SOP that was ever in force (not a draft never signed, nor one
// without a day it took effect), in force from its Tgl Efektif (else its
// Tgl Pengesahan) until its signed revision took effect or the day after
// it was revoked, with its monitorings and evaluations on the calendar of
// `utc_offset_minutes`.
std::vector<render::TableSop> table_sops(const std::vector<lifecycle::Entry>& entries,
                                         int utc_offset_minutes);

// table_sops of every SOP of the repository (ops/catalogue). Throws
// model::Error listing the files that do not load: a form must list every
// SOP in force.
std::vector<render::TableSop> monev_sources(const store::Repository& repository);

} // namespace sopctl::ops
