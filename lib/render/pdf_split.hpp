#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sopctl::render {

// Pages `first` to `last` (1-based, both included) of `pdf`, a PDF as
// Chromium writes it (render/pdf_objects.hpp), as a PDF of their own: those
// page objects and every object they refer to (contents, fonts, images),
// copied byte for byte and numbered anew, under a new page tree and
// catalogue. Links (/Annots) and the document's structure tree are left
// out, as they may point to other pages. nullopt when `pdf` is not laid out
// so, the range is not in it, or a page refers to a page outside it: the
// caller then prints those pages on their own.
std::optional<std::string> pdf_page_range(std::string_view pdf, int first, int last);

} // namespace sopctl::render
