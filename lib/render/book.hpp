#pragma once

#include <model/sop.hpp>
#include <render/approval.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::render {

// The template the Buku SOP is printed through, by its name in templates/.
inline constexpr std::string_view book_html_template = "book.html.mustache";

// The sheets an SOP prints on, as sopctl lays it out: its paper ("A4" or
// "A3", landscape) and how many pages: the identity sheet's pages (more than
// one when its boxes run on) and each page of the procedure table
// (sop.html.mustache breaks a page after each).
struct SopSheets
{
  std::string paper = "A4";
  int pages = 1;
};

// The sheets of `sop` printed with `approval` (and a logo in the kop when
// `has_logo`), from the same layouts sop_html draws.
SopSheets sop_sheets(const model::Sop& sop, const Approval& approval = {}, bool has_logo = false);

// One SOP bound into the book.
struct BookSop
{
  std::string number; // as printed in the table of contents ("-" when none)
  std::string name;
  std::string version;
  std::string document; // the SOP's own page, as sop_html made it
  SopSheets sheets;     // the layout's estimate of its pages
};

// The cover: the office (government, name), the year, and the logo (a data:
// URI, or empty for none).
struct BookCover
{
  model::Office office;
  std::string year;
  std::string logo;
};

// The table of contents cut into pages: the indices of the SOPs each page
// lists, as many rows as fit a page of A4 landscape by the same text
// estimates the procedure table uses.
std::vector<std::vector<size_t>> contents_pages(const std::vector<BookSop>& sops);

// The page each SOP starts on, 1-based, were every SOP to print on the pages
// its sheets estimate: after the cover and the table of contents.
std::vector<int> estimated_start_pages(const std::vector<BookSop>& sops);

// The id of SOP `index` (0-based) in the book, which its table-of-contents
// entry links to and the PDF names as a destination: "sop-1", "sop-2", ...
std::string book_anchor(size_t index);

// The book as one HTML page through `template_text` (book.html.mustache):
// the cover, the table of contents with `start_pages` (one per SOP), then
// each SOP's own page, its body and style kept in a shadow root of its own
// so that no SOP's sizes reach another's. Throws model::Error naming
// sop.html.mustache when an SOP's page has no <body>.
std::string book_html(const BookCover& cover,
                      const std::vector<BookSop>& sops,
                      const std::vector<int>& start_pages,
                      std::string_view template_text);

// An HTML page's parts a book binds: the text of every <style> element
// and what is between <body ...> and </body>.
struct PageParts
{
  std::string style;
  std::string body;
};

// The parts of `html`; throws model::Error naming `template_name` when it
// has no <body> or no </body>.
PageParts page_parts(std::string_view html, std::string_view template_name);

} // namespace sopctl::render
