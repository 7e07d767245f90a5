#pragma once

// The site's search, which works from file:// with nothing fetched: the
// index is a script setting `window.SOPCTL_INDEX`, and a few lines of
// script filter it as the reader types in cari.html's box.

#include <site/context.hpp>
#include <string>
#include <string_view>

namespace sopctl::site {

// `text` as a JSON string inside a <script>: quotes, backslashes and control
// characters escaped as JSON has them, and < > & U+2028 U+2029 as \uXXXX,
// so no name can close the script or start a comment.
std::string script_json_string(std::string_view text);

// assets/search-index.js: one entry {title, url, kind, text} per SOP (in
// public the SOPs in force only) over its name, number, performers and
// legal bases, and (not in public) per draft over its title.
std::string search_index_js(const Context& context);

// assets/site.js: filters the index on input (case-insensitive, every word
// must occur), reads `?q=` on cari.html, lists hits as `li > a`.
std::string search_script_js();

// cari.html: `input#search` and the results `ul#results`.
std::string search_page(const Context& context);

} // namespace sopctl::site
