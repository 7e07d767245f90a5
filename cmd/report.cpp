#include <defaults.hpp>
#include <ops/report.hpp>
#include <options.hpp>

namespace sopctl::cmd {

int run_report(const ReportOptions& options, const Context& context)
{
  auto repository = open_repository(context);
  ops::ReportRequest request;
  request.kind = options.kind == "due"           ? ops::ReportKind::due
                 : options.kind == "performance" ? ops::ReportKind::performance
                                                 : ops::ReportKind::overdue;
  request.now = moment(options.at, repository);
  if (!options.role.empty()) {
    request.role = options.role;
  }
  request.format = options.format == "csv"    ? view::ReportFormat::csv
                   : options.format == "json" ? view::ReportFormat::json
                                              : view::ReportFormat::table;
  request.within = options.within;
  request.exit_code = options.exit_code;
  return ops::run_report(repository, request, context.out, context.err);
}

} // namespace sopctl::cmd
