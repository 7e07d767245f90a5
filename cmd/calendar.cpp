#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <ops/calendar.hpp>
#include <terminal.hpp>

namespace sopctl::cmd {

Definition define_calendar(Options& options)
{
  struct Given
  {
    std::string action; // show, import
    std::string file;   // for import
    int year = 0;       // for show; 0: every year
    std::string format = "table";
    bool wide = false;
    bool dry_run = false;
  };
  auto given = std::make_shared<Given>();
  options.subcommand("show", tr("Working hours and holidays"), [given] { given->action = "show"; })
    .number("--year", given->year, tr("Only holidays of this year"))
    .choice("--format", given->format, record_formats(false), format_help(false))
    .flag("--wide", given->wide, tr("Show long columns whole instead of fitting the terminal"));
  options
    .subcommand("import",
                tr("Add the all-day events of an iCalendar file as holidays"),
                [given] { given->action = "import"; })
    .positional("file", given->file, tr("The .ics file"), Need::required)
    .flag(
      "--dry-run",
      given->dry_run,
      tr("Print what it would write (the event, the files, the commit message); change nothing"));
  return {tr("The office's working calendar"), [given](const Context& context) {
            auto repository = open_repository(context);
            if (given->dry_run) {
              repository.dry_run = &context.out;
            }
            if (given->action == "import") {
              ops::import_calendar(repository, given->file, context.out);
            } else {
              ops::show_calendar(repository,
                                 given->year,
                                 context.out,
                                 output_format(given->format),
                                 table_style(given->wide ? Wide::yes : Wide::no));
            }
            return 0;
          }};
}

} // namespace sopctl::cmd
