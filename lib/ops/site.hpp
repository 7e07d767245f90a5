#pragma once

// The office's SOP site: gathering what it shows from the repository
// (shared by `sopctl site build` and `sopctl serve`) and writing it to a
// directory.

#include <filesystem>
#include <model/timestamp.hpp>
#include <ostream>
#include <site/pages.hpp>
#include <site/site_input.hpp>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// Everything the site shows, read from `repository` as of `now`: the
// register, the drafts with their active step measured on the working
// calendar (late first), each draft's history, the desks, the monitorings
// and evaluations late or due soon. Files that do not load are listed in
// `problems`, not thrown. With `options.public_only`, what is not public
// (drafts, desks, history, assessments, names but the signers') is left
// out here already, so no page can show it. The file hashes (SopRow and
// DraftRow::file_hash) are computed with `options.act` only: they are for
// the act forms, and reading and hashing every draft is most of the time
// with thousands of them.
site::SiteInput gather_site(const store::Repository& repository,
                            model::Timestamp now,
                            const site::SiteOptions& options);

// How `sopctl site build` was asked.
struct SiteBuildRequest
{
  std::filesystem::path out;
  site::SiteOptions options;
  model::Timestamp now;
  std::string search_path;        // $PATH, where chromium is looked for
  std::filesystem::path temp_dir; // where the PDFs are printed
};

// `sopctl site build`: writes the pages, each SOP's document (HTML) and PDF
// and, unless public, each draft's KONSEP to `request.out`; says on `out`
// what it wrote. The directory is checked first (ops/site_directory.hpp:
// never the repository, never someone else's files) and the new site
// swapped in whole at the end. The PDFs are printed a batch of SOPs per
// Chromium run and cut apart (ops/site_pdfs.hpp); a PDF whose document is
// unchanged since the previous build is kept from it. Files that do not
// load are named on `err` and the rest built. Returns the exit code: 1 when
// a file did not load, else 0; throws model::Error to refuse (the
// directory, Chromium missing when there is a PDF to print).
int build_site(const store::Repository& repository,
               const SiteBuildRequest& request,
               std::ostream& out,
               std::ostream& err);

} // namespace sopctl::ops
