#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <model/text.hpp>
#include <ops/start.hpp>

namespace sopctl::cmd {

Definition define_start(Options& options)
{
  struct Given
  {
    std::string title;
    std::string id;
    std::string by;
    std::string at;
    bool dry_run = false;
  };
  auto given = std::make_shared<Given>();
  options.positional("title", given->title, tr("Name of the SOP to draft"), Need::required)
    .option("--id", given->id, tr("File name (default: from the title)"))
    .option("--by",
            given->by,
            tr("Who starts it (default: git user.name, $USER; with a roster, your git user.email)"))
    .option("--at", given->at, tr("When (ISO 8601; default: now)"))
    .flag(
      "--dry-run",
      given->dry_run,
      tr("Print what it would write (the event, the files, the commit message); change nothing"));
  return {tr("Start a new SOP draft; prints its id"), [given](const Context& context) {
            model::refuse_control_characters(given->title, "the title");
            auto repository = open_repository(context);
            if (given->dry_run) {
              repository.dry_run = &context.out;
            }
            ops::StartRequest request;
            request.title = given->title;
            request.id = given->id;
            set_actor(request, given->by, given->at, repository);
            request.clock = [&repository] { return now(repository); };
            ops::start_draft(repository, request, context.out);
            return 0;
          }};
}

} // namespace sopctl::cmd
