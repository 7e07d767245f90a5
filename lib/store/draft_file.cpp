#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <store/draft_file.hpp>
#include <store/files.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::store {

DraftFile read_draft_file(const Repository& repository, const std::string& id)
{
  DraftFile draft;
  draft.id = id;
  draft.path = repository.draft_path(id);
  draft.display = repository.display(draft.path);
  draft.text = read_file(draft.path, draft.display);
  draft.sop = yaml::load_sop(draft.text, draft.display);
  if (draft.sop.drafting && !draft.sop.is_draft()) {
    throw NotADraft(trf("{}: this SOP is not a draft: it was signed on paper, and its record "
                        "holds its life in force (see sopctl register); revise it with: "
                        "sopctl revise {}",
                        draft.display,
                        id));
  }
  if (!draft.sop.drafting) {
    throw NotADraft(trf("{}: this SOP is not a draft (it has no "
                        "drafting record); start a draft with: "
                        "sopctl start TITLE",
                        draft.display));
  }
  return draft;
}

} // namespace sopctl::store
