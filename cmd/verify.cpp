#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <ops/verify.hpp>
#include <terminal.hpp>

namespace sopctl::cmd {

Definition define_verify(Options& options)
{
  struct Given
  {
    std::vector<std::string> drafts;
    bool git = false;
    std::string format = "table";
  };
  auto given = std::make_shared<Given>();
  options.positionals("drafts", given->drafts, tr("Draft ids (default: all)"))
    .flag("--git", given->git, tr("Also check each event against the commit that introduced it"))
    .choice("--format", given->format, record_formats(false), format_help(false));
  return {tr("Check every draft's history for events changed, removed or reordered"),
          [given](const Context& context) {
            return ops::verify_drafts(open_repository(context),
                                      given->drafts,
                                      given->git,
                                      context.out,
                                      output_format(given->format));
          }};
}

} // namespace sopctl::cmd
