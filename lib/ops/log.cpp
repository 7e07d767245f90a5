#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/drafts.hpp>
#include <ops/log.hpp>
#include <store/procedure.hpp>
#include <view/log_view.hpp>

namespace sopctl::ops {

void show_log(const store::Repository& repository,
              const std::string& query,
              Format format,
              std::ostream& out,
              const view::TableStyle& style)
{
  if (format == Format::xlsx) {
    throw model::UsageError(tr("--format xlsx is for status and reports; use csv for the log"));
  }
  auto procedure = store::load_procedure(repository);
  auto id = select_draft(repository, procedure, query);
  auto draft = load_draft(repository, procedure, id);
  // Shown in the repository's zone, whatever offset each was written in.
  auto events =
    workflow::events_in_zone(draft.file.sop.drafting->events, repository.config.utc_offset_minutes);
  const auto& cancelled = draft.state.cancelled;
  switch (format) {
    case Format::json:
      out << view::log_json(id, events, cancelled);
      break;
    case Format::csv:
    case Format::csv_rfc4180:
      out << view::sheet_csv(view::log_sheet(events), csv_style(format));
      break;
    default:
      out << view::log_table(procedure.sop, events, style, cancelled);
  }
}

} // namespace sopctl::ops
