#pragma once

#include <string>
#include <string_view>

namespace sopctl::render {

// Text for HTML or SVG, element content or a quoted attribute: & < > " '
// as entities.
std::string html_escape(std::string_view text);

// Text for one Markdown table cell or list item that shows exactly as
// written: Markdown's punctuation (| * _ ` [ ] # ~ \ and the rest) behind a
// backslash, < > & as entities so no HTML gets through, line breaks as <br>.
std::string markdown_escape(std::string_view text);

// Text for a quoted Mermaid label ("..."): quotes, brackets, braces, #, <, >,
// &, | and ` as Mermaid's #code; entities, line breaks as spaces.
std::string mermaid_escape(std::string_view text);

} // namespace sopctl::render
