#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <model/text.hpp>
#include <ops/adopt.hpp>

namespace sopctl::cmd {

Definition define_adopt(Options& options)
{
  struct Given
  {
    std::string file;
    std::string id;
    std::string note;
    std::string by;
    std::string at;
    bool dry_run = false;
  };
  auto given = std::make_shared<Given>();
  options
    .positional("file",
                given->file,
                tr("The SOP's file (signed on paper: dates.approved set)"),
                Need::required)
    .option("--id",
            given->id,
            tr("File name in sops/ (default: the file's name, else from the SOP's name)"))
    .option("--note", given->note, tr("A note on the adoption (where the signed paper is kept)"))
    .option("--by",
            given->by,
            tr("Who adopts it (default: git user.name, $USER; with a roster, your git user.email)"))
    .option("--at", given->at, tr("When (ISO 8601; default: now)"))
    .flag(
      "--dry-run",
      given->dry_run,
      tr("Print what it would write (the event, the files, the commit message); change nothing"));
  return {tr("Bring an SOP signed on paper into sops/ with its record; prints its id"),
          [given](const Context& context) {
            model::refuse_control_characters(given->note, "the note");
            auto repository = open_repository(context);
            if (given->dry_run) {
              repository.dry_run = &context.out;
            }
            ops::AdoptRequest request;
            request.file = given->file;
            request.id = given->id;
            request.note = given->note;
            set_actor(request, given->by, given->at, repository);
            request.clock = [&repository] { return now(repository); };
            ops::adopt_sop(repository, request, context.out);
            return 0;
          }};
}

} // namespace sopctl::cmd
