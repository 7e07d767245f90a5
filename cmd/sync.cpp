#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <ops/sync.hpp>

namespace sopctl::cmd {

Definition define_sync(Options&)
{
  return {tr("Pull (rebase) and push the SOP repository, saying what merged"),
          [](const Context& context) {
            return ops::sync_repository(open_repository(context), context.out, context.err);
          }};
}

} // namespace sopctl::cmd
