#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <ops/log.hpp>
#include <terminal.hpp>

namespace sopctl::cmd {

Definition define_log(Options& options)
{
  struct Given
  {
    std::string draft;
    std::string format = "table";
    bool wide = false;
  };
  auto given = std::make_shared<Given>();
  options.positional("draft", given->draft, tr("Draft id or unique prefix"), Need::required)
    .choice("--format", given->format, record_formats(false), format_help(false))
    .flag("--wide", given->wide, tr("Show long columns whole instead of fitting the terminal"));
  return {tr("A draft's history, oldest first"), [given](const Context& context) {
            auto repository = open_repository(context);
            ops::show_log(repository,
                          given->draft,
                          output_format(given->format),
                          context.out,
                          table_style(given->wide ? Wide::yes : Wide::no));
            return 0;
          }};
}

} // namespace sopctl::cmd
