#include <algorithm>
#include <cctype>
#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/assessment.hpp>
#include <ops/catalogue.hpp>
#include <ops/change_lock.hpp>
#include <ops/event_time.hpp>
#include <ops/expected_hash.hpp>
#include <ops/record_change.hpp>
#include <store/draft_index.hpp>
#include <store/files.hpp>
#include <store/procedure.hpp>
#include <workflow/authorize.hpp>
#include <workflow/paper_record.hpp>
#include <workflow/replay.hpp>
#include <yaml/draft_text.hpp>
#include <yaml/paper_record_text.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

namespace {

bool blank(const std::string& text)
{
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// The SOP `query` names: an id of sops/, else the one id it begins.
std::string select_sop(const store::Repository& repository, const std::string& query)
{
  auto ids = store::list_sop_ids(repository.sops_dir());
  if (std::find(ids.begin(), ids.end(), query) != ids.end()) {
    return query;
  }
  std::vector<std::string> matches;
  std::copy_if(ids.begin(), ids.end(), std::back_inserter(matches), [&](const std::string& id) {
    return id.starts_with(query);
  });
  if (matches.size() == 1) {
    return matches.front();
  }
  if (matches.empty()) {
    throw model::Error(trf("no SOP \"{}\" in {}; `sopctl register` lists the SOPs",
                           query,
                           repository.display(repository.sops_dir())));
  }
  throw model::Error(trf("\"{}\" names more than one SOP: {}; give the whole id",
                         query,
                         fmt::format("{}", fmt::join(matches, ", "))));
}

// Why an SOP that is not in force cannot be assessed, and what to do.
std::string not_in_force(const std::string& display,
                         const lifecycle::Entry& entry,
                         model::EventKind kind)
{
  bool monitoring = kind == model::EventKind::monitored;
  switch (entry.state) {
    case lifecycle::State::konsep:
      return monitoring ? trf("{}: {} is a draft (konsep), not an SOP in force: only an SOP in "
                              "force (berlaku) is monitored; sign it first",
                              display,
                              entry.id)
                        : trf("{}: {} is a draft (konsep), not an SOP in force: only an SOP in "
                              "force (berlaku) is evaluated; sign it first",
                              display,
                              entry.id);
    case lifecycle::State::digantikan:
      return monitoring ? trf("{}: {} is superseded (digantikan) by {}: only an SOP in force "
                              "(berlaku) is monitored; monitor {} instead",
                              display,
                              entry.id,
                              entry.replaced_by,
                              entry.replaced_by)
                        : trf("{}: {} is superseded (digantikan) by {}: only an SOP in force "
                              "(berlaku) is evaluated; evaluate {} instead",
                              display,
                              entry.id,
                              entry.replaced_by,
                              entry.replaced_by);
    case lifecycle::State::dicabut:
      return monitoring ? trf("{}: {} is revoked (dicabut): only an SOP in force (berlaku) is "
                              "monitored",
                              display,
                              entry.id)
                        : trf("{}: {} is revoked (dicabut): only an SOP in force (berlaku) is "
                              "evaluated",
                              display,
                              entry.id);
    case lifecycle::State::berlaku:
      break;
  }
  // In force without a known effective date: signed on paper with no
  // dates.approved.
  return trf("{}: {} has no approval date (dates.approved), so it is not known to be in force; "
             "write the date it was signed",
             display,
             entry.id);
}

} // namespace

bool asks_revision(const std::string& action)
{
  std::string lower(action);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  return lower.find("revisi") != std::string::npos;
}

std::string revise_command(const std::string& id, const std::string& action)
{
  std::string quoted = "\"";
  for (char c : action) {
    if (c == '"' || c == '\\' || c == '$' || c == '`') {
      quoted += '\\';
    }
    quoted += c == '\n' ? ' ' : c;
  }
  quoted += '"';
  return fmt::format("sopctl revise {} --reason {}", id, quoted);
}

void record_assessment(const store::Repository& repository,
                       const std::string& query,
                       model::EventKind kind,
                       const AssessmentRequest& request,
                       std::ostream& out)
{
  bool monitoring = kind == model::EventKind::monitored;
  if (request.result != "baik" && request.result != "tidak") {
    throw model::UsageError(
      trf("--result \"{}\": write baik (berjalan dengan baik) or tidak (tidak berjalan dengan "
          "baik)",
          request.result));
  }
  if (blank(request.note)) {
    throw model::UsageError(
      tr("give the assessment's note (Catatan Hasil Penilaian) with --note TEXT"));
  }
  if (monitoring && request.result == "tidak" && blank(request.action)) {
    throw model::UsageError(tr("a monitoring whose result is tidak needs the action to take "
                               "(Tindakan yang Harus Diambil): give it with --action TEXT"));
  }
  auto procedure = store::load_procedure(repository);
  auto id = select_sop(repository, query);
  auto path = repository.draft_path(id);
  ChangeLock lock(repository, {path});
  auto display = repository.display(path);
  if (!request.expected_hash.empty()) {
    // Before anything else is said about the SOP: what the page showed is
    // no longer what the file says.
    check_unchanged(request.expected_hash, store::read_file(path, display), display);
  }
  // The whole catalogue: whether this SOP is in force depends on the others
  // (a signed revision supersedes it).
  auto catalogue = load_catalogue(repository, procedure);
  const auto* entry = catalogue.find(id);
  if (!entry) {
    for (const auto& problem : catalogue.problems) {
      if (problem.starts_with(display)) {
        throw model::Error(problem);
      }
    }
    throw model::Error(
      trf("{}: the SOP did not load; `sopctl check {}` says why", display, display));
  }
  if (entry->state != lifecycle::State::berlaku || entry->effective.empty()) {
    throw model::Error(not_in_force(display, *entry, kind));
  }
  // The file as written (its events in the offsets they were written with,
  // which their hashes cover), not the catalogue's copy shown in the zone.
  auto text = store::read_file(path, display);
  auto sop = yaml::load_sop(text, display);
  static const std::vector<model::Event> none;
  const auto& events = sop.drafting ? sop.drafting->events : none;
  auto times = event_times(
    request.at_given ? std::optional(request.at) : std::nullopt, request.clock, display);
  if (!events.empty() && times.at < events.back().at) {
    throw model::Error(trf("{}: the time given ({}) is earlier than the SOP's last event ({}); "
                           "give --at a later time, or check this machine's clock",
                           display,
                           model::format_iso(times.at),
                           model::format_iso(events.back().at)));
  }
  const auto& role = repository.config.monitoring_role;
  auto by = request.by;
  if (!repository.config.people.empty()) {
    auto identity =
      workflow::acting_identity(repository.config.people, request.identity, request.by, display);
    by = workflow::authorize(repository.config.people, identity, role, display).name;
  }
  model::Event event;
  event.kind = kind;
  event.role = role;
  event.by = by;
  event.at = times.at;
  event.recorded = times.recorded;
  event.note = request.note;
  event.result = request.result;
  event.action = request.action;
  event.set = request.set;
  history::seal(event, events);
  std::string written;
  if (sop.drafting) {
    written = yaml::append_event(text, sop, event);
  } else {
    auto appended = yaml::append_paper_record(text, sop, event);
    if (!appended) {
      throw model::Error(trf("{}: a record cannot be added at the end of this file as it is "
                             "written (its last lines do not end the SOP's top-level keys); "
                             "check that it ends with a key of the SOP, not inside a list or "
                             "block text",
                             display));
    }
    written = std::move(*appended);
  }
  // What is written must read back and fit the record's rules.
  model::Diagnostics diagnostics(display);
  auto after = yaml::read_sop(written, diagnostics);
  if (after && after->is_draft()) {
    workflow::replay(procedure.sop, after->drafting->events, diagnostics);
  } else if (after && after->drafting) {
    workflow::check_paper_record(after->drafting->events, diagnostics);
  }
  diagnostics.throw_if_any();
  write_change(repository, path, written);
  out << (monitoring ? trf("{}: monitoring recorded: {} by {}", id, request.result, by)
                     : trf("{}: evaluation recorded: {} by {}", id, request.result, by))
      << '\n';
  record_change(repository,
                {path},
                fmt::format("{} {}: {} by {} - {}",
                            monitoring ? "monitor" : "evaluate",
                            id,
                            request.result,
                            by,
                            subject_part(request.note)));
  if (asks_revision(request.action)) {
    out << trf("{}: the action asks for a revision; start it with:", id) << '\n'
        << "  " << revise_command(id, request.action) << '\n';
  }
}

} // namespace sopctl::ops
