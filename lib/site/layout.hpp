#pragma once

// The frame every page of the site sits in: <html lang="id">, the title,
// the header with the office's name, the navigation and the search box, and
// the footer naming when the site was drawn.

#include <site/pages.hpp>
#include <string>
#include <string_view>

namespace sopctl::site {

// Which entry of the navigation a page belongs to (marked as current).
enum class Section
{
  sops,
  drafts,
  desks,
  assessments,
  search,
  none,
};

struct Frame
{
  std::string title; // the page's own title, Indonesian; the office is added
  // What leads from the page to the site's root: "" for index.html, "../"
  // for sop/ID.html, "/" for the server's notices (drawn at any path).
  std::string root;
  Section section = Section::none;
  bool search_script = false; // load the index and the search script (cari.html)
};

// The whole page: `body` (HTML) inside the frame.
std::string framed_page(const SiteInput& input,
                        const SiteOptions& options,
                        const Frame& frame,
                        std::string_view body);

// The content type of the site's HTML pages.
inline constexpr const char* html_type = "text/html; charset=utf-8";

} // namespace sopctl::site
