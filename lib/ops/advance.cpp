#include <algorithm>
#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/text.hpp>
#include <ops/advance.hpp>
#include <ops/change_lock.hpp>
#include <ops/drafts.hpp>
#include <ops/event_time.hpp>
#include <ops/expected_hash.hpp>
#include <ops/record_change.hpp>
#include <store/counters.hpp>
#include <store/files.hpp>
#include <workflow/authorize.hpp>
#include <workflow/numbering.hpp>
#include <workflow/signing.hpp>
#include <workflow/voids.hpp>
#include <yaml/draft_text.hpp>

namespace sopctl::ops {

namespace {

// Hands out the numbers whose rule names the step `event` completes (the
// SOP's number at signing, a letter's number), recording each in the event
// as number.<name> and in the counters file, which is written first: a
// crash in between wastes a number but never hands one out twice. Returns
// the counters file's path when it was written.
std::optional<std::filesystem::path> hand_out_numbers(const store::Repository& repository,
                                                      const model::Sop& procedure,
                                                      const model::Sop& draft,
                                                      model::Event& event)
{
  if (event.kind != model::EventKind::completed) {
    return std::nullopt;
  }
  auto path = repository.root / store::counters_file_name;
  std::optional<model::Counters> counters;
  auto cancelled = workflow::cancelled_events(draft.drafting->events);
  for (const auto& rule : repository.config.drafting_rules(procedure.rules).numbering) {
    auto key = "number." + rule.name;
    bool by_hand = event.set.contains(key) || (rule.name == "sop" && !draft.number.empty());
    // A number a voided act was given stays used in numbers.yaml (never
    // handed out twice) but is not the draft's: the act done again gets the
    // next one.
    bool already = false;
    for (size_t i = 0; i < draft.drafting->events.size(); ++i) {
      already = already || (!cancelled.contains(i) && draft.drafting->events[i].set.contains(key));
    }
    if (rule.step != event.step || by_hand || already) {
      continue;
    }
    if (!counters) {
      auto display = repository.display(path);
      model::Diagnostics diagnostics(display);
      std::error_code error;
      auto text = std::filesystem::exists(path, error) ? store::read_file(path, display) : "";
      counters = store::read_counters(text, diagnostics);
      diagnostics.throw_if_any();
    }
    // The year and date of the office's calendar, whatever offset --at had.
    auto local = model::at_offset(event.at.utc_seconds, repository.config.utc_offset_minutes);
    int year = std::stoi(model::format_iso(local).substr(0, 4));
    int seq = ++(*counters)[{rule.pattern, year}];
    event.set[key] = workflow::format_number(rule.pattern, seq, local);
  }
  if (!counters) {
    return std::nullopt;
  }
  write_change(repository, path, store::write_counters(*counters));
  return path;
}

} // namespace

void advance_draft(const store::Repository& repository,
                   const std::optional<std::string>& query,
                   workflow::AdvanceRequest request,
                   const Clock& clock,
                   std::ostream& out)
{
  auto procedure = store::load_procedure(repository);
  // A role the procedure does not have is a usage error, as in note and
  // report (README "Exit codes"), whatever the draft's state.
  if (!procedure.sop.find_performer(request.role)) {
    throw model::UsageError(trf("--role \"{}\": unknown role; the roles are: {}",
                                request.role,
                                workflow::list_roles(procedure.sop)));
  }
  auto id = select_draft(repository, procedure, query);

  // Read, check and write under the lock, so a concurrent advance of the
  // same draft is applied after this one rather than lost.
  ChangeLock lock(repository,
                  {repository.draft_path(id), repository.root / store::counters_file_name});
  check_unchanged_draft(repository, id, request.expected_hash);
  auto draft = load_draft(repository, procedure, id);
  auto times = event_times(
    request.at_given ? std::optional(request.at) : std::nullopt, clock, draft.file.display);
  request.at = times.at;
  const model::Person* actor = nullptr;
  if (!repository.config.people.empty()) {
    // Checked after the procedure's own rules, so a wrong role is named as
    // such before who may hold it.
    workflow::plan_advance(procedure.sop, draft.state, request, draft.file.display);
    // A performer outside the office (the applicant) holds no roster role:
    // any person on the roster records its step on its behalf.
    const auto* performer = procedure.sop.find_performer(request.role);
    bool external = performer && performer->external;
    auto identity = workflow::acting_identity(
      repository.config.people, request.identity, request.by, draft.file.display);
    const auto& person = workflow::authorize(repository.config.people,
                                             identity,
                                             external ? std::string() : request.role,
                                             draft.file.display);
    request.by = person.name;
    actor = external ? nullptr : &person;
  }
  auto event = workflow::plan_advance(procedure.sop, draft.state, request, draft.file.display);
  int signing_step = repository.config.drafting_rules(procedure.sop.rules).signing_step;
  if (actor && event.kind == model::EventKind::completed && event.step == signing_step) {
    // The signed SOP prints its signer as they were now, not as the roster
    // will say after a promotion or a replacement.
    workflow::record_approval(*actor, signing_step, event, draft.file.display);
  }
  event.recorded = times.recorded;
  auto counters_path = hand_out_numbers(repository, procedure.sop, draft.file.sop, event);
  history::seal(event, draft.file.sop.drafting->events);
  auto text = yaml::append_event(draft.file.text, draft.file.sop, event);
  write_change(repository, draft.file.path, text);

  const auto& sop = procedure.sop;
  const auto& done = *sop.find_step(event.step);
  auto exit = done.decision ? std::optional(workflow::exit_of(event)) : std::nullopt;
  int next = exit ? workflow::exit_target(done, *exit) : workflow::next_step(sop, done);
  bool back = event.kind == model::EventKind::rejected;
  bool labelled = exit && (*exit == model::Exit::tidak || !done.decision->yes_label.empty());
  const auto* acting = sop.find_performer(event.role);
  auto who =
    acting && acting->external ? trf("{} (recorded for {})", event.by, event.role) : event.by;
  // Two sentences, each whole for the translator: what was done, then
  // what comes next.
  std::string what =
    back
      ? trf("{}: step {} sent back ({}) by {}", id, done.number, done.decision->label(*exit), who)
    : labelled
      ? trf("{}: step {} done ({}) by {}", id, done.number, done.decision->label(*exit), who)
      : trf("{}: step {} done by {}", id, done.number, who);
  std::string then;
  if (next == 0) {
    then = exit && done.decision->target(*exit) == model::procedure_end
             ? trf("the draft is finished ({})", done.decision->label(*exit))
             : std::string(tr("the draft is finished"));
  } else {
    const auto& step = *sop.find_step(next);
    then = trf("step {} is now active: {} ({})",
               step.number,
               model::one_line(step.activity),
               step.performer_list());
  }
  out << what << "; " << then << '\n';
  // `advance akta: step 6 Tidak by kabid (Rina) - dasar hukum kurang`
  auto message = fmt::format("advance {}: step {} {} by {} ({})",
                             id,
                             done.number,
                             exit ? done.decision->label(*exit) : "done",
                             event.role,
                             event.by);
  if (!event.note.empty()) {
    message += " - " + subject_part(event.note);
  }
  std::vector<std::filesystem::path> changed = {draft.file.path};
  if (counters_path) {
    changed.push_back(*counters_path);
    for (const auto& [key, value] : event.set) {
      if (key.starts_with("number.")) {
        out << trf("{}: {} is {}", id, key, value) << '\n';
      }
    }
  }
  record_change(repository, changed, message);
}

} // namespace sopctl::ops
