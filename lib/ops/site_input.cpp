#include <algorithm>
#include <fmt/format.h>
#include <history/sha256.hpp>
#include <model/errors.hpp>
#include <model/text.hpp>
#include <ops/draft_list.hpp>
#include <ops/each_file.hpp>
#include <ops/letter_list.hpp>
#include <ops/loaded_sop.hpp>
#include <ops/register.hpp>
#include <ops/site.hpp>
#include <ops/site_sources.hpp>
#include <ops/site_words.hpp>
#include <report/assessments.hpp>
#include <report/reports.hpp>
#include <set>
#include <store/draft_index.hpp>
#include <store/files.hpp>
#include <workflow/advance.hpp>

namespace sopctl::ops {

namespace {

// What every draft's row is measured and described with.
struct DraftContext
{
  const store::Procedure& procedure;
  const report::ClockRules& rules;
  const DeclaredLetters& letters;
  model::Timestamp now;
  int offset = 0;
};

std::string performer_label(const model::Sop& procedure, const std::string& key)
{
  const auto* performer = procedure.find_performer(key);
  return performer ? performer->name : key;
}

// The draft's events as its history page shows them, oldest first.
std::vector<site::HistoryRow> history_of(const model::Sop& procedure,
                                         const std::vector<model::Event>& events,
                                         const std::set<size_t>& cancelled)
{
  std::vector<site::HistoryRow> rows;
  rows.reserve(events.size());
  for (size_t i = 0; i < events.size(); ++i) {
    const auto& event = events[i];
    site::HistoryRow row;
    row.at = model::format_short(event.at);
    row.what = site_words::event_what(procedure, event);
    row.step = event.step > 0 ? std::to_string(event.step) : "";
    row.by = event.by;
    row.role = event.role.empty() ? "" : performer_label(procedure, event.role);
    row.note = event.note;
    if (!event.action.empty()) {
      row.note += (row.note.empty() ? "" : "\n") + ("Tindakan: " + event.action);
    }
    row.voided = cancelled.contains(i);
    rows.push_back(std::move(row));
  }
  return rows;
}

// The values the letters made at `step` need, by key: what `advance --set`
// may give there (a number is sopctl's to hand out).
std::vector<std::string> set_keys_of(const DeclaredLetters& letters, int step)
{
  std::vector<std::string> keys;
  for (const auto& letter : letters.letters) {
    if (letter.step != step) {
      continue;
    }
    for (const auto& field : letter.fields) {
      bool given_by_sopctl = field.key.starts_with("number.");
      if (!given_by_sopctl && std::find(keys.begin(), keys.end(), field.key) == keys.end()) {
        keys.push_back(field.key);
      }
    }
  }
  return keys;
}

// The row of a draft in progress: its active step measured as `report
// overdue` measures it, the exits of a decision, its history.
site::DraftRow draft_in_progress(const DraftContext& context, ListedDraft& draft)
{
  const auto& procedure = context.procedure.sop;
  site::DraftRow row;
  row.id = draft.id;
  row.title = model::one_line(draft.digest.title);
  row.round = draft.state.round;
  report::DraftInput input{draft.id, draft.digest.title, &draft.state};
  auto active = report::measure_active(procedure, context.rules, input, context.now, std::nullopt);
  if (active && active->step) {
    const auto& step = *active->step;
    row.step = fmt::format("{}/{}", step.number, procedure.steps.size());
    row.activity = model::one_line(step.activity);
    row.performer_roles = step.performers;
    for (const auto& key : step.performers) {
      row.performer_labels.push_back(performer_label(procedure, key));
      const auto* performer = procedure.find_performer(key);
      row.external = row.external || (performer && performer->external);
    }
    row.since = model::format_short(active->clock.since);
    if (active->clock.due) {
      row.due =
        model::format_short(model::at_offset(active->clock.due->utc_seconds, context.offset));
    }
    row.late = active->clock.state == report::ClockState::overdue;
    if (row.late) {
      row.late_minutes = active->late_minutes;
      row.late_by = site_words::working_span(active->late_days, active->late_rest);
    }
    if (step.decision) {
      for (auto exit : {model::Exit::ya, model::Exit::tidak}) {
        site::ExitChoice choice;
        choice.value = exit == model::Exit::ya ? "ya" : "tidak";
        choice.label = step.decision->label(exit);
        choice.target = site_words::exit_target(step, exit);
        choice.needs_note = workflow::goes_back(step, workflow::exit_target(step, exit));
        row.exits.push_back(std::move(choice));
      }
    }
    row.set_keys = set_keys_of(context.letters, step.number);
  }
  row.history = history_of(procedure,
                           workflow::events_in_zone(draft.digest.events, context.offset),
                           draft.state.cancelled);
  return row;
}

// How a konsep that is no longer being drafted ended, in words.
std::string outcome_of(const CatalogueFile& file, const model::Sop& procedure)
{
  if (!file.drafting) {
    return file.sop.is_draft() ? "Disusun menurut prosedur lain"
                               : "Belum disahkan (berkas tanpa riwayat penyusunan)";
  }
  if (const auto& ending = file.drafting->ended_at_decision) {
    return fmt::format(
      "Penyusunan berakhir pada langkah {} ({}), belum disahkan", ending->step, ending->label);
  }
  if (!procedure.steps.empty() && file.drafting->finished_at != 0 &&
      file.drafting->finished_at != procedure.steps.back().number) {
    // A step's `next: end` finished it before the last step.
    return fmt::format("Penyusunan selesai setelah langkah {}, belum disahkan",
                       file.drafting->finished_at);
  }
  return "Penyusunan selesai, belum disahkan";
}

// The row of a konsep whose drafting has ended (or that is not drafted by
// sopctl): no active step, its history as recorded.
site::DraftRow finished_draft(const DraftContext& context, const CatalogueFile& file)
{
  site::DraftRow row;
  row.id = file.id;
  row.title = model::one_line(file.sop.name);
  row.finished = true;
  row.outcome = outcome_of(file, context.procedure.sop);
  if (file.drafting && file.sop.drafting) {
    row.round = file.drafting->round;
    row.history =
      history_of(context.procedure.sop, file.sop.drafting->events, file.drafting->cancelled);
  }
  return row;
}

// Late first (the latest first), then by due time, then those without a
// clock, then the finished ones; each by id within.
void order_dashboard(std::vector<site::DraftRow>& drafts)
{
  auto rank = [](const site::DraftRow& row) {
    return row.finished ? 3 : row.late ? 0 : !row.due.empty() ? 1 : 2;
  };
  std::stable_sort(drafts.begin(), drafts.end(), [&](const auto& a, const auto& b) {
    if (rank(a) != rank(b)) {
      return rank(a) < rank(b);
    }
    if (a.late && a.late_minutes != b.late_minutes) {
      return a.late_minutes > b.late_minutes;
    }
    if (!a.late && a.due != b.due) {
      return a.due < b.due; // "YYYY-MM-DD HH:MM", all in the office's zone
    }
    return a.id < b.id;
  });
}

// Who signed an SOP of the register, as its document prints it: "Name
// (Position)"; the approver written in the file when the document cannot
// say (the problem is the document's, shown where it is rendered).
std::string signer_of(const store::Repository& repository,
                      const store::Procedure& procedure,
                      const CatalogueFile& file)
{
  model::Approver signer = file.sop.approver;
  std::string by;
  try {
    auto approval = document_approval(repository, loaded_from(repository, file, procedure));
    signer = approval.signer;
    by = approval.approved_by;
  } catch (const model::Error&) {
  }
  auto name = !signer.name.empty() ? signer.name : by;
  if (name.empty()) {
    return model::one_line(signer.position);
  }
  return signer.position.empty()
           ? model::one_line(name)
           : fmt::format("{} ({})", model::one_line(name), model::one_line(signer.position));
}

site::SopRow sop_row(const store::Repository& repository,
                     const store::Procedure& procedure,
                     const view::RegisterRow& listed,
                     const CatalogueFile& file,
                     const site::SiteOptions& options)
{
  const auto& entry = *listed.entry;
  const auto& sop = file.sop;
  site::SopRow row;
  row.id = entry.id;
  row.number = listed.number;
  row.name = model::one_line(sop.name);
  row.version = entry.version;
  row.state = std::string(lifecycle::to_string(entry.state));
  row.unit = model::one_line(sop.office.name);
  row.approved = entry.approved;
  row.effective = entry.effective;
  row.revised = entry.revised;
  row.signer = signer_of(repository, procedure, file);
  for (const auto& performer : sop.performers) {
    row.performers.push_back(model::one_line(performer.name));
  }
  for (const auto& basis : sop.legal_basis) {
    row.legal_bases.push_back(model::one_line(basis));
  }
  row.revises = entry.revises;
  row.replaced_by = entry.replaced_by;
  row.revoke_reason = entry.revoke_reason;
  row.revoke_ref = entry.revoke_ref;
  if (entry.revoked_at) {
    row.revoked_on = model::format_iso(*entry.revoked_at).substr(0, 10);
  }
  row.next_monitoring = entry.next_monitoring;
  row.next_evaluation = entry.next_evaluation;
  bool in_force = entry.state == lifecycle::State::berlaku;
  row.has_pdf = in_force || !options.public_only;
  if (options.public_only) {
    // Only SOPs in force are public: no link to a version that is not.
    row.revises.clear();
  }
  return row;
}

// The monitorings and evaluations late on the office's day of `now`, then
// those due within the schedule's days.
std::vector<site::AssessmentRow> assessments_of(const store::Repository& repository,
                                                const Catalogue& catalogue,
                                                model::Timestamp now)
{
  auto today = time::day_of(now, repository.config.utc_offset_minutes);
  auto late = report::overdue_assessments(catalogue.entries, today);
  auto soon =
    report::due_assessments(catalogue.entries, today, repository.config.schedule.due_soon_days);
  std::vector<site::AssessmentRow> rows;
  for (const auto* list : {&late, &soon}) {
    for (const auto& due : *list) {
      site::AssessmentRow row;
      row.kind = due.kind == report::DueKind::evaluation ? "evaluasi" : "pemantauan";
      row.sop = due.sop;
      row.name = model::one_line(due.title);
      row.due = time::format_day(due.due);
      row.late = list == &late;
      row.days = due.days;
      rows.push_back(std::move(row));
    }
  }
  return rows;
}

// A desk's page name for a person: ASCII letters and digits of the name,
// lower case, joined by '-'; "meja" when none is left.
std::string desk_key(std::string_view name)
{
  std::string key;
  for (unsigned char c : name) {
    if (std::isalnum(c) && c < 0x80) {
      key += static_cast<char>(std::tolower(c));
    } else if (!key.empty() && key.back() != '-') {
      key += '-';
    }
  }
  while (!key.empty() && key.back() == '-') {
    key.pop_back();
  }
  return key.empty() ? "meja" : key;
}

// The roster's people and their roles; without a roster, one desk per
// performer of the procedure. Keys are made unique with -2, -3, ...
std::vector<site::Desk> desks_of(const store::Repository& repository, const model::Sop& procedure)
{
  std::vector<site::Desk> desks;
  if (repository.config.people.empty()) {
    for (const auto& performer : procedure.performers) {
      desks.push_back({desk_key(performer.key), model::one_line(performer.name), {performer.key}});
    }
  } else {
    for (const auto& person : repository.config.people) {
      desks.push_back({desk_key(person.name), model::one_line(person.name), person.roles});
    }
  }
  std::map<std::string, int> seen;
  for (auto& desk : desks) {
    if (int count = ++seen[desk.key]; count > 1) {
      desk.key += "-" + std::to_string(count);
    }
  }
  return desks;
}

// sha256 of each file's bytes, read on every core; a file that cannot be
// read gets no hash (its problem is reported where it is loaded).
void hash_files(const store::Repository& repository,
                const std::vector<std::string>& ids,
                std::vector<std::string>& hashes)
{
  hashes.assign(ids.size(), "");
  read_in_parallel(
    ids.size(),
    [&](size_t i) {
      auto path = repository.draft_path(ids[i]);
      try {
        hashes[i] =
          history::to_hex(history::sha256(store::read_file(path, repository.display(path))));
      } catch (const model::Error&) {
      }
    },
    [](size_t) {});
}

void add_problems(std::vector<std::string>& problems, std::vector<std::string> more)
{
  for (auto& problem : more) {
    if (std::find(problems.begin(), problems.end(), problem) == problems.end()) {
      problems.push_back(std::move(problem));
    }
  }
}

} // namespace

SiteSources gather_site_sources(const store::Repository& repository,
                                model::Timestamp now,
                                const site::SiteOptions& options)
{
  int offset = repository.config.utc_offset_minutes;
  // The site reads in the office's own time, whatever offset --at had.
  now = model::at_offset(now.utc_seconds, offset);
  SiteSources sources{store::load_procedure(repository), {}, {}};
  const auto& procedure = sources.procedure;
  auto& input = sources.input;
  const auto& office = repository.config.office;
  input.office = model::one_line(office.name.empty() ? office.government : office.name);
  input.generated_at =
    fmt::format("{} {}", model::format_short(now), site_words::zone_name(offset));

  auto rules =
    report::clock_rules(repository.config.calendar, repository.config.at_risk_share, procedure.sop);
  auto letters = declared_letters(
    repository, procedure.source, repository.config.drafting_rules(procedure.sop.rules).letters);
  DraftContext context{procedure, rules, letters, now, offset};
  // The drafts in progress come from the digest cache, as `report overdue`
  // reads them: with thousands of drafts no file is read but the ones a
  // page links to. The others (drafting ended, SOPs in force) are read
  // whole, for their documents.
  std::set<std::string> drafting;
  auto problems = for_each_draft(repository, procedure, [&](ListedDraft&& draft) {
    if (draft.state.phase == workflow::Phase::done) {
      return;
    }
    drafting.insert(draft.id);
    if (!options.public_only) {
      input.drafts.push_back(draft_in_progress(context, draft));
    }
  });
  auto ids = store::list_sop_ids(repository.sops_dir());
  std::erase_if(ids, [&](const std::string& id) { return drafting.contains(id); });
  sources.catalogue = load_catalogue(repository, procedure, ids);
  const auto& catalogue = sources.catalogue;
  add_problems(problems, catalogue.problems);
  input.problems = std::move(problems);

  for (const auto& listed : register_listing(catalogue, procedure, {})) {
    const auto& entry = *listed.entry;
    // Entries and files are in the same order (ops/catalogue.hpp).
    const auto* file = &catalogue.files[listed.entry - catalogue.entries.data()];
    if (entry.state == lifecycle::State::konsep) {
      if (!options.public_only) {
        input.drafts.push_back(finished_draft(context, *file));
      }
    } else if (entry.state == lifecycle::State::berlaku || !options.public_only) {
      input.sops.push_back(sop_row(repository, procedure, listed, *file, options));
    }
  }
  order_dashboard(input.drafts);
  if (!options.public_only) {
    input.desks = desks_of(repository, procedure.sop);
    input.assessments = assessments_of(repository, catalogue, now);
  }

  if (!options.act) {
    return sources; // the hashes are for the act forms only
  }
  std::vector<std::string> hashed;
  for (const auto& sop : input.sops) {
    hashed.push_back(sop.id);
  }
  for (const auto& draft : input.drafts) {
    hashed.push_back(draft.id);
  }
  std::vector<std::string> hashes;
  hash_files(repository, hashed, hashes);
  for (size_t i = 0; i < input.sops.size(); ++i) {
    input.sops[i].file_hash = hashes[i];
  }
  for (size_t i = 0; i < input.drafts.size(); ++i) {
    input.drafts[i].file_hash = hashes[input.sops.size() + i];
  }
  return sources;
}

site::SiteInput gather_site(const store::Repository& repository,
                            model::Timestamp now,
                            const site::SiteOptions& options)
{
  return gather_site_sources(repository, now, options).input;
}

} // namespace sopctl::ops
