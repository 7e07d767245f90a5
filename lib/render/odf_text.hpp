#pragma once

#include <string>
#include <string_view>

namespace sopctl::render {

// Text for OpenDocument XML, inside a <text:p> or a quoted attribute:
// & < > " ' as entities; a line break (\n, \r\n or \r) as
// <text:line-break/>, a tab as <text:tab/>; a character XML 1.0 cannot hold
// (the C0 controls other than tab and line breaks, U+FFFE, U+FFFF) as
// U+FFFD, so the file stays well-formed and the reader sees that something
// was there.
std::string odf_escape(std::string_view text);

// A length in CSS pixels (96 to the inch) as OpenDocument millimetres:
// "3.175mm", at most three decimals, no trailing zeros.
std::string odf_mm(double css_pixels);

} // namespace sopctl::render
