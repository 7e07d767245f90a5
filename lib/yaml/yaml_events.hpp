#pragma once

#include <model/diagnostics.hpp>
#include <optional>
#include <string_view>
#include <yaml/yaml_node.hpp>

namespace sopctl::yaml {

// The largest file sopctl reads as YAML: a draft holds a few kilobytes, a
// year of drafting with long notes a few hundred.
inline constexpr size_t max_yaml_bytes = 8 * 1024 * 1024;

// The deepest nesting of mappings and lists an SOP file may have (the
// format needs 5).
inline constexpr int max_yaml_depth = 64;

// Builds the tree of `text` from libyaml's events (YAML's reference parser,
// heavily fuzzed, and not recursive), refusing on the way what SOP files
// never need: malformed YAML (such as the one-byte file `,`, on which
// yaml-cpp 0.7's LoadAll grows without bound, yaml-cpp issue #1040),
// anchors, aliases and tags (a few hundred bytes of aliases can expand to
// millions of nodes), a second document, nesting deeper than
// max_yaml_depth, text longer than max_yaml_bytes, and duplicate keys.
// Returns nullopt after adding the problems to `diagnostics`. parse_yaml
// (yaml_source.hpp) checks the text itself first.
std::optional<Node> read_yaml_events(std::string_view text, model::Diagnostics& diagnostics);

} // namespace sopctl::yaml
