#pragma once

#include <model/diagnostics.hpp>
#include <string>
#include <string_view>

namespace sopctl::yaml {

// The largest file sopctl reads as YAML: a draft holds a few kilobytes, a
// year of drafting with long notes a few hundred.
inline constexpr size_t max_yaml_bytes = 8 * 1024 * 1024;

// The deepest nesting of mappings and lists an SOP file may have (the
// format needs 5).
inline constexpr int max_yaml_depth = 64;

// Reads `text` once with libyaml's event parser (YAML's reference parser,
// heavily fuzzed, and not recursive) before yaml-cpp builds a tree of it,
// and refuses what SOP files never need and what would make yaml-cpp hang
// or run out of memory: malformed YAML (such as the one-byte file `,`, on
// which yaml-cpp 0.7's LoadAll grows without bound, yaml-cpp issue #1040),
// anchors, aliases and tags (a few hundred bytes of aliases can expand to
// millions of nodes), a second document, nesting deeper than max_yaml_depth
// and text longer than max_yaml_bytes.
//
// What it found: `ok`; `refused`, reported to `diagnostics` at its line and
// column; or `malformed`, not reported, with libyaml's account in
// `syntax_error` (the caller may prefer yaml-cpp's wording, whose single
// document Load ends on every malformed text, to keep messages as before).
enum class EventCheck
{
  ok,
  refused,
  malformed,
};
EventCheck check_yaml_events(std::string_view text,
                             model::Diagnostics& diagnostics,
                             model::Diagnostic& syntax_error);

} // namespace sopctl::yaml
