#pragma once

#include <model/diagnostics.hpp>
#include <model/numbering.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace sopctl::store {

// The counters file, in the repository root: the numbers sopctl has handed
// out, so none is handed out twice. sopctl owns it; git merges it with the
// merge driver (the larger count wins).
inline constexpr std::string_view counters_file_name = "numbers.yaml";

// Reads the counters file's text (empty text: no numbers yet).
std::optional<model::Counters> read_counters(std::string_view text,
                                             model::Diagnostics& diagnostics);

// The counters file's text, in a stable order.
std::string write_counters(const model::Counters& counters);

} // namespace sopctl::store
