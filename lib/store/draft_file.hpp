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

} // namespace sopctl::store
