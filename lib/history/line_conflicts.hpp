#pragma once

#include <string>
#include <string_view>

namespace sopctl::history {

// Two versions of a text as one, with git-style conflict markers around each
// run of lines where they differ:
//   <<<<<<< ours
//   # sopctl: <explanation>
//   ...ours...
//   =======
//   ...theirs...
//   >>>>>>> theirs
// Lines both share are written once. The explanation line (a YAML comment)
// lets `sopctl check` say what the conflict is about.
std::string with_conflict_markers(std::string_view ours,
                                  std::string_view theirs,
                                  std::string_view explanation);

} // namespace sopctl::history
