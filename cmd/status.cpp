#include <command.hpp>
#include <cstdlib>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <ops/status.hpp>
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

Definition define_status(Options& options)
{
  struct Given
  {
    std::string draft;
    std::string format = "table";
    std::string at;
  };
  auto given = std::make_shared<Given>();
  options.positional("draft", given->draft, tr("Draft id or unique prefix"))
    .choice("--format", given->format, {"table", "json"}, tr("table or json"))
    .option("--at", given->at, tr("Measure due and late as of this moment (default: now)"));
  return {tr("One line per draft, or every step of one draft"), [given](const Context& context) {
            auto repository = open_repository(context);
            std::optional<std::string> draft;
            if (!given->draft.empty()) {
              draft = given->draft;
            }
            ops::StatusRequest request{
              draft, output_format(given->format), moment(given->at, repository), wants_colour()};
            return ops::show_status(repository, request, context.out, context.err);
          }};
}

} // namespace sopctl::cmd
