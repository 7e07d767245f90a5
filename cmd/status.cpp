#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <ops/status.hpp>
#include <terminal.hpp>

namespace sopctl::cmd {

Definition define_status(Options& options)
{
  struct Given
  {
    std::string draft;
    std::string format = "table";
    std::string at;
    std::string output;
    bool wide = false;
  };
  auto given = std::make_shared<Given>();
  options.positional("draft", given->draft, tr("Draft id or unique prefix"))
    .choice("--format", given->format, record_formats(true), format_help(true))
    .option("--at", given->at, tr("Measure due and late as of this moment (default: now)"))
    .option("-o,--output",
            given->output,
            tr("Write to FILE instead of standard output (required for xlsx)"),
            Need::optional,
            "FILE")
    .flag("--wide", given->wide, tr("Show long columns whole instead of fitting the terminal"));
  return {tr("One line per draft, or every step of one draft"), [given](const Context& context) {
            auto repository = open_repository(context);
            ops::StatusRequest request;
            if (!given->draft.empty()) {
              request.draft = given->draft;
            }
            request.format = output_format(given->format);
            request.now = moment(given->at, repository);
            if (given->output.empty()) {
              request.style = table_style(given->wide ? Wide::yes : Wide::no);
            } else {
              request.destination.file = given->output;
            }
            return ops::show_status(repository, request, context.out, context.err);
          }};
}

} // namespace sopctl::cmd
