#include <algorithm>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <git/git.hpp>
#include <git/git_lock.hpp>
#include <history/event_hash.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/person.hpp>
#include <ops/change_lock.hpp>
#include <ops/record_change.hpp>
#include <ostream>
#include <store/counters.hpp>
#include <store/procedure.hpp>
#include <workflow/paper_record.hpp>
#include <workflow/replay.hpp>
#include <yaml/draft_text.hpp>
#include <yaml/paper_record_text.hpp>
#include <yaml/sop_reader.hpp>
#include <yaml/sop_writer.hpp>

namespace sopctl::ops {

namespace fs = std::filesystem;

namespace {

// One commit made on behalf of an interrupted sopctl.
struct Recovery
{
  fs::path relative;                  // the draft (or numbers.yaml), from the root
  std::optional<std::string> version; // a version short of the file on disk
  std::vector<fs::path> also;         // committed with it (numbers.yaml)
  std::vector<const model::Event*> events;
  std::string summary; // for the message and the notice
  std::string author;  // "Name <email>"; empty: git's identity
};

// The files under the lock that differ from HEAD, sorted: sopctl's own
// unfinished work, to commit, and everything else.
struct Findings
{
  std::vector<Recovery> recoveries;
  std::vector<fs::path> foreign; // from the root
  // Keeps the models the recoveries' events point into alive.
  std::vector<std::unique_ptr<model::Sop>> drafts;
};

std::string author_of(const store::Repository& repository, const model::Event& event)
{
  const auto* person = model::find_person(repository.config.people, event.by);
  if (person && !person->email.empty()) {
    return person->git_author();
  }
  // No roster (or no email in it): the event's own word is all there is.
  return fmt::format("{} <>", event.by);
}

std::string describe(const model::Event& event)
{
  switch (event.kind) {
    case model::EventKind::started:
      return fmt::format("started by {}", event.by);
    case model::EventKind::noted:
      return fmt::format("note at step {} by {}", event.step, event.by);
    case model::EventKind::voided:
      return fmt::format("void at step {} by {}", event.step, event.by);
    case model::EventKind::adopted:
    case model::EventKind::monitored:
    case model::EventKind::evaluated:
    case model::EventKind::revoked:
      return fmt::format("{} by {}", to_string(event.kind), event.by);
    default:
      return fmt::format(
        "step {} {} by {} ({})", event.step, to_string(event.kind), event.by, event.role);
  }
}

// The SOP of `text` when it loads cleanly; with `Record::required`, only
// when it has a record.
enum class Record
{
  required,
  optional,
};
std::optional<model::Sop> read_quietly(const std::string& text, Record record = Record::required)
{
  model::Diagnostics ignored("");
  auto sop = yaml::read_sop(text, ignored);
  if (!sop || (record == Record::required && !sop->drafting) || !ignored.empty()) {
    return std::nullopt;
  }
  return sop;
}

// The text sopctl writes when it begins the record of the SOP signed on
// paper `committed` (read as `before`) and appends the rest of `now`'s
// events; "" when it cannot.
std::string paper_record_begun(const std::string& committed,
                               const model::Sop& before,
                               const model::Sop& now)
{
  const auto& events = now.drafting->events;
  auto text = yaml::append_paper_record(committed, before, events.front());
  if (!text) {
    return {};
  }
  auto so_far = before;
  so_far.drafting = model::DraftingRecord{{}, {events.front()}, {}};
  for (size_t i = 1; i < events.size(); ++i) {
    *text = yaml::append_event(*text, so_far, events[i]);
    so_far.drafting->events.push_back(events[i]);
  }
  return *text;
}

// Whether `events` fit one after the other: a draft's replay against the
// procedure, or the record of an SOP signed on paper.
bool fits(const model::Sop& sop, const store::Procedure& procedure)
{
  model::Diagnostics diagnostics("");
  bool fit = sop.is_draft()
               ? workflow::replay(procedure.sop, sop.drafting->events, diagnostics).has_value()
               : workflow::check_paper_record(sop.drafting->events, diagnostics).has_value();
  return fit && diagnostics.empty();
}

// Whether the working draft is the committed one plus events sopctl
// appended: the same bytes in the canonical layout once those events are
// cut off, the new events chained by their hashes and replaying against the
// procedure (for an SOP signed on paper, its record checked). A new draft
// qualifies when it holds only its `started` event, a new SOP signed on
// paper when it holds only its `adopted` event; a committed SOP without a
// record, when the record was begun after its text as written.
// Returns the recoveries it needs (one per run of events by one person), or
// nullopt for a change sopctl did not make.
std::optional<std::vector<Recovery>> own_events(const store::Repository& repository,
                                                const store::Procedure& procedure,
                                                const fs::path& relative,
                                                const std::optional<std::string>& committed,
                                                const std::string& working,
                                                Findings& findings)
{
  auto now = read_quietly(working);
  if (!now) {
    return std::nullopt;
  }
  model::Sop before;
  if (committed) {
    auto then = read_quietly(*committed, now->is_draft() ? Record::required : Record::optional);
    if (!then) {
      return std::nullopt;
    }
    before = std::move(*then);
    if (!before.drafting && working != paper_record_begun(*committed, before, *now)) {
      return std::nullopt; // a record begun, but the text above it changed
    }
  } else if (now->drafting->events.size() != 1 ||
             now->drafting->events.front().kind !=
               (now->is_draft() ? model::EventKind::started : model::EventKind::adopted)) {
    return std::nullopt;
  }
  size_t kept = committed && before.drafting ? before.drafting->events.size() : 0;
  const auto& events = now->drafting->events;
  if (events.size() <= kept) {
    return std::nullopt;
  }
  if (committed && before.drafting) {
    auto cut = *now;
    cut.drafting->events.resize(kept);
    if (yaml::write_sop(cut) != yaml::write_sop(before)) {
      return std::nullopt;
    }
  }
  for (const auto& problem : history::check_chain(events)) {
    if (problem.index >= kept) {
      return std::nullopt;
    }
  }
  if (!fits(*now, procedure)) {
    return std::nullopt;
  }

  findings.drafts.push_back(std::make_unique<model::Sop>(std::move(*now)));
  const auto& draft = *findings.drafts.back();
  const auto& all = draft.drafting->events;
  auto id = relative.stem().string();
  std::vector<Recovery> recoveries;
  // Versions between the committed text and the file on disk, built the way
  // sopctl built them, so each person's events get a commit of their own.
  auto text = committed.value_or("");
  auto so_far = before;
  for (size_t i = kept; i < all.size(); ++i) {
    if (recoveries.empty() || all[i].by != recoveries.back().events.front()->by) {
      if (!recoveries.empty()) {
        recoveries.back().version = text;
      }
      recoveries.push_back({relative, std::nullopt, {}, {}, {}, author_of(repository, all[i])});
    }
    recoveries.back().events.push_back(&all[i]);
    if (committed && !so_far.drafting) {
      // The record begun after the text as written, as sopctl begins it.
      text = yaml::append_paper_record(text, so_far, all[i]).value_or(text);
      so_far.drafting = model::DraftingRecord{draft.drafting->procedure, {all[i]}, {}};
    } else if (committed) {
      text = yaml::append_event(text, so_far, all[i]);
      so_far.drafting->events.push_back(all[i]);
    }
  }
  for (auto& recovery : recoveries) {
    std::vector<std::string> parts;
    for (const auto* event : recovery.events) {
      parts.push_back(describe(*event));
    }
    recovery.summary = fmt::format("{}: {}", id, fmt::join(parts, "; "));
  }
  return recoveries;
}

// Whether numbers.yaml only grew: every count at least what HEAD has, one
// more at least, nothing gone. That is what an advance killed after
// handing out a number leaves (or a count raised by hand, equally safe).
bool counters_grew(const std::optional<std::string>& committed, const std::string& working)
{
  model::Diagnostics ignored("");
  auto now = store::read_counters(working, ignored);
  auto then = store::read_counters(committed.value_or(""), ignored);
  if (!now || !then || !ignored.empty() || *now == *then) {
    return false;
  }
  return std::all_of(then->begin(), then->end(), [&](const auto& entry) {
    auto found = now->find(entry.first);
    return found != now->end() && found->second >= entry.second;
  });
}

Findings look(const store::Repository& repository,
              const git::WorkTree& tree,
              const std::vector<fs::path>& writes)
{
  const auto counters = fs::path(store::counters_file_name);
  std::vector<std::string> pathspecs = {"sops", counters.string()};
  for (const auto& path : writes) {
    pathspecs.push_back(path.lexically_relative(repository.root).generic_string());
  }
  Findings findings;
  std::optional<store::Procedure> procedure;
  bool counters_changed = false;
  for (const auto& change : git::changed_paths(repository.root, tree, pathspecs)) {
    const auto& relative = change.relative;
    if (relative == counters) {
      counters_changed = true;
      continue;
    }
    bool draft = relative.parent_path() == "sops" && relative.extension() == ".yaml" &&
                 !store::is_temporary_name(relative.filename().string());
    auto working = draft && !change.renamed
                     ? store::read_file_if_readable(repository.root / relative)
                     : std::nullopt;
    if (!working) {
      findings.foreign.push_back(relative);
      continue;
    }
    if (!procedure) {
      procedure = store::load_procedure(repository);
    }
    auto committed =
      change.untracked ? std::nullopt : git::committed_text(repository.root, relative);
    auto own = own_events(repository, *procedure, relative, committed, *working, findings);
    if (!own) {
      findings.foreign.push_back(relative);
      continue;
    }
    findings.recoveries.insert(findings.recoveries.end(), own->begin(), own->end());
  }
  if (counters_changed) {
    auto working = store::read_file_if_readable(repository.root / counters);
    if (!working || !counters_grew(git::committed_text(repository.root, counters), *working)) {
      findings.foreign.push_back(counters);
      return findings;
    }
    // With the draft event that handed the number out, as advance commits
    // them; alone (and as whoever runs this) when no draft records it.
    for (auto& recovery : findings.recoveries) {
      bool numbered = std::any_of(recovery.events.begin(), recovery.events.end(), [](auto* e) {
        return std::any_of(e->set.begin(), e->set.end(), [](const auto& value) {
          return value.first.starts_with("number.");
        });
      });
      if (numbered && !recovery.version) {
        recovery.also.push_back(counters);
        return findings;
      }
    }
    findings.recoveries.push_back({counters,
                                   std::nullopt,
                                   {},
                                   {},
                                   "numbers.yaml: numbers "
                                   "handed out that no draft records",
                                   ""});
  }
  return findings;
}

} // namespace

ChangeLock::ChangeLock(const store::Repository& repository, const std::vector<fs::path>& writes)
  : lock_(repository.sops_dir(), repository.lock_wait, repository.display(repository.sops_dir()))
{
  // A dry run commits nothing, not even what an interrupted sopctl left.
  if (!repository.config.git_commit || repository.dry_run) {
    return;
  }
  auto tree = git::find_work_tree(repository.root);
  if (!tree) {
    return;
  }
  // Refused before anything is written: the command could save its change
  // but not commit it.
  for (const auto* name : {"index.lock", "HEAD.lock"}) {
    auto lock = git::wait_for_lock(tree->git_dir / name, std::chrono::seconds(2));
    if (lock.exists) {
      throw model::Error(trf("{}\nnothing was written; run the command again once the "
                             "lock is gone",
                             git::explain_lock(lock, repository.display(lock.path))));
    }
  }
  for (const auto& removed : git::remove_abandoned_locks(tree->git_dir, tree->common_dir)) {
    if (repository.lock_wait.notices) {
      *repository.lock_wait.notices
        << trf("{}: removed: left by a git that was killed (no process has it open)",
               repository.display(removed))
        << '\n';
    }
  }
  if (!tree->has_head) {
    return; // nothing committed yet, so nothing to compare with
  }
  // During a merge, rebase, cherry-pick or revert, what differs from HEAD
  // is that operation's work, not an interrupted sopctl's: committing it
  // here would conclude the operation with the wrong tree.
  for (const auto* marker :
       {"MERGE_HEAD", "CHERRY_PICK_HEAD", "REVERT_HEAD", "rebase-merge", "rebase-apply"}) {
    std::error_code ignored;
    if (fs::exists(tree->git_dir / marker, ignored)) {
      return;
    }
  }
  auto findings = look(repository, *tree, writes);
  for (const auto& path : writes) {
    auto relative = path.lexically_relative(repository.root);
    if (std::find(findings.foreign.begin(), findings.foreign.end(), relative) ==
        findings.foreign.end()) {
      continue;
    }
    auto shown = repository.display(path);
    throw model::Error(
      trf("{}: has changes that are not committed and that sopctl did not make (see git diff "
          "HEAD -- {}); sopctl would commit them as part of its own change, so it wrote nothing: "
          "commit them first (git commit {}) or set them aside (git stash push -- {}), then run "
          "the command again",
          shown,
          shown,
          shown,
          shown));
  }
  std::vector<std::string> committed; // the recoveries done before one fails
  for (const auto& recovery : findings.recoveries) {
    auto message = "recovered after an interrupted sopctl: " + subject_part(recovery.summary, 120);
    std::optional<git::GitResult> failure;
    if (recovery.version) {
      failure = git::commit_version(
        repository.root, *tree, recovery.relative, *recovery.version, message, recovery.author);
    } else {
      std::vector<fs::path> paths = {recovery.relative};
      paths.insert(paths.end(), recovery.also.begin(), recovery.also.end());
      failure = git::commit_paths(repository.root, paths, message, recovery.author);
    }
    auto shown = repository.display(repository.root / recovery.relative);
    if (failure) {
      // The recoveries' summaries are their commit subjects: English.
      auto before =
        committed.empty() ? std::string()
        : committed.size() == 1
          ? "; " + trf("before it, 1 recovered change was committed ({}; see git log -1)",
                       committed.front())
          : "; " + trf("before it, {} recovered changes were committed ({}; see "
                       "git log -{})",
                       committed.size(),
                       fmt::join(committed, ", "),
                       committed.size());
      throw model::Error(trf(
        "{}: holds a change an interrupted sopctl saved but did not commit ({}), and git did "
        "not commit it now: {}{}\nnothing new was written{}; commit it yourself (git commit {}), "
        "then run the command again",
        shown,
        recovery.summary,
        failure->first_error_line(),
        explain_failure(repository, *failure),
        before,
        shown));
    }
    committed.push_back(recovery.summary);
    if (!repository.lock_wait.notices) {
      continue;
    }
    *repository.lock_wait.notices
      << trf("{}: committed what an interrupted sopctl saved but did not commit: {}",
             shown,
             recovery.summary)
      << '\n';
  }
}

} // namespace sopctl::ops
