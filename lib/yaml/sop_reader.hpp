#pragma once

#include <model/diagnostics.hpp>
#include <model/sop.hpp>
#include <optional>
#include <string_view>

namespace sopctl::yaml {

// Reads an SOP document (identity, performers, steps and, for a draft, its
// drafting record) from YAML text, checking it against the schema and the
// rules of model::validate_sop. Every problem goes to `diagnostics`; returns
// nullopt when there was any.
std::optional<model::Sop> read_sop(std::string_view text, model::Diagnostics& diagnostics);

// read_sop for a text that must load: throws model::InvalidFile listing
// every problem, each prefixed with `path`.
model::Sop load_sop(std::string_view text, const std::string& path);

} // namespace sopctl::yaml
