#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::process {

// The names of the files in a zip archive (a docx or odt), from its central
// directory. Throws model::Error when `archive` is not a zip file.
std::vector<std::string> zip_names(std::string_view archive);

// The contents of the files whose names `wanted` accepts (stored or
// deflated), by name. Throws model::Error on a damaged archive.
std::map<std::string, std::string> zip_contents(
  std::string_view archive,
  const std::function<bool(const std::string&)>& wanted);

} // namespace sopctl::process
