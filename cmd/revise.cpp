#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <model/text.hpp>
#include <ops/revise.hpp>

namespace sopctl::cmd {

Definition define_revise(Options& options)
{
  struct Given
  {
    std::string sop;
    std::string reason;
    std::string id;
    std::string by;
    std::string at;
    bool dry_run = false;
  };
  auto given = std::make_shared<Given>();
  options
    .positional(
      "sop", given->sop, tr("The SOP in force: its id in sops/ or a unique prefix"), Need::required)
    .option("--reason", given->reason, tr("Why it is revised (the note of the revision's start)"))
    .option(
      "--id", given->id, tr("The revision's file name (default: the SOP's id and -v<version>)"))
    .option("--by",
            given->by,
            tr("Who starts it (default: git user.name, $USER; with a roster, your git user.email)"))
    .option("--at", given->at, tr("When (ISO 8601; default: now)"))
    .flag(
      "--dry-run",
      given->dry_run,
      tr("Print what it would write (the event, the files, the commit message); change nothing"));
  return {tr("Start a revision of an SOP in force: a new draft copying it as the next version; "
             "prints its id"),
          [given](const Context& context) {
            model::refuse_control_characters(given->reason, "--reason");
            auto repository = open_repository(context);
            if (given->dry_run) {
              repository.dry_run = &context.out;
            }
            ops::ReviseRequest request;
            request.reason = given->reason;
            request.id = given->id;
            set_actor(request, given->by, given->at, repository);
            request.clock = [&repository] { return now(repository); };
            ops::revise_sop(repository, given->sop, request, context.out);
            return 0;
          }};
}

} // namespace sopctl::cmd
