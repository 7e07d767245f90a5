#pragma once

#include <model/diagnostics.hpp>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::yaml {

struct MapEntry;

// What a node is. `null` is an empty value (`key:`) or a plain `~`, `null`,
// `Null` or `NULL`, as yaml-cpp 0.7 reads them; `missing` is the node a
// lookup returns for a key that is not there.
enum class NodeKind
{
  missing,
  null,
  scalar,
  sequence,
  map,
};

// How a scalar was written: plain, or quoted / block text (`"x"`, `'x'`,
// `|`, `>`), which is always text, never null.
enum class ScalarStyle
{
  plain,
  quoted,
};

// One node of a YAML document as parse_yaml (yaml_source.hpp) reads it: a
// mapping (keys in the order written), a list, a scalar's text or null,
// with the 1-based position where it starts. A plain value owned by its
// parent; lookups return references into the tree.
class Node
{
public:
  Node() = default;
  // Defined after MapEntry: a constructor in the class would need the
  // entries' destructor while MapEntry is incomplete (clang refuses).
  Node(NodeKind kind, model::Position where);

  // The node of every lookup that finds nothing.
  static const Node& missing();

  NodeKind kind() const { return kind_; }
  bool is_defined() const { return kind_ != NodeKind::missing; }
  bool is_null() const { return kind_ == NodeKind::null; }
  bool is_scalar() const { return kind_ == NodeKind::scalar; }
  bool is_sequence() const { return kind_ == NodeKind::sequence; }
  bool is_map() const { return kind_ == NodeKind::map; }

  // A scalar's text; empty for any other node.
  const std::string& text() const { return text_; }
  ScalarStyle style() const { return style_; }
  // Where the node starts in its file; {0, 0} for the missing node.
  model::Position where() const { return where_; }

  // The number of items of a list or entries of a mapping; 0 otherwise.
  size_t size() const;
  // The items of a list; empty for any other node.
  std::span<const Node> items() const { return items_; }
  // The entries of a mapping in the order written; empty for any other.
  std::span<const MapEntry> entries() const;
  // The value of the first entry whose key is the scalar `key`, or the
  // missing node.
  const Node& operator[](std::string_view key) const;

  // Building (parse_yaml): a scalar's text and style; a list's next item
  // and a mapping's next entry (its value missing until set), returned so
  // the reader can fill them in place.
  void set_scalar(std::string text, ScalarStyle style);
  Node& add_item(Node item);
  MapEntry& add_entry(Node key);
  // Makes room for `count` items or entries.
  void reserve(size_t count);

private:
  NodeKind kind_ = NodeKind::missing;
  ScalarStyle style_ = ScalarStyle::plain;
  model::Position where_;
  std::string text_;
  std::vector<Node> items_;
  std::vector<MapEntry> entries_;
};

// A key of a mapping and its value.
struct MapEntry
{
  Node key;
  Node value;
};

inline Node::Node(NodeKind kind, model::Position where)
  : kind_(kind)
  , where_(where)
{}

// The 1-based position of a node in its file.
inline model::Position position_of(const Node& node)
{
  return node.where();
}

} // namespace sopctl::yaml
