#include <fmt/format.h>
#include <yaml.h>
#include <yaml/yaml_events.hpp>

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
  const yaml_event_t* next()
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

  // Where libyaml stopped and why, 1-based.
  model::Position error_position() const
  {
    return {static_cast<int>(parser_.problem_mark.line) + 1,
            static_cast<int>(parser_.problem_mark.column) + 1};
  }
  std::string error() const
  {
    std::string text = parser_.problem ? parser_.problem : "cannot be read";
    if (parser_.context) {
      text = std::string(parser_.context) + ": " + text;
    }
    return text;
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

} // namespace

EventCheck check_yaml_events(std::string_view text,
                             model::Diagnostics& diagnostics,
                             model::Diagnostic& syntax_error)
{
  if (text.size() > max_yaml_bytes) {
    diagnostics.add({},
                    fmt::format("the file is {:.1f} MB; sopctl reads YAML files of at most {} MB "
                                "(a draft holds a few kilobytes): is it the right file?",
                                static_cast<double>(text.size()) / (1024 * 1024),
                                max_yaml_bytes / (1024 * 1024)));
    return EventCheck::refused;
  }
  EventParser parser(text);
  int documents = 0;
  int depth = 0;
  while (const auto* event = parser.next()) {
    auto where = start_of(*event);
    if (documents > 1) {
      // Reported where the second document's content starts.
      diagnostics.add(where,
                      "the file holds more than one YAML document (---); keep one SOP per file");
      return EventCheck::refused;
    }
    switch (event->type) {
      case YAML_STREAM_END_EVENT:
        return EventCheck::ok;
      case YAML_DOCUMENT_START_EVENT:
        ++documents;
        break;
      case YAML_ALIAS_EVENT:
        diagnostics.add(where,
                        fmt::format("an alias (*{}) repeats a value written elsewhere; SOP files "
                                    "use none: write the value out",
                                    text_of(event->data.alias.anchor)));
        return EventCheck::refused;
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT:
        if (++depth > max_yaml_depth) {
          diagnostics.add(where,
                          fmt::format("lists and mappings are nested more than {} levels deep "
                                      "here; an SOP file needs a few",
                                      max_yaml_depth));
          return EventCheck::refused;
        }
        break;
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT:
        --depth;
        break;
      default:
        break;
    }
    if (const auto* anchor = anchor_of(*event)) {
      diagnostics.add(where,
                      fmt::format("an anchor (&{}) names a value to repeat; SOP files use none: "
                                  "remove it",
                                  text_of(anchor)));
      return EventCheck::refused;
    }
    if (const auto* tag = tag_of(*event)) {
      diagnostics.add(where,
                      fmt::format("a tag ({}) gives a value a type; SOP files use none: remove it",
                                  text_of(tag)));
      return EventCheck::refused;
    }
  }
  syntax_error = {
    diagnostics.path(), parser.error_position(), fmt::format("invalid YAML: {}", parser.error())};
  return EventCheck::malformed;
}

} // namespace sopctl::yaml
