#pragma once

#include <model/sop.hpp>
#include <set>
#include <string>
#include <vector>
#include <view/format.hpp>
#include <view/sheet.hpp>

namespace sopctl::view {

// A draft's events, oldest first, in the user's language; those at the
// positions in `cancelled` (acts a void cancelled) marked as voided.
std::string log_table(const model::Sop& procedure,
                      const std::vector<model::Event>& events,
                      const TableStyle& style,
                      const std::set<size_t>& cancelled = {});

// A draft's events as records, one row per event (CSV).
Sheet log_sheet(const std::vector<model::Event>& events);

// A draft's events as JSON: schema `sopctl.log/1` (`cancelled` as in
// log_table: `"voided": true`).
std::string log_json(const std::string& draft,
                     const std::vector<model::Event>& events,
                     const std::set<size_t>& cancelled = {});

} // namespace sopctl::view
