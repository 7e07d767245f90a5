#pragma once

#include <string>
#include <vector>

namespace e2e {

// The full path of `program` on $PATH, or empty.
std::string on_path(const std::string& program);

// Whether a test needing `programs` cannot run here. When one is missing it
// says so with `skip_message` (which names the packages to install) and the
// test returns early. With SOPCTL_REQUIRE_TOOLS=1 in the environment, as
// .ci/run sets it, a missing program fails the test instead: CI must not go
// green on tests that never ran because an install step broke.
bool tools_missing(const std::vector<std::string>& programs, const std::string& skip_message);

} // namespace e2e
