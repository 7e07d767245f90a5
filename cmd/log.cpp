#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <ops/log.hpp>

namespace sopctl::cmd {

Definition define_log(Options& options)
{
  struct Given
  {
    std::string draft;
    std::string format = "table";
  };
  auto given = std::make_shared<Given>();
  options.positional("draft", given->draft, tr("Draft id or unique prefix"), Need::required)
    .choice("--format", given->format, {"table", "json"}, tr("table or json"));
  return {tr("A draft's history, oldest first"), [given](const Context& context) {
            auto repository = open_repository(context);
            ops::show_log(repository, given->draft, output_format(given->format), context.out);
            return 0;
          }};
}

} // namespace sopctl::cmd
