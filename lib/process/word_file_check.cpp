#include <algorithm>
#include <process/word_file_check.hpp>
#include <process/zip_reader.hpp>
#include <regex>

namespace sopctl::process {

namespace {

// Adds `item` to `list` unless it is there already.
void note(std::vector<std::string>& list, const std::string& item)
{
  if (std::find(list.begin(), list.end(), item) == list.end()) {
    list.push_back(item);
  }
}

bool ends_with(std::string_view text, std::string_view end)
{
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

bool starts_with(std::string_view text, std::string_view start)
{
  return text.substr(0, start.size()) == start;
}

// The value of attribute `name` in the tag `tag`, empty when it has none.
std::string attribute(const std::string& tag, const std::string& name)
{
  std::smatch match;
  std::regex pattern("\\s" + name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
  if (!std::regex_search(tag, match, pattern)) {
    return "";
  }
  return match[2].matched ? match[2].str() : match[3].str();
}

// A reference outside the file: with a scheme (http:, file:,
// vnd.sun.star.script: ...), an absolute path, or a path leaving the
// package (LibreOffice writes a linked file: URL relative to the document,
// as ../../secret.txt); not Pictures/1.png, ./Object 1 or #bookmark.
bool outside(const std::string& reference)
{
  static const std::regex scheme("^\\s*([A-Za-z][A-Za-z0-9+.-]*:|/|\\\\|\\.\\./)");
  return std::regex_search(reference, scheme);
}

void inspect_docx(std::string_view file, WordFileFindings& findings)
{
  for (const auto& name : zip_names(file)) {
    if (ends_with(name, "vbaProject.bin") || ends_with(name, "vbaData.xml")) {
      note(findings.macros, name);
    }
  }
  static const std::regex relationship("<Relationship\\b[^>]*>");
  auto parts = zip_contents(file, [](const std::string& name) { return ends_with(name, ".rels"); });
  for (const auto& [name, text] : parts) {
    for (std::sregex_iterator it(text.begin(), text.end(), relationship), end; it != end; ++it) {
      auto tag = it->str();
      if (attribute(tag, "TargetMode") == "External" &&
          !ends_with(attribute(tag, "Type"), "/hyperlink")) {
        note(findings.external, attribute(tag, "Target"));
      }
    }
  }
}

void inspect_odt(std::string_view file, WordFileFindings& findings)
{
  for (const auto& name : zip_names(file)) {
    if (starts_with(name, "Basic/") || starts_with(name, "Scripts/")) {
      note(findings.macros, name);
    }
  }
  static const std::regex linking("<([A-Za-z][\\w.-]*:[\\w.-]+)\\b[^>]*\\sxlink:href\\s*=[^>]*>");
  auto parts = zip_contents(file, [](const std::string& name) {
    return ends_with(name, ".xml") && !starts_with(name, "Basic/") &&
           !starts_with(name, "META-INF/");
  });
  for (const auto& [name, text] : parts) {
    for (std::sregex_iterator it(text.begin(), text.end(), linking), end; it != end; ++it) {
      auto element = (*it)[1].str();
      auto href = attribute(it->str(), "xlink:href");
      if (element == "text:a" || element == "draw:a" || !outside(href)) {
        continue;
      }
      if (element == "script:event-listener" || starts_with(href, "vnd.sun.star.script:") ||
          starts_with(href, "macro:")) {
        note(findings.macros, name + ": " + href);
      } else {
        note(findings.external, href);
      }
    }
  }
}

} // namespace

WordFileFindings inspect_word_file(std::string_view file, WordFormat format)
{
  WordFileFindings findings;
  if (format == WordFormat::docx) {
    inspect_docx(file, findings);
  } else {
    inspect_odt(file, findings);
  }
  return findings;
}

} // namespace sopctl::process
