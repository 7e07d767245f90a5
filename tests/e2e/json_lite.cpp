#include "json_lite.hpp"

#include <stdexcept>

namespace e2e {

// Recursive descent over RFC 8259, minus fractions and exponents: sopctl
// writes only integers.
class JsonParser
{
public:
  explicit JsonParser(std::string_view text)
    : text_(text)
  {}

  Json document()
  {
    Json value = parse_value();
    skip_space();
    if (pos_ != text_.size()) {
      fail("trailing text after the JSON value");
    }
    return value;
  }

private:
  [[noreturn]] void fail(const std::string& what) const
  {
    throw std::runtime_error("JSON at byte " + std::to_string(pos_) + ": " + what);
  }

  void skip_space()
  {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\n' ||
                                   text_[pos_] == '\r' || text_[pos_] == '\t')) {
      ++pos_;
    }
  }

  bool consume(std::string_view word)
  {
    if (text_.substr(pos_, word.size()) == word) {
      pos_ += word.size();
      return true;
    }
    return false;
  }

  void expect(char c)
  {
    skip_space();
    if (pos_ >= text_.size() || text_[pos_] != c) {
      fail(std::string("expected '") + c + "'");
    }
    ++pos_;
  }

  Json parse_value()
  {
    skip_space();
    if (pos_ >= text_.size()) {
      fail("unexpected end");
    }
    Json value;
    char c = text_[pos_];
    if (c == '{') {
      value.kind_ = Json::Kind::object;
      parse_members(value);
    } else if (c == '[') {
      value.kind_ = Json::Kind::array;
      parse_elements(value);
    } else if (c == '"') {
      value.kind_ = Json::Kind::string;
      value.string_ = parse_string();
    } else if (consume("true")) {
      value.kind_ = Json::Kind::boolean;
      value.boolean_ = true;
    } else if (consume("false")) {
      value.kind_ = Json::Kind::boolean;
    } else if (consume("null")) {
      value.kind_ = Json::Kind::null;
    } else {
      value.kind_ = Json::Kind::number;
      value.number_ = parse_integer();
    }
    return value;
  }

  void parse_members(Json& object)
  {
    expect('{');
    skip_space();
    if (consume("}")) {
      return;
    }
    do {
      skip_space();
      auto key = parse_string();
      expect(':');
      object.object_.emplace_back(std::move(key), parse_value());
      skip_space();
    } while (consume(","));
    expect('}');
  }

  void parse_elements(Json& array)
  {
    expect('[');
    skip_space();
    if (consume("]")) {
      return;
    }
    do {
      array.array_.push_back(parse_value());
      skip_space();
    } while (consume(","));
    expect(']');
  }

  std::int64_t parse_integer()
  {
    size_t start = pos_;
    if (pos_ < text_.size() && text_[pos_] == '-') {
      ++pos_;
    }
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      ++pos_;
    }
    if (pos_ == start || text_[pos_ - 1] == '-') {
      fail("expected a value");
    }
    return std::stoll(std::string(text_.substr(start, pos_ - start)));
  }

  std::string parse_string()
  {
    expect('"');
    std::string out;
    while (pos_ < text_.size() && text_[pos_] != '"') {
      char c = text_[pos_++];
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= text_.size()) {
        fail("unfinished escape");
      }
      char e = text_[pos_++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'u':
          out += unicode_escape();
          break;
        default:
          out += e; // \" \\ \/
      }
    }
    expect('"');
    return out;
  }

  // \uXXXX for code points below U+0800 (all sopctl escapes: controls).
  std::string unicode_escape()
  {
    if (pos_ + 4 > text_.size()) {
      fail("short \\u escape");
    }
    unsigned code = std::stoul(std::string(text_.substr(pos_, 4)), nullptr, 16);
    pos_ += 4;
    if (code < 0x80) {
      return std::string(1, static_cast<char>(code));
    }
    if (code < 0x800) {
      return {static_cast<char>(0xC0 | (code >> 6)), static_cast<char>(0x80 | (code & 0x3F))};
    }
    fail("\\u escape past U+07FF is not supported by this test parser");
  }

  std::string_view text_;
  size_t pos_ = 0;
};

Json Json::parse(std::string_view text)
{
  return JsonParser(text).document();
}

namespace {

[[noreturn]] void wrong_kind(const char* wanted)
{
  throw std::runtime_error(std::string("JSON value is not ") + wanted);
}

} // namespace

bool Json::as_bool() const
{
  if (kind_ != Kind::boolean) {
    wrong_kind("a boolean");
  }
  return boolean_;
}

std::int64_t Json::as_int() const
{
  if (kind_ != Kind::number) {
    wrong_kind("a number");
  }
  return number_;
}

const std::string& Json::as_string() const
{
  if (kind_ != Kind::string) {
    wrong_kind("a string");
  }
  return string_;
}

size_t Json::size() const
{
  if (kind_ != Kind::array) {
    wrong_kind("an array");
  }
  return array_.size();
}

const Json& Json::operator[](size_t index) const
{
  if (index >= size()) {
    throw std::runtime_error("JSON array index " + std::to_string(index) + " out of range");
  }
  return array_[index];
}

bool Json::has(std::string_view key) const
{
  if (kind_ != Kind::object) {
    wrong_kind("an object");
  }
  for (const auto& member : object_) {
    if (member.first == key) {
      return true;
    }
  }
  return false;
}

const Json& Json::operator[](std::string_view key) const
{
  if (kind_ != Kind::object) {
    wrong_kind("an object");
  }
  for (const auto& member : object_) {
    if (member.first == key) {
      return member.second;
    }
  }
  throw std::runtime_error("JSON object has no \"" + std::string(key) + "\"");
}

} // namespace e2e
