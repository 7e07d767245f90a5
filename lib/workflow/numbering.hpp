#pragma once

#include <map>
#include <model/timestamp.hpp>
#include <string>
#include <utility>
#include <vector>

namespace sopctl::workflow {

// How one kind of number is handed out: the SOP's own number when it is
// signed, a letter's number when the step producing it is done.
struct NumberingRule
{
  std::string name;    // `sop`, `surat-pengantar`: the event records number.<name>
  std::string pattern; // `{seq:03}/SOP-Disdukcapil/{year}`
  int step = 0;        // the drafting step whose completion hands it out
};

// The rules for the embedded drafting procedure: the meeting invitation's
// number at step 2, the SOP's at step 8 (signing), the cover letter's at 9.
std::vector<NumberingRule> default_numbering();

// Why `pattern` cannot make numbers, or empty when it can. Tokens: {seq},
// {seq:0N} (zero-padded to N digits), {year}, {month}, {month_roman}.
std::string check_pattern(const std::string& pattern);

// The number for sequence `seq` at moment `at` (its local year and month).
std::string format_number(const std::string& pattern, int seq, model::Timestamp at);

// The last sequence number handed out per pattern and year: the counters
// file's content.
using Counters = std::map<std::pair<std::string, int>, int>;

// Counters merged from two clones: the larger per key, so no number already
// handed out on either side is handed out again from either.
Counters merge_counters(const Counters& ours, const Counters& theirs);

} // namespace sopctl::workflow
