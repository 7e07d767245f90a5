#include <command.hpp>
#include <i18n/tr.hpp>
#include <ops/check.hpp>

namespace sopctl::cmd {

Definition define_check(Options& options)
{
  auto paths = std::make_shared<std::vector<std::string>>();
  options.positionals("paths", *paths, tr("Files or directories"));
  return {tr("Validate SOP files (default: sopctl.yaml and sops/)"),
          [paths](const Context& context) {
            // A broken sopctl.yaml is one of the problems to report (check
            // reads it again), not a reason to stop before checking the rest.
            auto repository =
              store::open_repository(context.cwd, std::nullopt, store::BadConfig::use_defaults);
            std::vector<std::filesystem::path> files(paths->begin(), paths->end());
            return ops::check_files(repository, files, context.out, context.err);
          }};
}

} // namespace sopctl::cmd
