#include <command.hpp>
#include <cstdlib>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/site.hpp>

namespace sopctl::cmd {

Definition define_site(Options& options)
{
  struct Given
  {
    std::string out;
    bool public_only = false;
    std::string at;
  };
  auto given = std::make_shared<Given>();
  options
    .subcommand("build",
                tr("Write the office's SOP site (static pages, documents and PDFs) to a directory"),
                [] {})
    .option("--out",
            given->out,
            tr("The directory to write the site to: new, empty, or a site sopctl built"),
            Need::required,
            "DIR")
    .flag("--public",
          given->public_only,
          tr("Only the SOPs in force and their documents: no drafts, desks, monitoring or names "
             "but the signers'"))
    .option("--at", given->at, tr("As of this moment (ISO 8601; default: now)"));
  return {tr("The office's SOP site: pages anyone can read in a browser"),
          [given](const Context& context) {
            auto repository = open_repository(context);
            const char* path = std::getenv("PATH");
            ops::SiteBuildRequest request;
            request.out = given->out;
            request.options.public_only = given->public_only;
            request.now = moment(given->at, repository);
            request.search_path = path ? path : "";
            request.temp_dir = std::filesystem::temp_directory_path();
            return ops::build_site(repository, request, context.out, context.err);
          }};
}

} // namespace sopctl::cmd
