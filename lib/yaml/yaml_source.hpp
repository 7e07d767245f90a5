#pragma once

#include <model/diagnostics.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <yaml/yaml_node.hpp>

namespace sopctl::yaml {

using model::Diagnostics;

// Reads one YAML document strictly, the one definition of a valid YAML
// file for every reader of sopctl (drafts, procedures, sopctl.yaml,
// numbers.yaml, letter definitions, merge input). It refuses control
// characters, text that is not UTF-8, unresolved merge conflicts and an
// empty file, then builds the tree in one pass of libyaml's event parser,
// which refuses the rest (yaml_events.hpp): malformed YAML, an unclosed
// quote, anchors, aliases, tags, a second document, deep nesting, a file
// too large, duplicate keys. Returns nullopt after adding the problems to
// `diagnostics`.
std::optional<Node> parse_yaml(std::string_view text, Diagnostics& diagnostics);

} // namespace sopctl::yaml
