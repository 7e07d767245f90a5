#include <algorithm>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/logo.hpp>
#include <ops/register_document.hpp>
#include <process/chromium.hpp>
#include <render/data_uri.hpp>
#include <render/dates.hpp>
#include <render/letters.hpp>
#include <store/templates.hpp>
#include <view/register_view.hpp>

namespace sopctl::ops {

namespace {

// The status of `entry` as the office writes it in its register.
std::string status_of(const lifecycle::Entry& entry, const Catalogue& catalogue)
{
  switch (entry.state) {
    case lifecycle::State::berlaku:
      return "Berlaku";
    case lifecycle::State::konsep:
      return "Konsep";
    case lifecycle::State::digantikan: {
      const auto* by = catalogue.find(entry.replaced_by);
      if (!by) {
        return "Digantikan oleh " + entry.replaced_by;
      }
      auto number = render::sop_number(*by->sop);
      return fmt::format(
        "Digantikan oleh {} versi {}", number.empty() ? by->id : number, by->version);
    }
    case lifecycle::State::dicabut:
      return entry.revoke_ref.empty() ? "Dicabut" : "Dicabut (" + entry.revoke_ref + ")";
  }
  return "";
}

} // namespace

std::vector<render::RegisterRow> register_rows(const Catalogue& catalogue)
{
  // In the order `sopctl register` lists them: by number (SOPs without one
  // last), then name, version and id.
  std::vector<const lifecycle::Entry*> ordered;
  for (const auto& entry : catalogue.entries) {
    ordered.push_back(&entry);
  }
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto* a, const auto* b) {
    return view::register_before(render::sop_number(*a->sop), *a, render::sop_number(*b->sop), *b);
  });
  std::vector<render::RegisterRow> rows;
  for (const auto* listed : ordered) {
    const auto& entry = *listed;
    render::RegisterRow row;
    row.number = render::sop_number(*entry.sop);
    row.name = entry.sop->name;
    row.version = std::to_string(entry.version);
    row.created = entry.created;
    row.revised = entry.revised;
    row.approved = entry.approved;
    row.effective = entry.effective;
    row.status = status_of(entry, catalogue);
    row.next_monitoring = entry.next_monitoring;
    rows.push_back(std::move(row));
  }
  return rows;
}

void render_register(const store::Repository& repository,
                     const Catalogue& catalogue,
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
  if (catalogue.entries.empty()) {
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
  document.rows = register_rows(catalogue);
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
