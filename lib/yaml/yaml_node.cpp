#include <yaml/yaml_node.hpp>

namespace sopctl::yaml {

const Node& Node::missing()
{
  static const Node none;
  return none;
}

size_t Node::size() const
{
  return kind_ == NodeKind::map ? entries_.size() : items_.size();
}

std::span<const MapEntry> Node::entries() const
{
  return entries_;
}

const Node& Node::operator[](std::string_view key) const
{
  for (const auto& entry : entries_) {
    if (entry.key.kind_ == NodeKind::scalar && entry.key.text_ == key) {
      return entry.value;
    }
  }
  return missing();
}

void Node::set_scalar(std::string text, ScalarStyle style)
{
  text_ = std::move(text);
  style_ = style;
}

Node& Node::add_item(Node item)
{
  return items_.emplace_back(std::move(item));
}

MapEntry& Node::add_entry(Node key)
{
  return entries_.emplace_back(MapEntry{std::move(key), Node()});
}

void Node::reserve(size_t count)
{
  if (kind_ == NodeKind::map) {
    entries_.reserve(count);
  } else {
    items_.reserve(count);
  }
}

} // namespace sopctl::yaml
