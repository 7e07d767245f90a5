#pragma once

// The office's SOP site: gathering what it shows from the repository
// (shared by `sopctl site build` and `sopctl serve`) and writing it to a
// directory.

#include <model/timestamp.hpp>
#include <site/pages.hpp>
#include <site/site_input.hpp>
#include <store/repository.hpp>

#include <filesystem>
#include <ostream>
#include <string>

namespace sopctl::ops {

// Everything the site shows, read from `repository` as of `now`: the
// register, the drafts with their active step measured on the working
// calendar (late first), each draft's history, the desks, the monitorings
// and evaluations late or due soon. Files that do not load are listed in
// `problems`, not thrown. With `options.public_only`, what is not public
// (drafts, desks, history, assessments, names but the signers') is left
// out here already, so no page can show it.
site::SiteInput gather_site(const store::Repository& repository,
                            model::Timestamp now,
                            const site::SiteOptions& options);

// How `sopctl site build` was asked.
struct SiteBuildRequest
{
  std::filesystem::path out;
  site::SiteOptions options;
  model::Timestamp now;
};

// `sopctl site build`: writes the pages, each SOP's document (HTML) and PDF
// and, unless public, each draft's KONSEP to `request.out`; says on `out`
// what it wrote. Returns the exit code.
int build_site(const store::Repository& repository,
               const SiteBuildRequest& request,
               std::ostream& out,
               std::ostream& err);

} // namespace sopctl::ops
