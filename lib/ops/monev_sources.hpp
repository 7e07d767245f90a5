#pragma once

#include <render/monev_rows.hpp>
#include <store/repository.hpp>
#include <vector>

namespace sopctl::ops {

// Every SOP of the repository that was ever signed, as the monitoring and
// evaluation forms need it: when it was in force, and its monitorings and
// evaluations, in the office's zone.
std::vector<render::TableSop> monev_sources(const store::Repository& repository);

} // namespace sopctl::ops
