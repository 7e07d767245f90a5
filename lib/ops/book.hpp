#pragma once

#include <functional>
#include <ops/loaded_sop.hpp>
#include <ops/render.hpp>
#include <ostream>
#include <render/book.hpp>
#include <store/repository.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::ops {

// A book printed to PDF: its bytes, the page each SOP starts on (as its
// table of contents prints them and the PDF shows them), and how many
// times it was printed (1, or 2 when the first print showed an SOP
// starting elsewhere than estimated).
struct PrintedBook
{
  std::string pdf;
  std::vector<int> start_pages;
  int prints = 0;
};

// Prints the book of `sops` with `print` (HTML in, PDF out: one Chromium
// run). The table of contents first carries the pages the layout
// estimates; the PDF's named destinations (each SOP's anchor, which its
// entry links to) then say where each SOP really starts. When they agree,
// that print is the book; when not (an office's own template, a box that
// ran onto a second page), the book is printed once more with the pages
// found, which do not move: the table of contents keeps its pages whatever
// numbers it holds. Throws model::Error when the PDF does not say where
// an SOP starts, or the second print still disagrees.
PrintedBook print_book(const render::BookCover& cover,
                       const std::vector<render::BookSop>& sops,
                       std::string_view template_text,
                       const std::function<std::string(const std::string& html)>& print);

// The SOPs of the book: each SOP of `catalogue` in force (lifecycle
// state berlaku), in the catalogue's order, rendered as `render SOP`
// renders it, with its sheets and its entry's number, name and version.
std::vector<render::BookSop> book_sops(const store::Repository& repository,
                                       const Catalogue& catalogue,
                                       const store::Procedure& procedure,
                                       const std::string& logo);

// `sopctl render book`: every SOP in force in `catalogue` (the
// repository's, drafted by `procedure`) bound into the Buku SOP, as HTML or
// (one Chromium run) PDF, written to `request.output` atomically or, as
// HTML only, to `out`. Throws model::Error when no SOP is in force,
// Chromium is missing, or it fails; model::UsageError for a PDF without -o.
void render_book(const store::Repository& repository,
                 const Catalogue& catalogue,
                 const store::Procedure& procedure,
                 const CollectionRequest& request,
                 std::ostream& out);

} // namespace sopctl::ops
