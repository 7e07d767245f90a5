#include <defaults.hpp>
#include <ops/calendar.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_calendar(const CalendarOptions& options, const Context& context)
{
  auto repository = open_repository(context);
  if (options.action == "import") {
    ops::import_calendar(repository, options.file, context.out);
  } else {
    ops::show_calendar(repository, options.year, context.out);
  }
  return 0;
}

} // namespace sopctl::cmd
