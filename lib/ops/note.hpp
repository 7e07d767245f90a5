#pragma once

#include <model/timestamp.hpp>
#include <ops/clock.hpp>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// What `sopctl note` was asked to record.
struct NoteRequest
{
  std::string text;
  std::string role; // optional: the role the note is made as
  std::string by;
  model::Timestamp at;
  // False when no --at was given: `clock` is then read under the draft's
  // lock, as advance does, so a note racing another command is stamped after
  // it rather than refused as earlier.
  bool at_given = true;
  Clock clock;
  // With a roster: who is noting (--by name or NIP, or git's user.email);
  // they must be on it, and hold --role when one is given.
  std::string identity;
  // `sopctl serve`: the draft file's hash as the page showed it; refused
  // with model::FileChanged when the file has another (ops/expected_hash).
  std::string expected_hash;
};

// `sopctl note`: appends a `noted` event at the draft's active step (its
// last step once finished). Notes change no state, so notes made in two
// clones merge without conflict.
void note_draft(const store::Repository& repository,
                const std::string& draft,
                const NoteRequest& request,
                std::ostream& out);

} // namespace sopctl::ops
