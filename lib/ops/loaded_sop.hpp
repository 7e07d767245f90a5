#pragma once

#include <filesystem>
#include <model/sop.hpp>
#include <ops/catalogue.hpp>
#include <optional>
#include <render/approval.hpp>
#include <store/procedure.hpp>
#include <store/repository.hpp>
#include <string>
#include <vector>
#include <workflow/replay.hpp>

namespace sopctl::ops {

// An SOP file as `render` prints it: the SOP, and for a draft its replayed
// state and the procedure and rules governing it.
struct LoadedSop
{
  model::Sop sop;
  std::optional<workflow::DraftState> state;
  std::string display; // the file's path as shown
  // For a draft: the procedure governing it and the rules it drafts by (the
  // procedure's, with sopctl.yaml's overrides).
  std::optional<store::Procedure> procedure;
  model::DraftingRules rules;

  // The file's stem: the draft id in sops/.
  std::string id() const;
};

// Reads the SOP file at `path` (strictly) and, for a draft, replays it
// against `procedure` (loaded here when not given). Throws model::Error
// naming the file when it does not load, is governed by another
// procedure, or its history does not replay.
LoadedSop load_sop_file(const store::Repository& repository,
                        const std::filesystem::path& path,
                        std::optional<store::Procedure> procedure = std::nullopt);

// The approval `loaded` is printed with (render::approval_of). Throws
// model::Error for a signed draft whose recorded signer block is not whole.
render::Approval document_approval(const store::Repository& repository, const LoadedSop& loaded);

// Marks `approval` of the SOP `id` of sops/ as the office's register
// `catalogue` says it stands once no longer in force: DIGANTIKAN by the
// signed revision (its number, version and day), DICABUT by its decree.
// Nothing for an SOP in force, a konsep, or an id not in the register.
void mark_standing(const Catalogue& catalogue, std::string_view id, render::Approval& approval);

// The SOP document of `loaded` as HTML through the repository's
// sop.html.mustache (or the embedded one), with `logo` (a data: URI or
// empty): the page `render SOP` prints; with `marks`, marked as that
// register says it stands (mark_standing). Throws model::Error for a signed
// draft whose recorded signer block is not whole.
std::string sop_document_html(const store::Repository& repository,
                              const LoadedSop& loaded,
                              const std::string& logo,
                              const Catalogue* marks = nullptr);

// The repository's catalogue (ops/catalogue.hpp: every SOP of sops/ and
// its place in the register), against its procedure. Throws model::Error
// naming every file that does not load: a document of the whole
// repository is not printed without one of its SOPs.
Catalogue load_whole_catalogue(const store::Repository& repository,
                               const store::Procedure& procedure);

// `file` of the catalogue as `render` prints it, its draft (when it is one)
// governed by `procedure`.
LoadedSop loaded_from(const store::Repository& repository,
                      const CatalogueFile& file,
                      const store::Procedure& procedure);

} // namespace sopctl::ops
