#include <command.hpp>
#include <defaults.hpp>
#include <ops/calendar.hpp>

namespace sopctl::cmd {

Definition define_calendar(Options& options)
{
  struct Given
  {
    std::string action; // show, import
    std::string file;   // for import
    int year = 0;       // for show; 0: every year
  };
  auto given = std::make_shared<Given>();
  options.subcommand("show", "Working hours and holidays", [given] { given->action = "show"; })
    .number("--year", given->year, "Only holidays of this year");
  options
    .subcommand("import",
                "Add the all-day events of an iCalendar file as holidays",
                [given] { given->action = "import"; })
    .positional("file", given->file, "The .ics file", Need::required);
  return {"The office's working calendar", [given](const Context& context) {
            auto repository = open_repository(context);
            if (given->action == "import") {
              ops::import_calendar(repository, given->file, context.out);
            } else {
              ops::show_calendar(repository, given->year, context.out);
            }
            return 0;
          }};
}

} // namespace sopctl::cmd
