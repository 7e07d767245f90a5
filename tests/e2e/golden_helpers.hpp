#pragma once

// Golden files: a command's output compared byte for byte with a file under
// tests/golden/, or rewritten there when SOPCTL_UPDATE_GOLDEN is set:
//
//   SOPCTL_UPDATE_GOLDEN=1 ctest --test-dir build -R golden
//   git diff tests/golden/

#include <filesystem>
#include <string>

namespace e2e {

// tests/golden/<name> in the source tree.
std::filesystem::path golden_path(const std::string& name);

// The first line where two texts differ, for a readable failure.
std::string first_difference(const std::string& expected, const std::string& actual);

// Checks `actual` against tests/golden/<golden>, or rewrites that file when
// SOPCTL_UPDATE_GOLDEN is set (and not 0).
void check_against_golden(const std::string& actual, const std::string& golden);

} // namespace e2e
