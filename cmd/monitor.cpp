#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/text.hpp>
#include <ops/monitor.hpp>

namespace sopctl::cmd {

Definition define_monitor(Options& options)
{
  struct Given
  {
    std::string sop;
    std::string result;
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
    .choice("--result",
            given->result,
            {"baik", "tidak"},
            tr("Penilaian: baik (berjalan dengan baik) or tidak (tidak berjalan dengan baik)"))
    .option("--note",
            given->note,
            tr("Catatan Hasil Penilaian: what the monitoring found"),
            Need::required)
    .option("--action",
            given->action,
            tr("Tindakan yang Harus Diambil: the action to take (required with --result tidak)"))
    .option("--by",
            given->by,
            tr("Who monitors, the Penilai (default: git user.name, $USER; with a roster, your git "
               "user.email)"))
    .option("--at", given->at, tr("When the monitoring was made (ISO 8601; default: now)"))
    .flag(
      "--dry-run", given->dry_run, tr("Print the event and commit it would write; change nothing"));
  return {tr("Record the monitoring of an SOP in force (Tabel 7 of PermenPAN-RB 35/2012)"),
          [given](const Context& context) {
            if (given->result.empty()) {
              throw model::UsageError(tr("give the result with --result baik or --result tidak"));
            }
            model::refuse_control_characters(given->note, "--note");
            model::refuse_control_characters(given->action, "--action");
            auto repository = open_repository(context);
            if (given->dry_run) {
              repository.dry_run = &context.out;
            }
            ops::AssessmentRequest request;
            request.result = given->result;
            request.note = given->note;
            request.action = given->action;
            set_actor(request, given->by, given->at, repository);
            request.clock = [&repository] { return now(repository); };
            ops::monitor_sop(repository, given->sop, request, context.out);
            return 0;
          }};
}

} // namespace sopctl::cmd
