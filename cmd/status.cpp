#include <cstdlib>
#include <defaults.hpp>
#include <options.hpp>
#include <unistd.h>

namespace sopctl::cmd {

namespace {

// Colour only for a terminal, and never when NO_COLOR is set
// (https://no-color.org).
bool wants_colour()
{
  const char* no_color = std::getenv("NO_COLOR");
  return ::isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

} // namespace

int run_status(const StatusOptions& options, const Context& context)
{
  auto repository = open_repository(context);
  ops::StatusRequest request{
    options.draft, output_format(options.format), moment(options.at, repository), wants_colour()};
  return ops::show_status(repository, request, context.out, context.err);
}

} // namespace sopctl::cmd
