#pragma once

// Writing the events of an SOP's life in force (monitored, evaluated,
// revoked) into an SOP file the way `sopctl monitor`, `evaluate` and
// `revoke` will (issue 13, written in parallel): sealed onto the record's
// hash chain, the record begun when the file has none. The git and merge
// tests commit them as a clone would. It uses sopctl's own library for the
// hash and the layout, so an event written here is byte for byte one that
// sopctl writes.

#include "sopctl_runner.hpp"

#include <map>
#include <string>

namespace e2e {

// One lifecycle event as recorded.
struct LifecycleEvent
{
  std::string kind; // monitored, evaluated, revoked
  std::string by;
  std::string at; // with its offset: "2026-12-01T09:00:00+07:00"; also its `recorded`
  std::string role;
  std::string note;
  std::string result; // baik, tidak (monitored, evaluated)
  std::string action;
  std::string ref;                        // the decree (revoked)
  std::map<std::string, std::string> set; // kriteria.N = ya/tidak (evaluated)
};

// Appends `event` to the SOP at `file`, beginning its record (a record
// without a procedure) when it has none. Throws std::runtime_error when the
// file does not load or the event is malformed.
void append_lifecycle_event(const fs::path& file, const LifecycleEvent& event);

// A monitoring by `by` at `at` with the result `baik` and a note.
LifecycleEvent monitoring(const std::string& by, const std::string& at);

// A revocation by `by` (as kadis) at `at`, with its reason and decree.
LifecycleEvent revocation(const std::string& by, const std::string& at);

} // namespace e2e
