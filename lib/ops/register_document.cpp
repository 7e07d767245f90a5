#include <algorithm>
#include <cstdio>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/timestamp.hpp>
#include <ops/logo.hpp>
#include <ops/register_document.hpp>
#include <process/chromium.hpp>
#include <render/data_uri.hpp>
#include <render/dates.hpp>
#include <render/letters.hpp>
#include <store/templates.hpp>

namespace sopctl::ops {

namespace {

// PermenPAN-RB 35/2012: an SOP in force is monitored every six months.
constexpr int monitoring_months = 6;

// The ISO day `months` calendar months after `iso` (the last day of a
// shorter month when the day does not exist); empty when `iso` is no date.
std::string months_after(const std::string& iso, int months)
{
  int year = 0;
  int month = 0;
  int day = 0;
  if (!model::is_iso_date(iso) || std::sscanf(iso.c_str(), "%d-%d-%d", &year, &month, &day) != 3) {
    return "";
  }
  int index = year * 12 + (month - 1) + months;
  year = index / 12;
  month = index % 12 + 1;
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int last = days[month - 1] + (month == 2 && leap);
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, std::min(day, last));
  return text;
}

} // namespace

std::vector<render::RegisterRow> register_rows(const store::Repository& repository,
                                               const std::vector<LoadedSop>& sops)
{
  std::vector<render::RegisterRow> rows;
  for (const auto& loaded : sops) {
    auto approval = document_approval(repository, loaded);
    bool in_force = signed_and_in_force(repository, loaded);
    render::RegisterRow row;
    row.number = render::sop_number(loaded.sop);
    row.name = loaded.sop.name;
    row.version = "1"; // until model::Sop carries `version:` (issue 13's core)
    row.created = approval.created_date;
    row.revised = loaded.sop.dates.revised;
    row.approved = approval.approved_date;
    row.effective = loaded.sop.dates.effective;
    row.status = in_force ? "Berlaku" : "Konsep";
    if (in_force) {
      row.next_monitoring =
        months_after(row.effective.empty() ? row.approved : row.effective, monitoring_months);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

void render_register(const store::Repository& repository,
                     const std::vector<LoadedSop>& sops,
                     const CollectionRequest& request,
                     std::ostream& out)
{
  std::optional<std::filesystem::path> chromium;
  if (request.format == DocumentFormat::pdf) {
    if (!request.output) {
      throw model::UsageError(
        tr("render register --format pdf writes a file: give -o FILE (without it, --format html "
           "prints the register's page to standard output)"));
    }
    chromium = chromium_for_pdf(request.search_path);
  }
  if (sops.empty()) {
    throw model::Error(trf("{}: no SOP file, so the register has no rows: add SOPs with sopctl "
                           "start, or copy signed SOP files into it",
                           repository.display(repository.sops_dir())));
  }
  auto logo = read_logo(repository);
  render::RegisterDocument document;
  document.office = repository.config.office;
  document.approver = repository.config.approver;
  document.date = render::local_date(request.now);
  document.logo = logo ? render::data_uri(logo->media_type, logo->bytes) : "";
  document.rows = register_rows(repository, sops);
  auto html =
    render::register_html(document,
                          store::load_template(repository.root, render::kop_html_template),
                          store::load_template(repository.root, render::register_html_template));
  if (chromium) {
    html = process::print_to_pdf(*chromium, html, request.temp_dir);
  }
  write_rendered(repository, request.output, html, out);
}

} // namespace sopctl::ops
