#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <model/text.hpp>
#include <ops/evaluate.hpp>

namespace sopctl::cmd {

Definition define_evaluate(Options& options)
{
  struct Given
  {
    std::string sop;
    std::string criteria;
    std::string note;
    std::string action;
    std::string by;
    std::string at;
    bool dry_run = false;
  };
  auto given = std::make_shared<Given>();
  options
    .positional(
      "sop", given->sop, tr("The SOP in force: its id in sops/ or a unique prefix"), Need::required)
    .option("--criteria",
            given->criteria,
            tr("The answer to each evaluation criterion, in order: ya or tidak, comma separated"),
            Need::required,
            "ya,tidak,...")
    .option("--note",
            given->note,
            tr("Catatan Hasil Penilaian: what the evaluation found"),
            Need::required)
    .option("--action", given->action, tr("Tindakan yang Harus Diambil: the action to take"))
    .option("--by",
            given->by,
            tr("Who evaluates, the Penilai (default: git user.name, $USER; with a roster, your "
               "git user.email)"))
    .option("--at", given->at, tr("When the evaluation was made (ISO 8601; default: now)"))
    .flag(
      "--dry-run", given->dry_run, tr("Print the event and commit it would write; change nothing"));
  return {tr("Record the yearly evaluation of an SOP in force against the criteria of "
             "PermenPAN-RB 35/2012"),
          [given](const Context& context) {
            // Checked before the repository is read: a wrong number of
            // answers names the criteria at once.
            auto criteria = ops::parse_criteria(given->criteria);
            model::refuse_control_characters(given->note, "--note");
            model::refuse_control_characters(given->action, "--action");
            auto repository = open_repository(context);
            if (given->dry_run) {
              repository.dry_run = &context.out;
            }
            ops::AssessmentRequest request;
            request.note = given->note;
            request.action = given->action;
            set_actor(request, given->by, given->at, repository);
            request.clock = [&repository] { return now(repository); };
            ops::evaluate_sop(repository, given->sop, criteria, request, context.out);
            return 0;
          }};
}

} // namespace sopctl::cmd
