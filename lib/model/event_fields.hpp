#pragma once

#include <array>
#include <map>
#include <model/sop.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>

namespace sopctl::model {

// The one definition of what an event stores: its fields, by their key in a
// file, in the order files hold them. The YAML reader and writer, the fast
// scan, the digest cache, the hash and event equality all walk this list
// through visit_event_fields; tests/unit/test_model_event_fields.cpp fails
// when a field is added to model::Event and not here, or here and not in one
// of them. Adding a field: a member of model::Event, its key here and its
// member in event_field_refs, and its text form below if it has a new type.
inline constexpr std::array<std::string_view, 16> event_field_names = {"event",
                                                                       "step",
                                                                       "role",
                                                                       "by",
                                                                       "at",
                                                                       "recorded",
                                                                       "note",
                                                                       "result",
                                                                       "action",
                                                                       "ref",
                                                                       "revises",
                                                                       "exit",
                                                                       "set",
                                                                       "voids",
                                                                       "prev",
                                                                       "hash"};

// References to the stored fields of `event` (const or not), in the order
// of event_field_names. `where` is not stored: it is where the event was
// read from.
template<typename EventRef>
auto event_field_refs(EventRef& event)
{
  return std::tie(event.kind,
                  event.step,
                  event.role,
                  event.by,
                  event.at,
                  event.recorded,
                  event.note,
                  event.result,
                  event.action,
                  event.ref,
                  event.revises,
                  event.exit,
                  event.set,
                  event.voids,
                  event.prev,
                  event.hash);
}

static_assert(std::tuple_size_v<decltype(event_field_refs(std::declval<Event&>()))> ==
                event_field_names.size(),
              "event_field_refs and event_field_names list different fields");

// Calls `visit(key, member)` for each stored field of `event`, in order.
template<typename EventRef, typename Visitor>
void visit_event_fields(EventRef& event, Visitor&& visit)
{
  std::apply(
    [&](auto&... field) {
      size_t index = 0;
      (visit(event_field_names[index++], field), ...);
    },
    event_field_refs(event));
}

// The position of `key` in event_field_names, or nullopt for another key.
constexpr std::optional<size_t> event_field_index(std::string_view key)
{
  for (size_t i = 0; i < event_field_names.size(); ++i) {
    if (event_field_names[i] == key) {
      return i;
    }
  }
  return std::nullopt;
}

// A scalar field as text, the way files hold it: the kind's word, the step
// number, the time in ISO 8601 with its offset, a string as it is.
std::string field_text(EventKind kind);
std::string field_text(int number);
std::string field_text(const Timestamp& at);
std::string field_text(const std::string& text);

// Reads a scalar field back from its text; false when the text is not one.
bool parse_field(std::string_view text, EventKind& kind);
bool parse_field(std::string_view text, int& number);
bool parse_field(std::string_view text, Timestamp& at);
bool parse_field(std::string_view text, std::string& value);

// Whether a field holds its default (an empty string, step 0, no values):
// such fields are left out of files and of hashes of new fields.
bool is_default(EventKind kind);
bool is_default(int number);
bool is_default(const Timestamp& at);
bool is_default(const std::string& text);
bool is_default(const std::map<std::string, std::string>& values);

// Whether two events store the same thing: every field of the list equal
// (a time with its offset), wherever they were read from.
bool same_event(const Event& a, const Event& b);

} // namespace sopctl::model
