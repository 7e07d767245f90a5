#pragma once

#include <map>
#include <model/sop.hpp>
#include <model/timestamp.hpp>
#include <ops/clock.hpp>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// A monitoring or evaluation to record on an SOP in force (the shared part
// of `sopctl monitor` and `sopctl evaluate`).
struct AssessmentRequest
{
  std::string result;                     // baik, tidak
  std::string note;                       // Catatan Hasil Penilaian
  std::string action;                     // Tindakan yang Harus Diambil
  std::map<std::string, std::string> set; // an evaluation's kriteria.N
  std::string by;
  model::Timestamp at;
  bool at_given = true; // false: `clock` gives the time, read under the lock
  Clock clock;
  // With a roster: who assesses (--by, or git's user.email); they must hold
  // sopctl.yaml monitoring.role when it is set.
  std::string identity;
  // `sopctl serve`: the SOP file's hash as the page showed it; refused with
  // model::FileChanged when the file has another (ops/expected_hash).
  std::string expected_hash;
};

// Appends a `kind` event (monitored or evaluated) to SOP `query` (its id in
// sops/, or a unique prefix of one), which must be in force: to its record,
// or, for an SOP signed on paper without one, to a new record at the end of
// the file (the SOP's text kept byte for byte). Checks the time order and
// the roster under the lock, writes and commits (one commit), and says on
// `out` what it recorded and, when the action says revisi, the `sopctl
// revise` line to run. Throws model::Error (model::UsageError for a bad
// request) with nothing written.
void record_assessment(const store::Repository& repository,
                       const std::string& query,
                       model::EventKind kind,
                       const AssessmentRequest& request,
                       std::ostream& out);

// Whether `action` asks for a revision of the SOP (says "revisi", in any
// case): then the office should run `sopctl revise`.
bool asks_revision(const std::string& action);

// `sopctl revise ID --reason "ACTION"`, quoted for a POSIX shell.
std::string revise_command(const std::string& id, const std::string& action);

} // namespace sopctl::ops
