#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <ops/verify.hpp>

namespace sopctl::cmd {

Definition define_verify(Options& options)
{
  struct Given
  {
    std::vector<std::string> drafts;
    bool git = false;
  };
  auto given = std::make_shared<Given>();
  options.positionals("drafts", given->drafts, tr("Draft ids (default: all)"))
    .flag("--git", given->git, tr("Also check each event against the commit that introduced it"));
  return {tr("Check every draft's history for events changed, removed or reordered"),
          [given](const Context& context) {
            return ops::verify_drafts(
              open_repository(context), given->drafts, given->git, context.out);
          }};
}

} // namespace sopctl::cmd
