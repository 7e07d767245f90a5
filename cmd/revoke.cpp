#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <model/text.hpp>
#include <ops/revoke.hpp>

namespace sopctl::cmd {

Definition define_revoke(Options& options)
{
  struct Given
  {
    std::string sop;
    std::string reason;
    std::string ref;
    std::string by;
    std::string at;
    bool dry_run = false;
  };
  auto given = std::make_shared<Given>();
  options
    .positional(
      "sop", given->sop, tr("The SOP in force: its id in sops/ or a unique prefix"), Need::required)
    .option("--reason", given->reason, tr("Why the SOP is revoked"), Need::required)
    .option("--ref",
            given->ref,
            tr("The decree that revokes it: \"Keputusan Kepala Dinas Nomor ...\""),
            Need::required)
    .option("--by",
            given->by,
            tr("Who revokes it (default: git user.name, $USER; with a roster, your git "
               "user.email, who must hold the signing role)"))
    .option("--at", given->at, tr("When (ISO 8601; default: now)"))
    .flag(
      "--dry-run",
      given->dry_run,
      tr("Print what it would write (the event, the files, the commit message); change nothing"));
  return {tr("Revoke an SOP in force (dicabut) by a decree: a revoked event in its record"),
          [given](const Context& context) {
            model::refuse_control_characters(given->reason, "--reason");
            model::refuse_control_characters(given->ref, "--ref");
            auto repository = open_repository(context);
            if (given->dry_run) {
              repository.dry_run = &context.out;
            }
            ops::RevokeRequest request;
            request.reason = given->reason;
            request.ref = given->ref;
            set_actor(request, given->by, given->at, repository);
            request.clock = [&repository] { return now(repository); };
            ops::revoke_sop(repository, given->sop, request, context.out);
            return 0;
          }};
}

} // namespace sopctl::cmd
