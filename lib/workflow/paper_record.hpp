#pragma once

#include <model/diagnostics.hpp>
#include <model/sop.hpp>
#include <optional>
#include <vector>

namespace sopctl::workflow {

// What the record of an SOP signed on paper (a record without a procedure)
// says: its events are lifecycle events only.
struct PaperRecord
{
  bool revoked = false;
};

// Checks the events of a record without a procedure: each an adopted (only
// first), monitored, evaluated or revoked event, in time order, nothing but
// notes after a revocation. A misfit is reported at its position; nullopt
// then.
std::optional<PaperRecord> check_paper_record(const std::vector<model::Event>& events,
                                              model::Diagnostics& diagnostics);

} // namespace sopctl::workflow
