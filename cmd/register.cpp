#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <ops/register.hpp>
#include <terminal.hpp>

namespace sopctl::cmd {

Definition define_register_sops(Options& options)
{
  struct Given
  {
    std::vector<std::string> states;
    std::string format = "table";
    std::string output;
    bool wide = false;
  };
  auto given = std::make_shared<Given>();
  options
    .choices("--state",
             given->states,
             {"konsep", "berlaku", "digantikan", "dicabut"},
             tr("Only SOPs in this state (repeat it, or separate states with commas)"))
    .choice("--format", given->format, record_formats(true), format_help(true))
    .option("-o,--output",
            given->output,
            tr("Write to FILE instead of standard output (required for xlsx)"),
            Need::optional,
            "FILE")
    .flag("--wide", given->wide, tr("Show long columns whole instead of fitting the terminal"));
  return {tr("The office's register of SOPs (Daftar SOP): each SOP's number, version, dates, "
             "state and next monitoring"),
          [given](const Context& context) {
            auto repository = open_repository(context);
            ops::RegisterRequest request;
            request.states = ops::parse_states(given->states);
            request.format = output_format(given->format);
            if (given->output.empty()) {
              request.style = table_style(given->wide ? Wide::yes : Wide::no);
            } else {
              request.destination.file = given->output;
            }
            return ops::show_register(repository, request, context.out, context.err);
          }};
}

} // namespace sopctl::cmd
