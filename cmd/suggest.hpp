#pragma once

// "Did you mean ...?" for a mistyped command or option.
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::cmd {

// The edit distance between two words (insertions, deletions,
// substitutions and swaps of two neighbours, each 1).
size_t edit_distance(std::string_view a, std::string_view b);

// The candidates nearest to `typed`, in their order: those it is the start
// of, else those within an edit distance of about a third of its length
// (at least 1, at most 3), keeping only the nearest. Empty: nothing close.
std::vector<std::string> nearest(std::string_view typed,
                                 const std::vector<std::string>& candidates);

} // namespace sopctl::cmd
