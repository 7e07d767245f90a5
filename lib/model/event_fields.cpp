#include <charconv>
#include <model/event_fields.hpp>

namespace sopctl::model {

namespace {

// Counts the members of an aggregate by trying to brace-initialise it with
// ever more values that convert to anything (the technique of Boost.PFR).
struct AnyMember
{
  template<typename T>
  operator T() const;
};

template<typename T, typename... Members>
constexpr size_t member_count()
{
  if constexpr (requires { T{Members{}..., AnyMember{}}; }) {
    return member_count<T, Members..., AnyMember>();
  } else {
    return sizeof...(Members);
  }
}

// A member of model::Event that is not in event_field_names would be
// written, read, cached and hashed by nobody: refuse to compile.
static_assert(member_count<Event>() == event_field_names.size() + 1, // + `where`
              "model::Event has a member that event_field_names does not list");

} // namespace

std::string field_text(EventKind kind)
{
  return std::string(to_string(kind));
}

std::string field_text(int number)
{
  return std::to_string(number);
}

std::string field_text(const Timestamp& at)
{
  return format_iso(at);
}

std::string field_text(const std::string& text)
{
  return text;
}

bool parse_field(std::string_view text, EventKind& kind)
{
  auto parsed = parse_event_kind(text);
  if (parsed) {
    kind = *parsed;
  }
  return parsed.has_value();
}

bool parse_field(std::string_view text, int& number)
{
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) {
    return false;
  }
  number = value;
  return true;
}

bool parse_field(std::string_view text, Timestamp& at)
{
  // Stored times always carry their offset.
  auto parsed = parse_timestamp(text, std::nullopt);
  if (parsed) {
    at = *parsed;
  }
  return parsed.has_value();
}

bool parse_field(std::string_view text, std::string& value)
{
  value = std::string(text);
  return true;
}

bool is_default(EventKind)
{
  return false; // every event has a kind
}

bool is_default(int number)
{
  return number == 0;
}

bool is_default(const Timestamp& at)
{
  return at.utc_seconds == 0 && at.offset_minutes == 0;
}

bool is_default(const std::string& text)
{
  return text.empty();
}

bool is_default(const std::map<std::string, std::string>& values)
{
  return values.empty();
}

namespace {

template<typename T>
bool equal_field(const T& a, const T& b)
{
  return a == b;
}

// Timestamp's == compares the instant; a stored time is its text, offset too.
bool equal_field(const Timestamp& a, const Timestamp& b)
{
  return a == b && a.offset_minutes == b.offset_minutes;
}

} // namespace

bool same_event(const Event& a, const Event& b)
{
  auto fields_a = event_field_refs(a);
  auto fields_b = event_field_refs(b);
  return [&]<size_t... I>(std::index_sequence<I...>)
  {
    return (equal_field(std::get<I>(fields_a), std::get<I>(fields_b)) && ...);
  }
  (std::make_index_sequence<event_field_names.size()>{});
}

} // namespace sopctl::model
