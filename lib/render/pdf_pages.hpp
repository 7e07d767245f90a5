#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace sopctl::render {

// What a printed PDF says of its pages: how many, and the page (1-based)
// each named destination (an element's id a link points to) is on.
struct PdfPages
{
  int count = 0;
  std::map<std::string, int> destinations;
};

// Reads the pages of a PDF as Chromium writes it (Skia's PDF: a classic
// cross-reference table, object dictionaries in plain text, the catalogue's
// /Dests dictionary of named destinations, a tree of /Pages nodes). nullopt
// when `pdf` is not laid out so: the caller cannot tell where a
// destination is.
std::optional<PdfPages> read_pdf_pages(std::string_view pdf);

} // namespace sopctl::render
