#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <model/text.hpp>
#include <ops/void.hpp>

namespace sopctl::cmd {

Definition define_void_act(Options& options)
{
  struct Given
  {
    std::string draft;
    std::string reason;
    std::string role;
    std::string by;
    std::string at;
    bool dry_run = false;
  };
  auto given = std::make_shared<Given>();
  options
    .positional("draft",
                given->draft,
                tr("The draft: its id or a unique prefix (default: the only draft in progress)"))
    .option("--reason", given->reason, tr("Why the last act is cancelled"), Need::required)
    .option("--role", given->role, tr("The role of the act voided (default: that act's role)"))
    .option("--by",
            given->by,
            tr("Who voids it (default: git user.name, $USER; with a roster, your git user.email)"))
    .option("--at", given->at, tr("When the void is made (ISO 8601; default: now)"))
    .flag(
      "--dry-run", given->dry_run, tr("Print the event and commit it would write; change nothing"));
  return {tr("Cancel a draft's last act (advance or note) with a voided event; nothing is deleted"),
          [given](const Context& context) {
            auto repository = open_repository(context);
            if (given->dry_run) {
              repository.dry_run = &context.out;
            }
            ops::VoidRequest request;
            model::refuse_control_characters(given->reason, "--reason");
            request.reason = given->reason;
            request.role = given->role;
            set_actor(request, given->by, given->at, repository);
            request.clock = [&repository] { return now(repository); };
            std::optional<std::string> draft;
            if (!given->draft.empty()) {
              draft = given->draft;
            }
            ops::void_last_act(repository, draft, request, context.out);
            return 0;
          }};
}

} // namespace sopctl::cmd
