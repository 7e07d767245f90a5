#include <defaults.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_status(const StatusOptions& options, const Context& context)
{
  auto repository = open_repository(context);
  return ops::show_status(repository,
                          options.draft,
                          output_format(options.format),
                          context.out,
                          context.err);
}

} // namespace sopctl::cmd
