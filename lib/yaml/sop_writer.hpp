#pragma once

#include <model/sop.hpp>
#include <string>

namespace sopctl::yaml {

// The SOP document in sopctl's canonical layout: fixed key order, quoting
// only where a YAML reader could misread a value, literal blocks for
// multi-line text. Writing what read_sop read gives the same bytes back.
std::string write_sop(const model::Sop& sop);

// The SOP's content alone (identity, performers, steps), without `drafting`.
std::string write_content(const model::Sop& sop);

// The `drafting:` section of a draft, from its first line to the end.
std::string write_drafting(const model::DraftingRecord& record);

// One event as a list item whose `- ` sits at `indent` spaces.
std::string write_event(const model::Event& event, int indent);

} // namespace sopctl::yaml
