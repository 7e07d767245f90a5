#pragma once

#include <model/errors.hpp>
#include <model/sop.hpp>
#include <store/repository.hpp>
#include <string>
#include <string_view>

namespace sopctl::store {

// Thrown for an SOP file that is fine but is not a draft (no drafting record).
class NotADraft : public model::Error
{
public:
  using model::Error::Error;
};

// A draft as read from `sops/<id>.yaml`: its exact text and what it says.
struct DraftFile
{
  std::string id;
  fs::path path;
  std::string display; // the path as shown to the user
  std::string text;
  model::Sop sop; // always has a drafting record
};

// Reads and checks a draft. Throws model::InvalidFile for a file that does
// not load, NotADraft for an SOP file that is not a draft.
DraftFile read_draft_file(const Repository& repository, const std::string& id);

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

} // namespace sopctl::store
