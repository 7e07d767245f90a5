#include <command.hpp>
#include <defaults.hpp>
#include <i18n/tr.hpp>
#include <ops/report.hpp>
#include <terminal.hpp>

namespace sopctl::cmd {

Definition define_report(Options& options)
{
  struct Given
  {
    ops::ReportKind kind = ops::ReportKind::overdue;
    std::string at;
    std::string role;
    std::string format = "table";
    std::string within = "1 hari";
    bool exit_code = false;
    std::string output;
    bool wide = false;
    std::vector<std::string> kinds;
  };
  auto given = std::make_shared<Given>();
  auto add_report = [&](const char* name, ops::ReportKind kind, const char* help) -> Options& {
    auto& sub = options.subcommand(name, help, [given, kind] { given->kind = kind; });
    // Performance measures finished steps, so "as of" means nothing to it.
    if (kind != ops::ReportKind::performance) {
      sub.option("--at", given->at, tr("As of this moment (ISO 8601; default: now)"));
    }
    return sub.option("--role", given->role, tr("Only steps performed by ROLE"))
      .choice("--format", given->format, record_formats(true), format_help(true))
      .option("-o,--output",
              given->output,
              tr("Write to FILE instead of standard output (required for xlsx)"),
              Need::optional,
              "FILE")
      .flag("--wide", given->wide, tr("Show long columns whole instead of fitting the terminal"));
  };
  auto kind_help = tr("Only rows of KIND: step, monitoring, evaluation (repeatable or a comma "
                      "list; default: all three)");
  add_report("overdue",
             ops::ReportKind::overdue,
             tr("Every overdue active step, the latest first, then late monitorings and "
                "evaluations"))
    .flag("--exit-code", given->exit_code, tr("Exit 3 when anything is overdue (for cron)"))
    .repeated("--kind", given->kinds, kind_help);
  add_report("due",
             ops::ReportKind::due,
             tr("Active steps due soon or at risk, then monitorings and evaluations due soon"))
    .option("--within", given->within, tr("Working time ahead (default: 1 hari)"))
    .repeated("--kind", given->kinds, kind_help);
  add_report("performance",
             ops::ReportKind::performance,
             tr("Per step and per role: actual durations against the standards"));
  return {tr("Steps measured against their time standards on the working calendar"),
          [given](const Context& context) {
            auto repository = open_repository(context);
            ops::ReportRequest request;
            request.kind = given->kind;
            request.now = moment(given->at, repository);
            if (!given->role.empty()) {
              request.role = given->role;
            }
            request.format = output_format(given->format);
            if (given->output.empty()) {
              request.style = table_style(given->wide ? Wide::yes : Wide::no);
            } else {
              request.destination.file = given->output;
            }
            request.within = given->within;
            request.exit_code = given->exit_code;
            request.kinds = ops::parse_report_kinds(given->kinds);
            return ops::write_report(repository, request, context.out, context.err);
          }};
}

} // namespace sopctl::cmd
