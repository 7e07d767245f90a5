#pragma once

// What every page function of the site is given: the input, the options,
// and which SOPs have a page of their own (in public, those in force only),
// so a link is drawn only to a page that exists.

#include <set>
#include <site/pages.hpp>
#include <string>

namespace sopctl::site {

struct Context
{
  Context(const SiteInput& site_input, const SiteOptions& site_options);

  const SiteInput& input;
  const SiteOptions& options;
  std::set<std::string> sop_pages; // ids of the SOPs drawn as sop/ID.html

  // Forms are drawn: `serve --allow act`, never in a public site.
  bool act() const { return options.act && !options.public_only; }
  bool has_sop_page(const std::string& id) const { return sop_pages.count(id) > 0; }
  // The SOP row with `id`, or null.
  const SopRow* sop(const std::string& id) const;
};

// Whether a public site shows this SOP: in force.
bool shown_in_public(const SopRow& sop);

} // namespace sopctl::site
