#pragma once

#include <lifecycle/lifecycle.hpp>
#include <model/draft_digest.hpp>
#include <optional>
#include <store/procedure.hpp>
#include <string>
#include <vector>
#include <workflow/replay.hpp>

namespace sopctl::ops {

// One SOP file of `sops/` as the register reads it.
struct CatalogueFile
{
  std::string id;
  std::string display; // the path as shown to the user
  model::Sop sop;      // its events expressed in the repository's zone
  // The drafting state of a draft governed by the repository's procedure;
  // unset for an SOP signed on paper (with or without a record).
  std::optional<workflow::DraftState> drafting;
};

// Every SOP of a repository and its place in the register.
struct Catalogue
{
  std::vector<CatalogueFile> files;
  // One entry per file, in the same order (`sop` points into `files`).
  std::vector<lifecycle::Entry> entries;
  // Files that did not load, one message each naming the file; they are in
  // neither list.
  std::vector<std::string> problems;

  // The file and entry of `id`, or null.
  const CatalogueFile* find_file(std::string_view id) const;
  const lifecycle::Entry* find(std::string_view id) const;
};

// Reads every SOP file in `sops/`, replays the drafts against `procedure`,
// checks the records of SOPs signed on paper and derives the register with
// the repository's monitoring schedule. A draft governed by another
// procedure is listed as konsep.
Catalogue load_catalogue(const store::Repository& repository, const store::Procedure& procedure);

// load_catalogue over the files `ids` of sops/ only, for a caller that
// knows the others do not matter to it (`report` leaves out the drafts
// still being drafted, which it has read already: they are neither in force
// nor supersede one).
// `known`: files the caller has read already (signed drafts from the digest
// cache, see catalogue_file), added to those read.
Catalogue load_catalogue(const store::Repository& repository,
                         const store::Procedure& procedure,
                         const std::vector<std::string>& ids,
                         std::vector<CatalogueFile> known = {});

// A draft as a listing has it (its digest and replayed state, in the
// repository's zone), as the register needs it: its name, number, version,
// hand-written dates and events; not the rest of its content.
CatalogueFile catalogue_file(std::string id,
                             model::DraftDigest digest,
                             workflow::DraftState state,
                             int utc_offset_minutes);

} // namespace sopctl::ops
