#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace e2e {

// A parsed JSON value, just enough to read sopctl's `--format json` output
// without tying the tests to its indentation. The e2e tests link nothing but
// doctest, so they do not pull in a JSON library for this.
class Json
{
public:
  enum class Kind
  {
    null,
    boolean,
    number,
    string,
    array,
    object,
  };

  // Parses a whole document; throws std::runtime_error with the byte offset
  // on malformed text or trailing garbage.
  static Json parse(std::string_view text);

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::null; }
  // The value as the type asked for; throws std::runtime_error otherwise.
  bool as_bool() const;
  std::int64_t as_int() const;
  const std::string& as_string() const;
  // Elements of an array (throws for anything else).
  size_t size() const;
  const Json& operator[](size_t index) const;
  // Member of an object; throws std::runtime_error when it is missing.
  const Json& operator[](std::string_view key) const;
  bool has(std::string_view key) const;

private:
  friend class JsonParser;

  Kind kind_ = Kind::null;
  bool boolean_ = false;
  std::int64_t number_ = 0;
  std::string string_;
  std::vector<Json> array_;
  std::vector<std::pair<std::string, Json>> object_;
};

} // namespace e2e
