#include <defaults.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_check(const CheckOptions& options, const Context& context)
{
  // A broken sopctl.yaml is one of the problems to report (check reads it
  // again), not a reason to stop before checking the rest.
  auto repository =
    store::open_repository(context.cwd, context.directory, store::BadConfig::use_defaults);
  std::vector<std::filesystem::path> paths(options.paths.begin(), options.paths.end());
  return ops::check_files(repository, paths, context.out, context.err);
}

} // namespace sopctl::cmd
