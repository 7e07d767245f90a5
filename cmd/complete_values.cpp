// `sopctl __complete drafts|roles`: the words a completion script offers
// that only the repository knows. Hidden; it never fails loudly, since a
// shell calls it while the user types: on any problem it prints nothing.
#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <store/draft_index.hpp>
#include <store/procedure.hpp>

namespace sopctl::cmd {

Definition define_complete_values(Options& options)
{
  auto kind = std::make_shared<std::string>();
  options.positional("kind", *kind, tr("drafts, documents or roles"), Need::required);
  Definition definition{
    tr("Print the draft ids or role keys a shell completes with"), [kind](const Context& context) {
      try {
        auto repository = open_repository(context);
        if (*kind == "drafts" || *kind == "documents") {
          for (const auto& id : store::list_sop_ids(repository.sops_dir())) {
            context.out << id << '\n';
          }
          if (*kind == "documents") {
            // What render prints besides one SOP.
            for (const auto* word : {"book", "register", "monitoring", "evaluation"}) {
              context.out << word << '\n';
            }
          }
        } else if (*kind == "roles") {
          auto procedure = store::load_procedure(repository);
          for (const auto& performer : procedure.sop.performers) {
            context.out << performer.key << '\n';
          }
        }
      } catch (const std::exception&) {
        // Nothing to offer: the shell completes nothing.
      }
      return 0;
    }};
  definition.hidden = true;
  return definition;
}

} // namespace sopctl::cmd
