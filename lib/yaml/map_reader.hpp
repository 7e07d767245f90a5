#pragma once

#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>
#include <yaml/yaml_source.hpp>

namespace sopctl::yaml {

// Whether a key must be present.
enum class Required
{
  yes,
  no
};

// Reads the keys of one YAML mapping into typed values, reporting wrong
// types, missing keys and unknown keys to a Diagnostics, so a loader can
// report every problem of a file at once.
class MapReader
{
public:
  // `what` names the mapping in messages, such as "step 3" or "the file".
  MapReader(const Node& node,
            std::string what,
            std::span<const std::string_view> known_keys,
            Diagnostics& diagnostics);
  MapReader(const Node& node,
            std::string what,
            std::initializer_list<std::string_view> known_keys,
            Diagnostics& diagnostics)
    : MapReader(node,
                std::move(what),
                std::span(known_keys.begin(), known_keys.size()),
                diagnostics)
  {}

  // False when the node is not a mapping (already reported).
  bool ok() const { return ok_; }

  // A scalar as text; empty for null or absent.
  std::string text(std::string_view key, Required required = Required::no);
  // A list of scalars; `[]`, null or absent give an empty list.
  std::vector<std::string> text_list(std::string_view key);
  // A mapping of data keys (meeting.date) to one-line texts.
  std::map<std::string, std::string> text_map(std::string_view key);
  // `true` or `false`; `fallback` when absent; a report for another value.
  bool flag(std::string_view key, bool fallback);
  // A whole number; nullopt (and a report) when absent or not a number.
  std::optional<int> number(std::string_view key, Required required);
  // The raw node of a key; an invalid node when absent.
  const Node& node(std::string_view key, Required required = Required::no);
  // Where the mapping starts.
  model::Position where() const { return position_of(node_); }
  // Where a key is written, or where the mapping starts when it is absent.
  model::Position where(std::string_view key) const;

private:
  const Node& find(std::string_view key, Required required);

  const Node& node_;
  std::string what_;
  Diagnostics& diagnostics_;
  bool ok_ = true;
};

// Reads a scalar node as a whole number, reporting when it is not one.
std::optional<int> read_number(const Node& node, std::string_view what, Diagnostics& diagnostics);

} // namespace sopctl::yaml
