#include <command.hpp>
#include <i18n/tr.hpp>
#include <ops/merge_driver.hpp>

namespace sopctl::cmd {

Definition define_merge_driver(Options& options)
{
  struct Given
  {
    std::string base;   // %O
    std::string ours;   // %A: the result is written here
    std::string theirs; // %B
    std::string path;   // %P
  };
  auto given = std::make_shared<Given>();
  options.positional("base", given->base, tr("The common ancestor (%O)"), Need::required)
    .positional(
      "ours", given->ours, tr("Our version; the result is written here (%A)"), Need::required)
    .positional("theirs", given->theirs, tr("Their version (%B)"), Need::required)
    .positional("path", given->path, tr("The draft's path in the repository (%P)"));
  return {tr("Merge two versions of a draft (run by git: %O %A %B %P)"),
          [given](const Context& context) {
            return ops::merge_draft_versions(given->base,
                                             given->ours,
                                             given->theirs,
                                             given->path.empty() ? given->ours : given->path,
                                             context.err);
          }};
}

} // namespace sopctl::cmd
