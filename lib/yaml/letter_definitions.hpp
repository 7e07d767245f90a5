#pragma once

#include <model/letter.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::yaml {

// The name of the letters' definition file, embedded and overridable.
inline constexpr std::string_view outputs_file = "outputs.yaml";

// Reads the letters' definitions; throws model::InvalidFile naming
// `display` for a malformed file.
std::vector<model::LetterDefinition> read_letter_definitions(std::string_view text,
                                                             const std::string& display);

} // namespace sopctl::yaml
