#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/catalogue.hpp>
#include <ops/change_lock.hpp>
#include <ops/event_time.hpp>
#include <ops/record_change.hpp>
#include <ops/revise.hpp>
#include <ops/sop_target.hpp>
#include <render/letters.hpp>
#include <store/files.hpp>
#include <store/procedure.hpp>
#include <workflow/authorize.hpp>
#include <workflow/draft_id.hpp>
#include <yaml/sop_reader.hpp>
#include <yaml/sop_writer.hpp>

namespace sopctl::ops {

namespace {

constexpr size_t max_id_length = 60;

// Why the SOP of `entry` cannot be revised, or "" when it can: only an SOP
// in force is, and only one revision of it at a time.
std::string refusal(const Catalogue& catalogue,
                    const lifecycle::Entry& entry,
                    const std::string& display)
{
  using lifecycle::State;
  if (auto paper = unsigned_paper(entry, display); !paper.empty()) {
    return paper;
  }
  switch (entry.state) {
    case State::konsep:
      return trf("{}: this is a draft (konsep), not an SOP in force; change a draft with sopctl "
                 "edit {}, and revise an SOP once it is signed",
                 display,
                 entry.id);
    case State::digantikan: {
      const auto* newer = catalogue.find(entry.replaced_by);
      return trf("{}: this SOP was superseded by {} (version {}); revise the version in force: "
                 "sopctl revise {}",
                 display,
                 entry.replaced_by,
                 newer ? newer->version : entry.version + 1,
                 entry.replaced_by);
    }
    case State::dicabut:
      return trf("{}: this SOP was revoked ({}); a revoked SOP is not revised: start a new one "
                 "with sopctl start TITLE",
                 display,
                 entry.revoke_ref);
    case State::berlaku:
      break;
  }
  if (!entry.revision_open.empty()) {
    return trf("{}: a revision of this SOP is already open: {}; finish it (sopctl status {}) "
               "before starting another, or delete its file if it is abandoned",
               display,
               entry.revision_open,
               entry.revision_open);
  }
  return {};
}

// The revision's content: the SOP's own, exactly, as version N+1 carrying
// its number, with the dates of an approval still to come emptied.
model::Sop revised_content(const lifecycle::Entry& entry)
{
  model::Sop content = *entry.sop;
  content.drafting.reset();
  // A number handed out at the signing lives in the signing event: the
  // revision writes it down, and the numbering rule (which fills only an
  // empty number) leaves it.
  content.number = render::sop_number(*entry.sop);
  content.version = entry.version + 1;
  content.dates.approved.clear();
  content.dates.revised.clear();
  content.dates.effective.clear();
  return content;
}

} // namespace

std::string revision_id(const std::string& id, int version)
{
  std::string base = id;
  auto dash = base.rfind("-v");
  if (dash != std::string::npos && dash + 2 < base.size() &&
      base.find_first_not_of("0123456789", dash + 2) == std::string::npos) {
    base.resize(dash);
  }
  auto suffix = fmt::format("-v{}", version);
  if (base.size() + suffix.size() > max_id_length) {
    base.resize(max_id_length - suffix.size());
  }
  return base + suffix;
}

std::string revise_sop(const store::Repository& repository,
                       const std::string& query,
                       const ReviseRequest& request,
                       std::ostream& out)
{
  if (request.reason.find('\n') != std::string::npos) {
    throw model::UsageError(
      tr("--reason must be one line, such as \"menyesuaikan Perpres 12/2025\""));
  }
  if (!request.id.empty()) {
    if (auto problem = workflow::check_draft_id(request.id); !problem.empty()) {
      throw model::UsageError(trf("--id \"{}\": {}", request.id, problem));
    }
  }
  auto procedure = store::load_procedure(repository);
  auto old_id = resolve_sop(repository, query);
  auto old_display = repository.display(repository.draft_path(old_id));
  // The id depends on the version: read the SOP once to name the lock's file.
  auto version =
    yaml::load_sop(store::read_file(repository.draft_path(old_id), old_display), old_display)
      .version;
  auto id = request.id.empty() ? revision_id(old_id, version + 1) : request.id;
  auto path = repository.draft_path(id);
  auto display = repository.display(path);
  // Under the lock, so two revisions started at once cannot both be open.
  ChangeLock lock(repository, {path});
  auto catalogue = load_catalogue(repository, procedure);
  const auto& entry = entry_of(catalogue, repository, old_id);
  if (auto why = refusal(catalogue, entry, old_display); !why.empty()) {
    throw model::Error(why);
  }
  std::error_code error;
  if (std::filesystem::exists(path, error)) {
    throw model::Error(trf("{}: already exists; choose the revision's id with --id", display));
  }

  model::DraftingRecord record;
  record.procedure = procedure.id;
  model::Event started;
  started.kind = model::EventKind::started;
  started.by = request.by;
  if (!repository.config.people.empty()) {
    auto identity =
      workflow::acting_identity(repository.config.people, request.identity, request.by, display);
    started.by = workflow::authorize(repository.config.people, identity, "", display).name;
  }
  auto times = event_times(
    request.at_given ? std::optional(request.at) : std::nullopt, request.clock, display);
  started.at = times.at;
  started.recorded = times.recorded;
  started.note = request.reason;
  started.revises = old_id;
  history::seal(started, record.events);
  record.events.push_back(started);
  auto content = revised_content(entry);
  auto text = yaml::write_content(content) + yaml::write_drafting(record);
  yaml::load_sop(text, display); // what is written must read back

  if (repository.dry_run) {
    write_change(repository, path, text);
  } else if (!store::create_file_exclusively(path, text)) {
    throw model::Error(trf("{}: already exists; choose the revision's id with --id", display));
  }
  out << id << '\n';
  auto message =
    fmt::format("revise {}: {} starts version {} (by {})", old_id, id, content.version, started.by);
  if (!request.reason.empty()) {
    message += " - " + subject_part(request.reason);
  }
  record_change(repository, {path}, message);
  return id;
}

} // namespace sopctl::ops
