#pragma once

// Reading the catalogue's pieces (lib/i18n/id/*.po) and the tr()/trf() calls
// of the sources, for the tests that every message has its Indonesian.
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace sopctl::test {

namespace fs = std::filesystem;

// The whole of the file at `path`.
inline std::string read_text(const fs::path& path)
{
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), {}};
}

// The C string literal's text, escapes as written (as a .po msgid holds it).
inline std::string joined_literals(const std::string& literals)
{
  static const std::regex literal("\"((?:[^\"\\\\]|\\\\.)*)\"");
  std::string text;
  for (std::sregex_iterator it(literals.begin(), literals.end(), literal), end; it != end; ++it) {
    text += (*it)[1];
  }
  return text;
}

// Every msgid given to tr() or trf() in `files`.
inline std::set<std::string> message_ids(const std::vector<fs::path>& files)
{
  static const std::regex call("\\btrf?\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)");
  std::set<std::string> ids;
  for (const auto& file : files) {
    auto text = read_text(file);
    for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) {
      ids.insert(joined_literals((*it)[1]));
    }
  }
  return ids;
}

// msgid -> msgstr of a .po file.
inline std::map<std::string, std::string> catalogue(const fs::path& po)
{
  static const std::regex entry(
    "msgid \"((?:[^\"\\\\]|\\\\.)*)\"\nmsgstr \"((?:[^\"\\\\]|\\\\.)*)\"");
  // A long entry may be wrapped over lines ("..."\n"..."): joined first.
  static const std::regex continued("\"\n\"");
  auto text = std::regex_replace(read_text(po), continued, "");
  std::map<std::string, std::string> messages;
  for (std::sregex_iterator it(text.begin(), text.end(), entry), end; it != end; ++it) {
    messages[(*it)[1]] = (*it)[2];
  }
  return messages;
}

// How many placeholders (or literal braces) `text` holds.
inline size_t placeholders(const std::string& text)
{
  size_t count = 0;
  for (size_t at = text.find('{'); at != std::string::npos; at = text.find('{', at + 1)) {
    ++count;
  }
  return count;
}

} // namespace sopctl::test
