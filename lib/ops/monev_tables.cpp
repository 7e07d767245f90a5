#include <algorithm>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/logo.hpp>
#include <ops/monev_sheets.hpp>
#include <ops/monev_sources.hpp>
#include <ops/monev_tables.hpp>
#include <ops/record_change.hpp>
#include <ops/records_output.hpp>
#include <ops/workbook.hpp>
#include <process/chromium.hpp>
#include <process/process.hpp>
#include <process/scratch_directory.hpp>
#include <render/data_uri.hpp>
#include <render/dates.hpp>
#include <render/kop.hpp>
#include <render/letter_signer.hpp>
#include <render/monev_rows.hpp>
#include <render/monev_tables.hpp>
#include <store/files.hpp>
#include <store/procedure.hpp>
#include <store/templates.hpp>
#include <time/calendar.hpp>
#include <time/period.hpp>

namespace sopctl::ops {

time::Period monev_period(MonevForm form, const std::string& text)
{
  auto period = time::parse_period(text);
  if (!period) {
    throw model::UsageError(trf("--period \"{}\": write a half year as 2026-H1 (1 January to 30 "
                                "June) or 2026-H2 (1 July to 31 December), or a year as 2026",
                                text));
  }
  if (form == MonevForm::monitoring && period->is_year()) {
    throw model::UsageError(trf("--period \"{0}\": the monitoring table is for a half year, as "
                                "SOPs are monitored every six months: give {0}-H1 or {0}-H2",
                                text));
  }
  if (form == MonevForm::evaluation && !period->is_year()) {
    throw model::UsageError(trf("--period \"{}\": the evaluation table is for a year, as SOPs "
                                "are evaluated yearly: give {}",
                                text,
                                period->year));
  }
  return *period;
}

namespace {

// Who signs the form (Mengetahui): the holder of the role that signs the
// office's SOPs (kadis in the seed) in the roster, else sopctl.yaml's
// approver.
model::Approver form_signer(const store::Repository& repository)
{
  auto procedure = store::load_procedure(repository);
  auto settings =
    repository.config.document_settings(repository.config.drafting_rules(procedure.sop.rules));
  auto role = render::head_role(procedure.sop, settings);
  auto holder = std::find_if(settings.people.begin(), settings.people.end(), [&](const auto& p) {
    return !role.empty() && p.holds(role);
  });
  if (holder != settings.people.end()) {
    return {
      .position = holder->position, .name = holder->name, .rank = holder->rank, .nip = holder->nip};
  }
  return settings.approver;
}

// The logo sopctl.yaml names, as a data: URI; empty for none.
std::string logo_uri(const store::Repository& repository)
{
  auto logo = read_logo(repository);
  return logo ? render::data_uri(logo->media_type, logo->bytes) : "";
}

// The form's day: today in the office's zone.
std::string form_date(const store::Repository& repository, model::Timestamp now)
{
  return time::format_day(time::day_of(now, repository.config.utc_offset_minutes));
}

// The HTML, or the xlsx bytes, of the form.
std::string form_document(const store::Repository& repository,
                          const MonevRequest& request,
                          const time::Period& period)
{
  auto sources = monev_sources(repository);
  auto office = repository.config.office;
  auto signer = form_signer(repository);
  auto date = form_date(repository, request.now);
  view::Sheet sheet;
  std::string html;
  if (request.form == MonevForm::monitoring) {
    render::MonitoringTable table{office,
                                  time::format_period(period),
                                  render::period_label(period),
                                  render::monitoring_rows(sources, period),
                                  signer,
                                  date};
    if (request.format == MonevFormat::xlsx) {
      sheet = monitoring_sheet(table);
    } else {
      html =
        render::monitoring_html(table,
                                logo_uri(repository),
                                store::load_template(repository.root, render::kop_html_template),
                                store::load_template(repository.root, render::monitoring_template));
    }
  } else {
    render::EvaluationTable table{office,
                                  time::format_period(period),
                                  render::period_label(period),
                                  render::evaluation_rows(sources, period),
                                  signer,
                                  date};
    if (request.format == MonevFormat::xlsx) {
      sheet = evaluation_sheet(table);
    } else {
      html =
        render::evaluation_html(table,
                                logo_uri(repository),
                                store::load_template(repository.root, render::kop_html_template),
                                store::load_template(repository.root, render::evaluation_template));
    }
  }
  if (request.format == MonevFormat::xlsx) {
    // libxlsxwriter writes a file; read back, the workbook is written like
    // any other document (atomically, or shown with --dry-run).
    process::ScratchDirectory scratch(request.temp_dir);
    auto path = scratch.path() / "form.xlsx";
    write_workbook(path, {sheet});
    return store::read_file(path, path.string());
  }
  return html;
}

} // namespace

void render_monev_form(const store::Repository& repository,
                       const MonevRequest& request,
                       std::ostream& out)
{
  // Refuse before any work when the form cannot be made.
  auto period = monev_period(request.form, request.period);
  if (request.format == MonevFormat::xlsx) {
    require_file_for_xlsx(view::Format::xlsx, Destination{request.output});
  }
  std::optional<std::filesystem::path> chromium;
  if (request.format == MonevFormat::pdf) {
    chromium = process::find_program("chromium", request.search_path);
    if (!chromium) {
      throw model::Error(tr("cannot print to PDF: Chromium is not installed (no chromium on PATH); "
                            "install Debian's chromium package (apt-get install chromium), or "
                            "render --format html and print that from a browser"));
    }
  }
  auto document = form_document(repository, request, period);
  if (chromium) {
    document = process::print_to_pdf(*chromium, document, request.temp_dir);
  }
  if (!request.output) {
    out << document;
    return;
  }
  write_change(repository, repository.cwd / *request.output, document);
  if (repository.dry_run) {
    *repository.dry_run << tr("dry run: nothing was written") << '\n';
  }
}

} // namespace sopctl::ops
