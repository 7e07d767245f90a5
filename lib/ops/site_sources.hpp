#pragma once

// What ops/site gathers once and both halves of `sopctl site build` use:
// the SiteInput the pages are drawn from, and the register's files the SOP
// documents are rendered from.

#include <model/timestamp.hpp>
#include <ops/catalogue.hpp>
#include <site/pages.hpp>
#include <site/site_input.hpp>
#include <store/procedure.hpp>
#include <store/repository.hpp>

namespace sopctl::ops {

// The site's sources: `input` as gather_site returns it; `catalogue` holds
// every SOP file of sops/ but the drafts in progress (those are read from
// their digests, and their files only when a page needs them), read with
// `procedure`.
struct SiteSources
{
  store::Procedure procedure;
  Catalogue catalogue;
  site::SiteInput input;
};

// gather_site, keeping the catalogue it was made from.
SiteSources gather_site_sources(const store::Repository& repository,
                                model::Timestamp now,
                                const site::SiteOptions& options);

} // namespace sopctl::ops
