#include <defaults.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_log(const LogOptions& options, const Context& context)
{
  auto repository = open_repository(context);
  ops::show_log(repository, options.draft, output_format(options.format), context.out);
  return 0;
}

} // namespace sopctl::cmd
