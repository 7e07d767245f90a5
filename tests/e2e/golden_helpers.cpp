#include "golden_helpers.hpp"

#include "file_helpers.hpp"

#include <cstdlib>
#include <doctest/doctest.h>

namespace e2e {

std::filesystem::path golden_path(const std::string& name)
{
  return std::filesystem::path(SOPCTL_SOURCE_DIR) / "tests" / "golden" / name;
}

std::string first_difference(const std::string& expected, const std::string& actual)
{
  int line = 1;
  size_t at = 0;
  while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) {
    line += expected[at] == '\n';
    ++at;
  }
  auto excerpt = [&](const std::string& text) {
    auto start = text.rfind('\n', at == 0 ? 0 : at - 1);
    start = start == std::string::npos ? 0 : start + 1;
    return text.substr(start, 160);
  };
  return "line " + std::to_string(line) + "\nexpected: " + excerpt(expected) +
         "\nactual:   " + excerpt(actual);
}

void check_against_golden(const std::string& actual, const std::string& golden)
{
  const char* update = std::getenv("SOPCTL_UPDATE_GOLDEN");
  if (update && *update && std::string(update) != "0") {
    std::filesystem::create_directories(golden_path(golden).parent_path());
    write_bytes(golden_path(golden), actual);
    MESSAGE("rewrote tests/golden/" << golden);
    return;
  }
  auto expected = read_bytes(golden_path(golden));
  INFO("tests/golden/", golden, " differs at ", first_difference(expected, actual));
  INFO("regenerate with: SOPCTL_UPDATE_GOLDEN=1 ctest --test-dir build -R golden");
  CHECK(actual == expected);
}

} // namespace e2e
