#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/catalogue.hpp>
#include <ops/change_lock.hpp>
#include <ops/event_time.hpp>
#include <ops/record_change.hpp>
#include <ops/revoke.hpp>
#include <ops/sop_target.hpp>
#include <store/files.hpp>
#include <store/procedure.hpp>
#include <workflow/authorize.hpp>
#include <workflow/paper_record.hpp>
#include <workflow/replay.hpp>
#include <yaml/draft_text.hpp>
#include <yaml/sop_reader.hpp>
#include <yaml/sop_writer.hpp>

namespace sopctl::ops {

namespace {

// Why the SOP of `entry` cannot be revoked, or "" when it can: only an SOP
// in force is.
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
      return trf("{}: this is a draft (konsep), not an SOP in force; only a signed SOP is "
                 "revoked (a draft that is not wanted is deleted)",
                 display);
    case State::digantikan: {
      const auto* newer = catalogue.find(entry.replaced_by);
      return trf("{}: this SOP is no longer in force: it was superseded by {} (version {}); "
                 "revoke that one if it is to go: sopctl revoke {}",
                 display,
                 entry.replaced_by,
                 newer ? newer->version : entry.version + 1,
                 entry.replaced_by);
    }
    case State::dicabut:
      return trf("{}: this SOP was already revoked on {} ({})",
                 display,
                 model::format_iso(*entry.revoked_at).substr(0, 10),
                 entry.revoke_ref);
    case State::berlaku:
      break;
  }
  return {};
}

// The role that signs an SOP: the performer of the procedure's signing
// step; empty when the procedure has none.
std::string signing_role(const store::Repository& repository, const store::Procedure& procedure)
{
  int step = repository.config.drafting_rules(procedure.sop.rules).signing_step;
  const auto* signing = procedure.sop.find_step(step);
  return signing && !signing->performers.empty() ? signing->performers.front() : "";
}

// The file's text with `event` added: appended to its record, or, for an
// SOP signed on paper without one, a new record after the content, which
// is left as it is byte for byte.
std::string with_event(const std::string& text, const model::Sop& sop, model::Event& event)
{
  if (sop.drafting) {
    history::seal(event, sop.drafting->events);
    return yaml::append_event(text, sop, event);
  }
  model::DraftingRecord record;
  history::seal(event, record.events);
  record.events.push_back(event);
  bool crlf = text.find("\r\n") != std::string::npos;
  auto added = yaml::write_drafting(record);
  if (crlf) {
    std::string converted;
    for (char c : added) {
      converted += c == '\n' ? std::string("\r\n") : std::string(1, c);
    }
    added = converted;
  }
  return text + (text.empty() || text.back() == '\n' ? "" : (crlf ? "\r\n" : "\n")) + added;
}

} // namespace

void revoke_sop(const store::Repository& repository,
                const std::string& query,
                const RevokeRequest& request,
                std::ostream& out)
{
  auto blank = [](const std::string& text) {
    return text.find_first_not_of(" \t\n") == std::string::npos;
  };
  if (blank(request.reason)) {
    throw model::UsageError(tr("--reason is empty; write why the SOP is revoked"));
  }
  if (blank(request.ref)) {
    throw model::UsageError(tr("--ref is empty; name the decree that revokes the SOP, such as "
                               "\"Keputusan Kepala Dinas Nomor 800/123/2026\""));
  }
  auto procedure = store::load_procedure(repository);
  auto id = resolve_sop(repository, query);
  auto path = repository.draft_path(id);
  auto display = repository.display(path);
  ChangeLock lock(repository, {path});
  auto catalogue = load_catalogue(repository, procedure);
  const auto& entry = entry_of(catalogue, repository, id);
  if (auto why = refusal(catalogue, entry, display); !why.empty()) {
    throw model::Error(why);
  }
  const auto* file = catalogue.find_file(id);
  if (file && file->drafting && file->drafting->phase != workflow::Phase::done) {
    // Signed, but the procedure's last steps (the cover letter, the
    // distribution) are still to do: its life in force is recorded after.
    throw model::Error(trf("{}: this SOP is signed but its drafting is not finished (step {} is "
                           "active); finish it (sopctl advance {}) and revoke it then",
                           display,
                           file->drafting->active_step,
                           id));
  }
  auto text = store::read_file(path, display);
  auto sop = yaml::load_sop(text, display); // as written, in its own offsets
  auto times = event_times(
    request.at_given ? std::optional(request.at) : std::nullopt, request.clock, display);
  if (sop.drafting && times.at < sop.drafting->events.back().at) {
    throw model::Error(trf("{}: --at {} is earlier than the SOP's last event ({}); give a later "
                           "time",
                           display,
                           model::format_iso(times.at),
                           model::format_iso(sop.drafting->events.back().at)));
  }
  model::Event event;
  event.kind = model::EventKind::revoked;
  event.role = signing_role(repository, procedure);
  event.by = request.by;
  if (!repository.config.people.empty()) {
    auto identity =
      workflow::acting_identity(repository.config.people, request.identity, request.by, display);
    event.by = workflow::authorize(repository.config.people, identity, event.role, display).name;
  }
  event.at = times.at;
  event.recorded = times.recorded;
  event.note = request.reason;
  event.ref = request.ref;
  auto changed = with_event(text, sop, event);
  // What is written must read back and hold as a history.
  auto written = yaml::load_sop(changed, display);
  model::Diagnostics diagnostics(display);
  if (written.is_draft()) {
    workflow::replay(procedure.sop, written.drafting->events, diagnostics);
  } else {
    workflow::check_paper_record(written.drafting->events, diagnostics);
  }
  diagnostics.throw_if_any();
  write_change(repository, path, changed);
  out << trf("{}: revoked by {} ({})", id, event.by, event.ref) << '\n';
  record_change(repository,
                {path},
                fmt::format("revoke {}: {} (by {}) - {}",
                            id,
                            subject_part(event.ref),
                            event.by,
                            subject_part(request.reason)));
}

} // namespace sopctl::ops
