#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <model/text.hpp>
#include <ops/note.hpp>

namespace sopctl::cmd {

Definition define_note(Options& options)
{
  struct Given
  {
    std::string draft;
    std::string text;
    std::string role;
    std::string by;
    std::string at;
    bool dry_run = false;
  };
  auto given = std::make_shared<Given>();
  options.positional("draft", given->draft, tr("Draft id or unique prefix"), Need::required)
    .positional("text", given->text, tr("The note"), Need::required)
    .option("--role", given->role, tr("The role the note is made as"))
    .option("--by",
            given->by,
            tr("Who notes it (default: git user.name, $USER; with a roster, your git user.email)"))
    .option("--at", given->at, tr("When (ISO 8601; default: now)"))
    .flag(
      "--dry-run",
      given->dry_run,
      tr("Print what it would write (the event, the files, the commit message); change nothing"));
  return {tr("Add a note to a draft's history at its active step"),
          [given](const Context& context) {
            auto repository = open_repository(context);
            if (given->dry_run) {
              repository.dry_run = &context.out;
            }
            ops::NoteRequest request;
            model::refuse_control_characters(given->text, "the note");
            request.text = given->text;
            request.role = given->role;
            set_actor(request, given->by, given->at, repository);
            request.clock = [&repository] { return now(repository); };
            ops::note_draft(repository, given->draft, request, context.out);
            return 0;
          }};
}

} // namespace sopctl::cmd
