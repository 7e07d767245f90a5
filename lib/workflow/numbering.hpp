#pragma once

#include <model/numbering.hpp>
#include <model/timestamp.hpp>
#include <string>
#include <vector>

namespace sopctl::workflow {

// Why `pattern` cannot make numbers, or empty when it can. Tokens: {seq},
// {seq:0N} (zero-padded to N digits), {year}, {month}, {month_roman}.
std::string check_pattern(const std::string& pattern);

// The number for sequence `seq` at moment `at` (its local year and month).
std::string format_number(const std::string& pattern, int seq, model::Timestamp at);

// Counters merged from two clones: the larger per key, so no number already
// handed out on either side is handed out again from either.
model::Counters merge_counters(const model::Counters& ours, const model::Counters& theirs);

} // namespace sopctl::workflow
