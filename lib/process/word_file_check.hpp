#pragma once

#include <process/libreoffice.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::process {

// What a docx or odt holds that must not leave sopctl.
struct WordFileFindings
{
  // Addresses outside the file that Word or LibreOffice fetch when it is
  // opened (linked pictures, stylesheets, sections, frames): a docx
  // relationship with TargetMode="External", an odt xlink:href with a
  // scheme, an absolute path or a path out of the package (../). Hyperlinks (followed only when
  // clicked) are not counted.
  std::vector<std::string> external;
  // Macros: the zip's files holding them (Basic/..., Scripts/...,
  // vbaProject.bin) and script event bindings.
  std::vector<std::string> macros;
};

// Reads `file` (a docx or odt, as `format` says). Throws model::Error when
// it is not a zip archive.
WordFileFindings inspect_word_file(std::string_view file, WordFormat format);

} // namespace sopctl::process
