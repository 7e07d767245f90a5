#pragma once

#include <model/sop.hpp>
#include <string>
#include <string_view>

namespace sopctl::yaml {

// The draft's text with `event` appended. Only the new event's lines are
// added, so comments and hand formatting elsewhere survive; when the file's
// layout does not allow that (events not last, unusual indentation), the
// whole draft is written in the canonical layout instead. Either way the
// result reads back as `sop` plus the event.
std::string append_event(std::string_view text, const model::Sop& sop, const model::Event& event);

// A draft's text cut in two: the SOP content (identity, performers, steps)
// the user edits, and the drafting record that only sopctl writes.
struct DraftText
{
  std::string content;
  std::string record;
};

// Splits at the `drafting:` line (with the comment lines just above it).
// When the record is not the file's last top-level key, both halves are
// written in the canonical layout instead.
DraftText split_draft_text(std::string_view text, const model::Sop& sop);

} // namespace sopctl::yaml
