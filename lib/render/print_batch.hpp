#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sopctl::render {

// One SOP document of a print batch: its page as sop_html made it, and its
// paper ("A4" or "A3", landscape; render::sop_sheets).
struct BatchDocument
{
  std::string html;
  std::string paper = "A4";
};

// The id of document `index` (0-based) in a print batch, which the printed
// PDF names as a destination: "dokumen-1", "dokumen-2", ...
std::string batch_anchor(size_t index);

// `documents` bound into one page for one print, as the Buku SOP binds them
// (render/book.hpp) but with nothing else: each document's style and body in
// a shadow root of its own, starting a new sheet of its paper (A4 or A3
// landscape, 10 mm margins, as sop.html.mustache prints), with the id
// batch_anchor(i), so the PDF's destinations say where each starts and it
// can be cut into one PDF per document (render/pdf_split.hpp). Throws
// model::Error naming sop.html.mustache when a document has no <body>.
std::string print_batch_html(const std::vector<BatchDocument>& documents);

} // namespace sopctl::render
