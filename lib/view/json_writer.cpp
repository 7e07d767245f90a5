#include <cstdio>
#include <view/json_writer.hpp>

namespace sopctl::view {

std::string json_string(std::string_view text)
{
  std::string out = "\"";
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

void JsonWriter::newline()
{
  out_ += '\n';
  out_.append(has_items_.size() * 2, ' ');
}

void JsonWriter::before_value()
{
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_items_.empty()) {
    if (has_items_.back()) {
      out_ += ',';
    }
    has_items_.back() = true;
    newline();
  }
}

void JsonWriter::open(char bracket)
{
  before_value();
  out_ += bracket;
  has_items_.push_back(false);
}

void JsonWriter::close(char bracket)
{
  bool had_items = has_items_.back();
  has_items_.pop_back();
  if (had_items) {
    newline();
  }
  out_ += bracket;
}

JsonWriter& JsonWriter::begin_object()
{
  open('{');
  return *this;
}

JsonWriter& JsonWriter::end_object()
{
  close('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array()
{
  open('[');
  return *this;
}

JsonWriter& JsonWriter::end_array()
{
  close(']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
  before_value();
  out_ += json_string(name);
  out_ += ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text)
{
  before_value();
  out_ += json_string(text);
  return *this;
}

JsonWriter& JsonWriter::value(std::int64_t number)
{
  before_value();
  out_ += std::to_string(number);
  return *this;
}

JsonWriter& JsonWriter::value(bool flag)
{
  before_value();
  out_ += flag ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null()
{
  before_value();
  out_ += "null";
  return *this;
}

} // namespace sopctl::view
