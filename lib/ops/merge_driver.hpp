#pragma once

#include <filesystem>
#include <ostream>
#include <string>

namespace sopctl::ops {

// `sopctl merge-driver BASE OURS THEIRS PATH`, as git runs it: merges the
// three versions of a draft into OURS. A file that does not load as an SOP
// is merged line by line (git merge-file). Returns 0 when clean, 1 when
// conflicts remain (marked in OURS and named on `err`).
int merge_draft_versions(const std::filesystem::path& base,
                         const std::filesystem::path& ours,
                         const std::filesystem::path& theirs,
                         const std::string& path,
                         std::ostream& err);

} // namespace sopctl::ops
