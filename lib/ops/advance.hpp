#pragma once

#include <model/timestamp.hpp>
#include <ops/clock.hpp>
#include <optional>
#include <ostream>
#include <store/repository.hpp>
#include <string>
#include <workflow/advance.hpp>

namespace sopctl::ops {

// `sopctl advance`: appends the event that completes the active step. When
// the request has no --at, `clock` is read under the draft's lock, so two
// advances started at once are stamped in the order they are applied.
void advance_draft(const store::Repository& repository,
                   const std::optional<std::string>& draft,
                   workflow::AdvanceRequest request,
                   const Clock& clock,
                   std::ostream& out);

} // namespace sopctl::ops
