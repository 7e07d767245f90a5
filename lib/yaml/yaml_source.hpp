#pragma once

#include <model/diagnostics.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace sopctl::yaml {

using model::Diagnostics;

// The 1-based position of a node in its file.
model::Position position_of(const YAML::Node& node);

// Parses one YAML document strictly. Beyond yaml-cpp's own syntax errors it
// refuses what yaml-cpp accepts silently: an empty file, text that is not
// UTF-8, duplicate keys, a quoted string with no closing quote, and a second
// document. Returns nullopt after adding the problems to `diagnostics`.
std::optional<YAML::Node> parse_yaml(std::string_view text, Diagnostics& diagnostics);

} // namespace sopctl::yaml
