#pragma once

#include <model/sop.hpp>
#include <string>
#include <vector>
#include <view/format.hpp>
#include <view/sheet.hpp>

namespace sopctl::view {

// A draft's events, oldest first, in the user's language.
std::string log_table(const model::Sop& procedure,
                      const std::vector<model::Event>& events,
                      const TableStyle& style);

// A draft's events as records, one row per event (CSV).
Sheet log_sheet(const std::vector<model::Event>& events);

// A draft's events as JSON: schema `sopctl.log/1`.
std::string log_json(const std::string& draft, const std::vector<model::Event>& events);

} // namespace sopctl::view
