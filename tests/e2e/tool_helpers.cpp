#include "tool_helpers.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <filesystem>
#include <sstream>
#include <unistd.h>

namespace e2e {

std::string on_path(const std::string& program)
{
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    auto candidate = std::filesystem::path(dir) / program;
    if (!dir.empty() && ::access(candidate.c_str(), X_OK) == 0) {
      return candidate.string();
    }
  }
  return "";
}

bool tools_missing(const std::vector<std::string>& programs, const std::string& skip_message)
{
  std::string missing;
  for (const auto& program : programs) {
    if (on_path(program).empty()) {
      missing += (missing.empty() ? "" : ", ") + program;
    }
  }
  if (missing.empty()) {
    return false;
  }
  const char* require = std::getenv("SOPCTL_REQUIRE_TOOLS");
  if (require && std::string(require) == "1") {
    FAIL_CHECK("SOPCTL_REQUIRE_TOOLS=1, and not on PATH: " << missing << " (" << skip_message
                                                           << ")");
  } else {
    MESSAGE(skip_message);
  }
  return true;
}

} // namespace e2e
