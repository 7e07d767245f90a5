#pragma once

// The site's Indonesian words for values of the SiteInput: an SOP's state,
// a draft's lateness, a monitoring's kind and how far it is from due.

#include <site/site_input.hpp>
#include <string>
#include <string_view>

namespace sopctl::site {

// "Berlaku", "Digantikan", "Dicabut"; another state as written.
std::string state_word(std::string_view state);

// The lateness cell of a draft's active step, as HTML: "Terlambat 2 hari"
// in a marked span when late, "Belum jatuh tempo" when it has a due time,
// "-" when its step has no clock or the draft is finished.
std::string lateness_html(const DraftRow& draft);

// "Pemantauan" or "Evaluasi" (another kind as written).
std::string assessment_kind_word(std::string_view kind);

// "Terlambat 12 hari" (marked) or "5 hari lagi" / "hari ini", as HTML.
std::string assessment_when_html(const AssessmentRow& row);

} // namespace sopctl::site
