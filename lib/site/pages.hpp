#pragma once

// The pages of the office's SOP site, drawn from a SiteInput: pure, text in
// and text out. `sopctl site build` writes them to a directory; `sopctl
// serve` answers each request with one of them, drawn afresh.

#include <optional>
#include <site/site_input.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::site {

struct SiteOptions
{
  // Only SOPs in force and their documents: no drafts, no desks, no names
  // but the signers', no monitoring list.
  bool public_only = false;
  // Draw the forms of `sopctl serve --allow act` (advance, note, monitor).
  bool act = false;
  // Who the pages are drawn for, under `serve --allow act`: named above the
  // forms, and warned before a step whose roles they do not hold (the
  // server refuses it either way). Unset: unknown (the static site).
  struct Viewer
  {
    std::string name;
    std::vector<std::string> roles; // role keys they hold
    bool on_roster = false;         // false: no roster, anyone may act
  };
  std::optional<Viewer> viewer;
};

// One file of the site: its path relative to the site's root (`index.html`,
// `sop/ID.html`, `assets/site.css`) and its bytes.
struct Page
{
  std::string path;
  std::string content;
  std::string content_type; // "text/html; charset=utf-8", "text/css", ...
};

// Every page of the site (not the SOP documents and PDFs, which ops/site
// renders): see the layout in README "The SOP site".
std::vector<Page> build_pages(const SiteInput& input, const SiteOptions& options);

// A page saying `message` under `title` with a link back to `back`
// (site-relative, "konsep/ID.html"), in the site's frame: the server's
// refusals, 404 and 409. Its links are root-absolute ("/index.html"), as the
// server draws it at whatever path was asked for.
std::string notice_page(const SiteInput& input,
                        const SiteOptions& options,
                        std::string_view title,
                        std::string_view message,
                        std::string_view back);

} // namespace sopctl::site
