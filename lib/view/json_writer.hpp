#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::view {

// Writes JSON with a stable layout: two-space indents, keys in the order
// given, one value per line, so scripts and diffs can rely on it.
class JsonWriter
{
public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(std::int64_t number);
  JsonWriter& value(int number) { return value(std::int64_t{number}); }
  JsonWriter& value(bool flag);
  JsonWriter& null();

  // The document, ending with a newline.
  std::string str() const { return out_ + "\n"; }

private:
  void before_value();
  void open(char bracket);
  void close(char bracket);
  void newline();

  std::string out_;
  std::vector<bool> has_items_; // per open container
  bool after_key_ = false;
};

// `text` as a JSON string literal, quotes included.
std::string json_string(std::string_view text);

} // namespace sopctl::view
