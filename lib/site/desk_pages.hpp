#pragma once

#include <site/context.hpp>
#include <string>
#include <vector>

namespace sopctl::site {

// The drafts whose active step waits for `desk`: not finished, and one of
// the step's performer roles is one of the desk's roles; in the input's
// (dashboard) order, so the late come first.
std::vector<const DraftRow*> waiting_for(const SiteInput& input, const Desk& desk);

// meja.html (not in public): every desk, its roles and how many steps wait
// for it, each linking to meja/KEY.html.
std::string desks_page(const Context& context);

// meja/KEY.html, "Meja saya" (not in public): table `#waiting` of the steps
// waiting for the desk, rows `tr[data-draft=ID]`.
std::string desk_page(const Context& context, const Desk& desk);

} // namespace sopctl::site
