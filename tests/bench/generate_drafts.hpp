#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace bench {

// One generated draft: its id and the role its active step waits for (empty
// when finished), so an advance can be run on it.
struct GeneratedDraft
{
  std::string id;
  std::string active_role;
};

// Writes `count` realistic drafts (4-5 KB each, 5-15 events, a mix of active
// steps, some late as of `as_of`) into `repository`/sops, governed by the
// embedded seed procedure. Deterministic for a given seed.
std::vector<GeneratedDraft> generate_drafts(const std::filesystem::path& repository,
                                            int count,
                                            const std::string& as_of,
                                            unsigned seed);

} // namespace bench
