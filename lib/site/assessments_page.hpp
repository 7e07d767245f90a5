#pragma once

#include <site/context.hpp>
#include <string>

namespace sopctl::site {

// pemantauan.html (not in public): the monitorings and evaluations of SOPs
// in force that are late or due soon, table `#assessments`, rows
// `tr[data-sop=ID]` with class `late` and the word "Terlambat" when late,
// in the input's order (late first).
std::string assessments_page(const Context& context);

} // namespace sopctl::site
