#pragma once

#include <model/sop.hpp>
#include <string>
#include <string_view>

namespace sopctl::render {

// The letterhead (kop surat) the letters and the Daftar SOP share, by its
// name in templates/.
inline constexpr std::string_view kop_html_template = "kop.html.mustache";

// The letterhead through `kop_template` (kop.html.mustache), every value
// HTML-escaped, without the line break after its last line (a page places
// it on a line of its own).
std::string kop_html(const model::Office& office,
                     const std::string& logo,
                     std::string_view kop_template);

} // namespace sopctl::render
