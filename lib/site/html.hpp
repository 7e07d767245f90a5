#pragma once

// The small pieces every page of the site is written with: escaped text,
// notes with their line breaks, links whose targets are file names.

#include <string>
#include <string_view>
#include <vector>

namespace sopctl::site {

// `text` as HTML element content or a quoted attribute value.
std::string escaped(std::string_view text);

// A note as written: escaped, each line break a <br>.
std::string escaped_lines(std::string_view text);

// `text` on one line (runs of white space, line breaks included, as one
// space), escaped: activities in tables.
std::string escaped_one_line(std::string_view text);

// `part` for one segment of a relative URL: every byte but ASCII letters,
// digits and - . _ ~ as %XX, so a name is never read as a path or a query.
std::string url_part(std::string_view part);

// `<a href="HREF">TEXT</a>`: `href` is escaped, `html` is already HTML.
std::string link(std::string_view href, std::string_view html);

// The items joined with ", ", each escaped.
std::string escaped_list(const std::vector<std::string>& items);

// `text`, or "-" when it is empty, escaped.
std::string escaped_or_dash(std::string_view text);

// A date of the SOP as its document prints it, "13 Februari 2022" or
// "Agustus 2023", in a <time> element whose datetime is the date as written
// (`2023-08`); "-" when empty; other text escaped as written.
std::string sop_date_html(std::string_view date);

// Throws model::Error when `key` cannot be one file name of the site (empty,
// a '/' or '\\', a control character, or starting with '.'): the pages are
// written under the site's directory and never beside it.
void check_file_key(std::string_view key);

} // namespace sopctl::site
