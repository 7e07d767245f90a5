#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/adopt.hpp>
#include <ops/change_lock.hpp>
#include <ops/event_time.hpp>
#include <ops/record_change.hpp>
#include <store/files.hpp>
#include <time/time_standard.hpp>
#include <workflow/authorize.hpp>
#include <workflow/draft_id.hpp>
#include <yaml/paper_record_text.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

namespace fs = std::filesystem;

namespace {

// The SOP in `text`, refused unless it checks clean (every problem named
// at its line and column) and was signed on paper: no record, an approval
// date.
model::Sop signed_on_paper(const std::string& text, const std::string& display)
{
  model::Diagnostics diagnostics(display);
  auto sop = yaml::read_sop(text, diagnostics);
  if (sop) {
    // As `sopctl check` does for an SOP that is not the procedure: a time
    // standard it cannot read only warns.
    time::validate_time_standards(*sop, diagnostics, time::Unreadable::warning);
  }
  if (!sop || !diagnostics.empty()) {
    throw model::Error(trf("{}\n{}: the SOP does not check clean, so it was not adopted; fix the "
                           "problems above (sopctl check {} lists them) and adopt it again",
                           model::format_all(diagnostics.list()),
                           display,
                           display));
  }
  if (sop->is_draft()) {
    throw model::Error(trf("{}: this SOP is a draft (its record names the procedure {}), not an "
                           "SOP signed on paper; a draft is signed by drafting it to its end "
                           "(sopctl advance), not adopted",
                           display,
                           sop->drafting->procedure));
  }
  if (sop->drafting) {
    throw model::Error(trf("{}: this SOP already has its record (its line {}): it was adopted "
                           "or monitored before; copy the file into sops/ as it is to keep "
                           "that record",
                           display,
                           sop->drafting->where.line));
  }
  if (sop->dates.approved.empty()) {
    throw model::Error(trf("{}: the SOP has no approval date, so nothing says it was signed; "
                           "set dates.approved to the day it was signed (YYYY-MM-DD) to adopt "
                           "it, or draft it with: sopctl start \"{}\"",
                           display,
                           sop->name));
  }
  return *sop;
}

// The id asked for with --id, else the file's name when it can name a file
// in sops/, else one made from the SOP's name (as start makes one from the
// title).
std::string choose_id(const AdoptRequest& request, const model::Sop& sop)
{
  if (!request.id.empty()) {
    if (auto problem = workflow::check_draft_id(request.id); !problem.empty()) {
      throw model::UsageError(trf("--id \"{}\": {}", request.id, problem));
    }
    return request.id;
  }
  auto stem = request.file.stem().string();
  if (workflow::check_draft_id(stem).empty()) {
    return stem;
  }
  auto id = workflow::make_draft_id(sop.name);
  if (id.empty()) {
    throw model::UsageError(trf("cannot make a file name from the file's name or the SOP's name "
                                "\"{}\"; give one with --id",
                                sop.name));
  }
  return id;
}

} // namespace

std::string adopt_sop(const store::Repository& repository,
                      const AdoptRequest& request,
                      std::ostream& out)
{
  auto source = (repository.cwd / request.file).lexically_normal();
  auto source_display = repository.display(source);
  auto text = store::read_file(source, source_display);
  auto sop = signed_on_paper(text, source_display);
  auto id = choose_id(request, sop);
  auto path = repository.draft_path(id);
  auto display = repository.display(path);
  std::error_code error;
  // `sopctl adopt sops/x.yaml`: the file is already where it belongs.
  bool in_place = fs::exists(path, error) && fs::equivalent(path, source, error);

  auto exists = [&] {
    return model::Error(trf("{}: already exists; choose another id with --id", display));
  };
  std::optional<ChangeLock> lock; // held until the change is committed
  if (!repository.dry_run) {
    fs::create_directories(repository.sops_dir(), error);
    lock.emplace(repository, std::vector<fs::path>{path});
  }
  if (in_place) {
    text = store::read_file(path, display); // as it is under the lock
    sop = signed_on_paper(text, display);
  } else if (fs::exists(path, error)) {
    throw exists();
  }

  model::Event adopted;
  adopted.kind = model::EventKind::adopted;
  adopted.by = request.by;
  if (!repository.config.people.empty()) {
    // Anyone on the roster may adopt an SOP, as themselves.
    auto identity =
      workflow::acting_identity(repository.config.people, request.identity, request.by, display);
    adopted.by = workflow::authorize(repository.config.people, identity, "", display).name;
  }
  auto times = event_times(
    request.at_given ? std::optional(request.at) : std::nullopt, request.clock, display);
  adopted.at = times.at;
  adopted.recorded = times.recorded;
  adopted.note = request.note;
  history::seal(adopted, {}); // the record's first event
  // The text must read back as the same SOP with its record: a file that
  // ends its YAML document (`...`) cannot take one after it.
  auto appended = yaml::append_paper_record(text, sop, adopted);
  if (!appended) {
    throw model::Error(trf("{}: the record cannot be added after the file's text (it does not "
                           "read back as the same SOP; an end of document \"...\" or a second "
                           "document would do that): remove what follows the SOP and adopt it "
                           "again",
                           source_display));
  }
  const auto& adopted_text = *appended;

  if (in_place || repository.dry_run) {
    write_change(repository, path, adopted_text);
  } else if (!store::create_file_exclusively(path, adopted_text)) {
    throw exists();
  }
  out << id << '\n';
  record_change(repository,
                {path},
                fmt::format("adopt {}: {} (by {})", id, subject_part(sop.name), adopted.by));
  return id;
}

} // namespace sopctl::ops
