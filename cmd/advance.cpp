#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/text.hpp>
#include <ops/advance.hpp>

namespace sopctl::cmd {

Definition define_advance(Options& options)
{
  struct Given
  {
    std::string draft;
    std::string role;
    std::string by;
    std::string note;
    bool yes = false;
    bool no = false;
    bool reject = false;
    std::string at;
    std::vector<std::string> set; // KEY=VALUE
    bool dry_run = false;
  };
  auto given = std::make_shared<Given>();
  options
    .positional(
      "draft", given->draft, tr("Draft id or unique prefix (default: the only draft in progress)"))
    .option("--role", given->role, tr("Role performing the step (kabid, ...)"), Need::required)
    .option("--by",
            given->by,
            tr("Who acts (default: git user.name, $USER; with a roster, your git user.email)"))
    .option("--note", given->note, tr("A note; required when a decision sends the draft back"))
    .flag("--yes", given->yes, tr("At a decision step, take the Ya exit"))
    .flag("--no", given->no, tr("At a decision step, take the Tidak exit"))
    .flag("--reject", given->reject, tr("The same as --no"))
    .option("--at", given->at, tr("When (ISO 8601; default: now)"))
    .repeated("--set",
              given->set,
              tr("A value a letter of the step needs, kept in the event "
                 "(meeting.date=2026-11-26); repeatable"))
    .flag(
      "--dry-run",
      given->dry_run,
      tr("Print what it would write (the event, the files, the commit message); change nothing"));
  return {
    tr("Complete the active step of a draft as ROLE"), [given](const Context& context) {
      auto repository = open_repository(context);
      if (given->dry_run) {
        repository.dry_run = &context.out;
      }
      workflow::AdvanceRequest request;
      request.role = given->role;
      model::refuse_control_characters(given->note, "--note");
      for (const auto& assignment : given->set) {
        model::refuse_control_characters(assignment,
                                         "--set " + assignment.substr(0, assignment.find('=')));
      }
      request.note = given->note;
      int exits = given->yes + given->no + given->reject;
      if (exits > 1) {
        throw model::UsageError(tr("give one of --yes and --no (--reject is --no), not both"));
      }
      if (given->yes) {
        request.exit = model::Exit::ya;
        request.exit_option = "--yes";
      } else if (given->no || given->reject) {
        request.exit = model::Exit::tidak;
        request.exit_option = given->no ? "--no" : "--reject";
      }
      request.set = parse_assignments(given->set);
      set_actor(request, given->by, given->at, repository);
      auto clock = [&repository] { return now(repository); };
      std::optional<std::string> draft;
      if (!given->draft.empty()) {
        draft = given->draft;
      }
      ops::advance_draft(repository, draft, request, clock, context.out);
      return 0;
    }};
}

} // namespace sopctl::cmd
