#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace sopctl::model {

// How one kind of number is handed out: the SOP's own number when it is
// signed, a letter's number when the step producing it is done.
struct NumberingRule
{
  std::string name;    // `sop`, `surat-pengantar`: the event records number.<name>
  std::string pattern; // `{seq:03}/SOP-Disdukcapil/{year}`
  int step = 0;        // the drafting step whose completion hands it out
};

// The last sequence number handed out per pattern and year: the counters
// file's content.
using Counters = std::map<std::pair<std::string, int>, int>;

} // namespace sopctl::model
