#pragma once

#include <model/person.hpp>
#include <model/sop.hpp>
#include <vector>

namespace sopctl::model {

// What a printed document needs of a repository's settings: the letterhead,
// the default signer, the roster, and the drafting procedure's signing and
// paraf steps. Plain values, so render/ needs nothing of how they are stored.
struct DocumentSettings
{
  Office office;     // the letterhead (kop surat)
  Approver approver; // who signs when the roster does not say
  std::vector<Person> people;
  int signing_step = 0; // 0: the procedure declares none (DraftingRules)
  int paraf_step = 0;
};

} // namespace sopctl::model
