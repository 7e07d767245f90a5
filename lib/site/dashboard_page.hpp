#pragma once

#include <site/context.hpp>
#include <string>

namespace sopctl::site {

// konsep.html, the drafting dashboard (not in public): table `#drafts` of
// the drafts in progress, then `#finished` of the others not in force (finished,
// waiting to be signed, or files without a drafting history). The rows keep the input's order:
// SiteInput::drafts is in dashboard order (ops/site gives the late first, most late first, then by
// due), and this page does not sort again; the page says so in its lead.
std::string dashboard_page(const Context& context);

} // namespace sopctl::site
