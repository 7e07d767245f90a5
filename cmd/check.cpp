#include <defaults.hpp>
#include <model/errors.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_check(const CheckOptions& options, const Context& context)
{
  // A broken sopctl.yaml is itself something to report, not a reason to
  // stop before checking the rest.
  store::Repository repository;
  try {
    repository = open_repository(context);
  } catch (const model::InvalidFile& invalid) {
    context.out << invalid.what() << '\n';
    return 1;
  }
  std::vector<std::filesystem::path> paths(options.paths.begin(), options.paths.end());
  return ops::check_files(repository, paths, context.out);
}

} // namespace sopctl::cmd
