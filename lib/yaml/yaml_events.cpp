#include <algorithm>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <yaml.h>
#include <yaml/yaml_events.hpp>
#include <yaml/yaml_syntax_error.hpp>

namespace sopctl::yaml {

namespace {

// libyaml's parser and event, released whatever happens.
class EventParser
{
public:
  explicit EventParser(std::string_view text)
  {
    ok_ = yaml_parser_initialize(&parser_) != 0;
    if (ok_) {
      yaml_parser_set_input_string(
        &parser_, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    }
  }
  ~EventParser()
  {
    if (has_event_) {
      yaml_event_delete(&event_);
    }
    if (ok_) {
      yaml_parser_delete(&parser_);
    }
  }
  EventParser(const EventParser&) = delete;
  EventParser& operator=(const EventParser&) = delete;

  // The next event; null when the text is not YAML (see error()).
  yaml_event_t* next()
  {
    if (has_event_) {
      yaml_event_delete(&event_);
      has_event_ = false;
    }
    if (!ok_ || yaml_parser_parse(&parser_, &event_) == 0) {
      return nullptr;
    }
    has_event_ = true;
    return &event_;
  }

  // Why and where libyaml stopped.
  SyntaxError error() const
  {
    auto position = [](const yaml_mark_t& mark) {
      return model::Position{static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
    };
    SyntaxError error{parser_.problem ? parser_.problem : tr("cannot be read"),
                      parser_.context ? parser_.context : "",
                      position(parser_.problem_mark),
                      position(parser_.context_mark),
                      parser_.context_mark.index};
    if (parser_.error == YAML_READER_ERROR) {
      error.in_reader = true;
      error.reader_offset = parser_.problem_offset;
      error.reader_value = parser_.problem_value;
    }
    return error;
  }

private:
  yaml_parser_t parser_{};
  yaml_event_t event_{};
  bool ok_ = false;
  bool has_event_ = false;
};

model::Position start_of(const yaml_event_t& event)
{
  return {static_cast<int>(event.start_mark.line) + 1,
          static_cast<int>(event.start_mark.column) + 1};
}

// The anchor and tag of a node event, if it carries one.
const unsigned char* anchor_of(const yaml_event_t& event)
{
  switch (event.type) {
    case YAML_SCALAR_EVENT:
      return event.data.scalar.anchor;
    case YAML_SEQUENCE_START_EVENT:
      return event.data.sequence_start.anchor;
    case YAML_MAPPING_START_EVENT:
      return event.data.mapping_start.anchor;
    default:
      return nullptr;
  }
}

const unsigned char* tag_of(const yaml_event_t& event)
{
  switch (event.type) {
    case YAML_SCALAR_EVENT:
      // A quoted or plain scalar without `!` has an implicit tag.
      return event.data.scalar.plain_implicit || event.data.scalar.quoted_implicit
               ? nullptr
               : event.data.scalar.tag;
    case YAML_SEQUENCE_START_EVENT:
      return event.data.sequence_start.implicit ? nullptr : event.data.sequence_start.tag;
    case YAML_MAPPING_START_EVENT:
      return event.data.mapping_start.implicit ? nullptr : event.data.mapping_start.tag;
    default:
      return nullptr;
  }
}

std::string text_of(const unsigned char* text)
{
  return reinterpret_cast<const char*>(text);
}

// A scalar event as a node. yaml-cpp 0.7 reads an empty plain value and a
// plain ~, null, Null or NULL as null (its IsNullString); quoted text and
// block text are always text. Nothing else is typed: the readers decide
// what `true` or `12` mean.
Node scalar_node(const yaml_event_t& event)
{
  const auto& scalar = event.data.scalar;
  std::string_view value(reinterpret_cast<const char*>(scalar.value), scalar.length);
  if (scalar.style == YAML_PLAIN_SCALAR_STYLE) {
    if (value.empty() || value == "~" || value == "null" || value == "Null" || value == "NULL") {
      return Node(NodeKind::null, start_of(event));
    }
  }
  Node node(NodeKind::scalar, start_of(event));
  node.set_scalar(std::string(value),
                  scalar.style == YAML_PLAIN_SCALAR_STYLE ? ScalarStyle::plain
                                                          : ScalarStyle::quoted);
  return node;
}

// A mapping's key as duplicate-key messages name it.
std::string_view key_text(const Node& key)
{
  return key.is_scalar() ? std::string_view(key.text()) : std::string_view(tr("<complex key>"));
}

// Adds each key of `map` written again after its first use.
void find_duplicate_keys(const Node& map, std::vector<model::Diagnostic>& duplicates)
{
  auto entries = map.entries();
  auto report = [&](const Node& original, const Node& again) {
    duplicates.push_back({{},
                          again.where(),
                          trf("duplicate key \"{}\" (first at line {}:{}); keep only "
                              "one of them",
                              key_text(again),
                              original.where().line,
                              original.where().column)});
  };
  // SOP files' mappings have a few keys: comparing each with those before
  // it costs less than sorting them.
  if (entries.size() <= 32) {
    for (size_t i = 1; i < entries.size(); ++i) {
      for (size_t j = 0; j < i; ++j) {
        if (key_text(entries[j].key) == key_text(entries[i].key)) {
          report(entries[j].key, entries[i].key);
          break;
        }
      }
    }
    return;
  }
  std::vector<size_t> order(entries.size());
  for (size_t i = 0; i < order.size(); ++i) {
    order[i] = i;
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return key_text(entries[a].key) < key_text(entries[b].key);
  });
  // Equal keys are together, the first written first.
  size_t first = 0;
  for (size_t i = 1; i < order.size(); ++i) {
    if (key_text(entries[order[i]].key) != key_text(entries[order[first]].key)) {
      first = i;
    } else {
      report(entries[order[first]].key, entries[order[i]].key);
    }
  }
}

// The tree under construction: the open lists and mappings, innermost last.
class TreeBuilder
{
public:
  // Places `node` where the document expects its next node; returns it.
  Node& place(Node node)
  {
    if (open_.empty()) {
      root_ = std::move(node);
      return root_;
    }
    auto& frame = open_.back();
    if (frame.node->is_sequence()) {
      return frame.node->add_item(std::move(node));
    }
    if (frame.pending == nullptr) {
      frame.pending = &frame.node->add_entry(std::move(node));
      return frame.pending->key;
    }
    // The value of the entry whose key came last.
    auto& value = frame.pending->value;
    frame.pending = nullptr;
    value = std::move(node);
    return value;
  }
  void open(Node& node)
  {
    // SOP files' mappings have a few keys and their lists a few items:
    // room for them at once spares the vector's regrowing.
    node.reserve(node.is_map() ? 8 : 4);
    open_.push_back({&node, nullptr});
  }
  // Closes the innermost list or mapping.
  void close()
  {
    if (open_.back().node->is_map()) {
      find_duplicate_keys(*open_.back().node, duplicates_);
    }
    open_.pop_back();
  }
  int depth() const { return static_cast<int>(open_.size()); }
  // The kind of the innermost open list or mapping; missing when none is.
  NodeKind inside() const { return open_.empty() ? NodeKind::missing : open_.back().node->kind(); }
  Node take_root() { return std::move(root_); }
  std::vector<model::Diagnostic>& duplicates() { return duplicates_; }

private:
  struct Frame
  {
    Node* node;
    // A mapping's entry whose key has come and whose value has not.
    MapEntry* pending;
  };
  Node root_;
  std::vector<Frame> open_;
  std::vector<model::Diagnostic> duplicates_;
};

} // namespace

std::optional<Node> read_yaml_events(std::string_view text, model::Diagnostics& diagnostics)
{
  if (text.size() > max_yaml_bytes) {
    diagnostics.add({},
                    trf("the file is {:.1f} MB; sopctl reads YAML files of at most {} MB "
                        "(a draft holds a few kilobytes): is it the right file?",
                        static_cast<double>(text.size()) / (1024 * 1024),
                        max_yaml_bytes / (1024 * 1024)));
    return std::nullopt;
  }
  EventParser parser(text);
  TreeBuilder tree;
  int documents = 0;
  while (auto* event = parser.next()) {
    auto where = start_of(*event);
    if (documents > 1) {
      // Reported where the second document's content starts.
      diagnostics.add(
        where, tr("the file holds more than one YAML document (---); keep one SOP per file"));
      return std::nullopt;
    }
    if (const auto* anchor = anchor_of(*event)) {
      diagnostics.add(where,
                      trf("an anchor (&{}) names a value to repeat; SOP files use none: "
                          "remove it",
                          text_of(anchor)));
      return std::nullopt;
    }
    if (const auto* tag = tag_of(*event)) {
      diagnostics.add(
        where, trf("a tag ({}) gives a value a type; SOP files use none: remove it", text_of(tag)));
      return std::nullopt;
    }
    switch (event->type) {
      case YAML_STREAM_END_EVENT: {
        auto& duplicates = tree.duplicates();
        if (duplicates.empty()) {
          return tree.take_root();
        }
        std::stable_sort(duplicates.begin(), duplicates.end(), [](const auto& a, const auto& b) {
          return std::pair(a.where.line, a.where.column) < std::pair(b.where.line, b.where.column);
        });
        for (auto& duplicate : duplicates) {
          diagnostics.add(duplicate.where, std::move(duplicate.message));
        }
        return std::nullopt;
      }
      case YAML_DOCUMENT_START_EVENT:
        ++documents;
        break;
      case YAML_ALIAS_EVENT:
        diagnostics.add(where,
                        trf("an alias (*{}) repeats a value written elsewhere; SOP files "
                            "use none: write the value out",
                            text_of(event->data.alias.anchor)));
        return std::nullopt;
      case YAML_SCALAR_EVENT:
        tree.place(scalar_node(*event));
        break;
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT:
        if (tree.depth() >= max_yaml_depth) {
          diagnostics.add(where,
                          trf("lists and mappings are nested more than {} levels deep "
                              "here; an SOP file needs a few",
                              max_yaml_depth));
          return std::nullopt;
        }
        tree.open(tree.place(Node(
          event->type == YAML_MAPPING_START_EVENT ? NodeKind::map : NodeKind::sequence, where)));
        break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        tree.close();
        break;
      default:
        break;
    }
  }
  auto error = parser.error();
  error.inside = tree.inside();
  report_syntax_error(error, text, diagnostics);
  return std::nullopt;
}

} // namespace sopctl::yaml
