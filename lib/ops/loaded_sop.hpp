#pragma once

#include <filesystem>
#include <model/sop.hpp>
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

// The SOP document of `loaded` as HTML through the repository's
// sop.html.mustache (or the embedded one), with `logo` (a data: URI or
// empty): the page `render SOP` prints. Throws model::Error for a signed
// draft whose recorded signer block is not whole.
std::string sop_document_html(const store::Repository& repository,
                              const LoadedSop& loaded,
                              const std::string& logo);

// Whether `loaded` is in force, until the lifecycle states land: a plain
// SOP file with its Tgl Pengesahan written, or a finished draft whose
// signing step was completed (not KONSEP).
bool signed_and_in_force(const store::Repository& repository, const LoadedSop& loaded);

// Every SOP file in sops/, in the order of their ids, loaded with
// load_sop_file against the repository's procedure. Throws model::Error
// for the first that does not load: a document of the whole repository is
// not printed without one of its SOPs.
std::vector<LoadedSop> load_all_sops(const store::Repository& repository);

} // namespace sopctl::ops
