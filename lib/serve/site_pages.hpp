#pragma once

// What `sopctl serve` answers a GET (or HEAD) with: a page of the site drawn
// from the repository as it is now, or one of its SOPs' documents rendered
// now, found by id among the SOPs the site shows, never by joining the
// request's path to a directory.

#include <filesystem>
#include <serve/answer.hpp>
#include <site/pages.hpp>
#include <site/site_input.hpp>
#include <store/repository.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::serve {

// Where Chromium is found and works, for `dokumen/<id>.pdf`.
struct PdfTools
{
  std::string search_path;        // $PATH
  std::filesystem::path temp_dir; // where it prints
};

// The answer to GET of `path` (decoded, without its leading '/'; "" is
// index.html), given the site `input` and `pages` drawn for this request:
// - a page of `pages` at exactly that path;
// - `dokumen/<id>.html`: the SOP or draft `id` of `input` as `sopctl render
//   --format html` prints it (a draft: its KONSEP);
// - `dokumen/<id>.pdf`: the SOP `id` of `input` that has one, as `sopctl
//   render --format pdf` prints it (Chromium);
// - `konsep/<id>.html` of a draft since signed: 303 to its SOP's page;
// - anything else: 404, with a notice.
// Refusals of the render (a file that no longer loads, Chromium missing)
// are 500 with their message.
Answer answer_get(const store::Repository& repository,
                  std::string_view path,
                  const site::SiteInput& input,
                  const std::vector<site::Page>& pages,
                  const PdfTools& tools);

} // namespace sopctl::serve
