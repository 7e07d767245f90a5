#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/catalogue.hpp>
#include <ops/drafts.hpp>
#include <ops/log.hpp>
#include <store/files.hpp>
#include <store/procedure.hpp>
#include <view/log_view.hpp>
#include <workflow/paper_record.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

namespace {

// The version of `id` in the register, or 0 when it is not there.
int version_of(const Catalogue& catalogue, const std::string& id)
{
  const auto* entry = catalogue.find(id);
  return entry ? entry->version : 0;
}

// How the SOP `id` links to its other versions, from the register.
view::LogLinks links_of(const Catalogue& catalogue, const std::string& id)
{
  view::LogLinks links;
  const auto* entry = catalogue.find(id);
  if (!entry) {
    return links;
  }
  links.revises = entry->revises;
  links.revises_version = version_of(catalogue, entry->revises);
  links.revise_reason = entry->revise_reason;
  links.replaced_by = entry->replaced_by;
  links.replaced_by_version = version_of(catalogue, entry->replaced_by);
  links.revision_open = entry->revision_open;
  links.revision_open_version = version_of(catalogue, entry->revision_open);
  return links;
}

} // namespace

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
  auto path = repository.draft_path(id);
  auto display = repository.display(path);
  auto sop = yaml::load_sop(store::read_file(path, display), display);
  std::vector<model::Event> events;
  std::set<size_t> cancelled;
  if (sop.is_draft()) {
    auto draft = load_draft(repository, procedure, id);
    events = draft.file.sop.drafting->events;
    cancelled = draft.state.cancelled;
  } else if (sop.drafting) {
    // The record of an SOP signed on paper: its life in force.
    model::Diagnostics diagnostics(display);
    workflow::check_paper_record(sop.drafting->events, diagnostics);
    diagnostics.throw_if_any();
    events = sop.drafting->events;
  }
  // Shown in the repository's zone, whatever offset each was written in.
  events = workflow::events_in_zone(events, repository.config.utc_offset_minutes);
  // The links to other versions are in other files: the register has them.
  auto links = links_of(load_catalogue(repository, procedure), id);
  switch (format) {
    case Format::json:
      out << view::log_json(id, events, cancelled, links);
      break;
    case Format::csv:
    case Format::csv_rfc4180:
      out << view::sheet_csv(view::log_sheet(events, cancelled), csv_style(format));
      break;
    default:
      if (events.empty()) {
        out << trf("{}: no events are recorded: this SOP was signed on paper and nothing has "
                   "been recorded about it since",
                   id)
            << '\n';
      } else {
        out << view::log_table(procedure.sop, events, style, cancelled);
      }
      out << view::log_links(links);
  }
}

} // namespace sopctl::ops
