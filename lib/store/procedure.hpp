#pragma once

#include <model/sop.hpp>
#include <store/repository.hpp>
#include <string>

namespace sopctl::store {

// The SOP that governs drafting in a repository, and where it came from.
struct Procedure
{
  model::Sop sop;
  std::string source; // the file's path, or "embedded default"
  // What drafts record as their procedure: its number, or, for a procedure
  // printed without one, its path as sopctl.yaml gives it.
  std::string id;
};

// The governing procedure: the file `sopctl.yaml` names, else the embedded
// seed SOP. Throws model::InvalidFile when that file is wrong.
Procedure load_procedure(const Repository& repository);

// Checks that a draft is governed by `procedure` (by SOP number); throws
// model::Error saying which procedure the draft names when it is not.
void require_governed_by(const Procedure& procedure,
                         const model::Sop& draft,
                         const std::string& draft_display);

} // namespace sopctl::store
