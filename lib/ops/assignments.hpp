#pragma once

#include <map>
#include <string>
#include <vector>

namespace sopctl::ops {

// `--set KEY=VALUE` options (or the lines of `sopctl serve`'s `set` field)
// as a map; throws model::UsageError for one without `=`, with a key that
// cannot name a value, or given twice.
std::map<std::string, std::string> parse_assignments(const std::vector<std::string>& options);

} // namespace sopctl::ops
