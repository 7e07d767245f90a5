#pragma once

#include <site/context.hpp>
#include <string>

namespace sopctl::site {

// konsep/ID.html, one draft (not in public): its active step, performers,
// due time and lateness (or how it ended), the decision's exits, a link to
// its KONSEP (../dokumen/ID.html), and its history, oldest first, in table
// `#history` (voided acts marked); with act, form#advance (while a step is
// active) and form#note.
std::string draft_page(const Context& context, const DraftRow& draft);

} // namespace sopctl::site
