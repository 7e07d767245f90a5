// lib/i18n/id/view.po holds an Indonesian translation of every message the
// tables, status words and report lines of lib/view (and the formats' own
// messages) pass to tr() or trf(), with the same placeholders.
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <regex>
#include <set>
#include <string>

namespace fs = std::filesystem;

namespace {

const fs::path source_dir = SOPCTL_SOURCE_DIR;

std::string read_text(const fs::path& path)
{
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), {}};
}

// The C string literal's text, escapes as written (as a .po msgid holds it).
std::string joined_literals(const std::string& literals)
{
  static const std::regex literal("\"((?:[^\"\\\\]|\\\\.)*)\"");
  std::string text;
  for (std::sregex_iterator it(literals.begin(), literals.end(), literal), end; it != end; ++it) {
    text += (*it)[1];
  }
  return text;
}

// Every msgid given to tr() or trf() in `files`.
std::set<std::string> message_ids(const std::vector<fs::path>& files)
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

// msgid -> msgstr of a .po file whose entries are one line each.
std::map<std::string, std::string> catalogue(const fs::path& po)
{
  static const std::regex entry(
    "msgid \"((?:[^\"\\\\]|\\\\.)*)\"\nmsgstr \"((?:[^\"\\\\]|\\\\.)*)\"");
  auto text = read_text(po);
  std::map<std::string, std::string> messages;
  for (std::sregex_iterator it(text.begin(), text.end(), entry), end; it != end; ++it) {
    messages[(*it)[1]] = (*it)[2];
  }
  return messages;
}

size_t placeholders(const std::string& text)
{
  size_t count = 0;
  for (size_t at = text.find('{'); at != std::string::npos; at = text.find('{', at + 1)) {
    ++count;
  }
  return count;
}

} // namespace

TEST_SUITE("i18n::view catalogue")
{
  TEST_CASE("every table heading, status word and report line of lib/view has its Indonesian")
  {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(source_dir / "lib/view")) {
      if (entry.path().extension() == ".cpp") {
        files.push_back(entry.path());
      }
    }
    for (const char* file :
         {"lib/ops/records_output.cpp", "lib/ops/workbook.cpp", "cmd/terminal.cpp"}) {
      files.push_back(source_dir / file);
    }
    auto ids = message_ids(files);
    CHECK(ids.size() > 60);
    CHECK(ids.contains("LATE BY"));
    auto messages = catalogue(source_dir / "lib/i18n/id/view.po");
    for (const auto& id : ids) {
      CAPTURE(id);
      REQUIRE(messages.contains(id));
      const auto& translation = messages.at(id);
      CHECK_FALSE(translation.empty());
      CHECK(placeholders(translation) == placeholders(id));
    }
  }

  TEST_CASE("the office's words are used for the headings")
  {
    auto messages = catalogue(source_dir / "lib/i18n/id/view.po");
    CHECK(messages.at("STEP") == "LANGKAH");
    CHECK(messages.at("PERFORMER") == "PELAKSANA");
    CHECK(messages.at("DUE") == "JATUH TEMPO");
    CHECK(messages.at("LATE BY") == "TERLAMBAT");
    CHECK(messages.at("STANDARD") == "MUTU BAKU");
    CHECK(messages.at("ROUND") == "PUTARAN");
    CHECK(messages.at("DRAFT") == "KONSEP");
  }
}
