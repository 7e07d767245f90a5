#include <render/escape.hpp>

namespace sopctl::render {

std::string html_escape(std::string_view text)
{
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&#39;";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

namespace {

// Whether the punctuation at `text[i]` could format inline text (code,
// emphasis, a link, a cell boundary), or, at the start, make a heading, a
// quote or a list. CommonMark lets any ASCII punctuation be escaped with a
// backslash; escaping only these keeps the Markdown source readable.
bool needs_backslash(std::string_view text, size_t i)
{
  constexpr std::string_view anywhere = "\\`*_[]|~";
  char c = text[i];
  if (anywhere.find(c) != std::string_view::npos) {
    return true;
  }
  if (c == '#' || c == '+' || c == '-' || c == '=') {
    return i == 0;
  }
  if (c == '.' || c == ')') {
    // `12.` or `3)` at the start would begin a numbered list.
    return i > 0 && text.find_first_not_of("0123456789") == i;
  }
  return false;
}

} // namespace

std::string markdown_escape(std::string_view text)
{
  std::string escaped;
  escaped.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      continue;
    }
    if (c == '\n') {
      // A trailing line break (a YAML block scalar's) would show as a gap.
      if (text.find_first_not_of("\r\n", i) != std::string_view::npos) {
        escaped += "<br>";
      }
      continue;
    }
    if (c == '<') {
      escaped += "&lt;";
    } else if (c == '>') {
      escaped += "&gt;";
    } else if (c == '&') {
      escaped += "&amp;";
    } else if (needs_backslash(text, i)) {
      escaped += '\\';
      escaped += c;
    } else {
      escaped += c;
    }
  }
  return escaped;
}

std::string mermaid_escape(std::string_view text)
{
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '"':
        escaped += "#quot;";
        break;
      case '#':
        escaped += "#35;";
        break;
      case '<':
        escaped += "#lt;";
        break;
      case '>':
        escaped += "#gt;";
        break;
      case '&':
        escaped += "#amp;";
        break;
      case '[':
        escaped += "#91;";
        break;
      case ']':
        escaped += "#93;";
        break;
      case '(':
        escaped += "#40;";
        break;
      case ')':
        escaped += "#41;";
        break;
      case '{':
        escaped += "#123;";
        break;
      case '}':
        escaped += "#125;";
        break;
      case '|':
        escaped += "#124;";
        break;
      case '`':
        escaped += "#96;";
        break;
      case '\r':
        break;
      case '\n':
        escaped += ' ';
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

} // namespace sopctl::render
