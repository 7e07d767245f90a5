#pragma once

#include <string>

namespace sopctl::site {

// assets/site.css: a sober, printable look (system fonts, nothing fetched);
// late rows tinted and marked with the word "Terlambat"; tables scroll
// sideways on narrow screens; navigation, search and forms left off paper.
std::string site_css();

} // namespace sopctl::site
