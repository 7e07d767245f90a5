#pragma once

#include <model/diagnostics.hpp>
#include <optional>
#include <string_view>

namespace sopctl::yaml {

// Where the first byte that is not valid UTF-8 sits, or nullopt when all of
// `text` is valid UTF-8.
std::optional<model::Position> find_invalid_utf8(std::string_view text);

// The number of code points in `text` (for column widths).
size_t count_code_points(std::string_view text);

} // namespace sopctl::yaml
