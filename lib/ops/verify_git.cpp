#include <fmt/format.h>
#include <history/event_hash.hpp>
#include <i18n/tr.hpp>
#include <model/event_fields.hpp>
#include <ops/verify_git.hpp>
#include <set>
#include <workflow/signing.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

namespace {

std::string key_of(const model::Event& event)
{
  return event.hash.empty() ? history::event_hash(event) : event.hash;
}

std::string label(size_t index, const model::Event& event)
{
  // The event's kind is its word in the file (completed, rejected...).
  // The life of an SOP in force (monitored, revoked, ...) is at no step.
  if (event.kind == model::EventKind::started ||
      (model::is_lifecycle(event.kind) && event.role.empty())) {
    return trf("event {} ({})", index + 1, to_string(event.kind));
  }
  if (model::is_lifecycle(event.kind)) {
    return trf("event {} ({} as {})", index + 1, to_string(event.kind), event.role);
  }
  return trf(
    "event {} ({} step {} as {})", index + 1, to_string(event.kind), event.step, event.role);
}

std::string place(const std::string& display, const model::Event& event)
{
  return fmt::format("{}:{}:{}", display, event.where.line, event.where.column);
}

// `2026-11-24T09:00:00+07:00`, and when it was written if at another time.
std::string dated(const model::Event& event)
{
  auto text = model::format_iso(event.at);
  if (!model::is_default(event.recorded) && !(event.recorded == event.at)) {
    text = trf("{}, recorded {}", text, model::format_iso(event.recorded));
  }
  return text;
}

// The keys of the fields in which `a` and `b` differ: `by, hash`.
std::string changed_fields(const model::Event& a, const model::Event& b)
{
  std::vector<std::string> texts;
  model::visit_event_fields(a, [&](std::string_view, const auto& field) {
    using Field = std::decay_t<decltype(field)>;
    if constexpr (std::is_same_v<Field, std::map<std::string, std::string>>) {
      std::string joined;
      for (const auto& [key, value] : field) {
        joined += key + "=" + value + "\n";
      }
      texts.push_back(joined);
    } else {
      texts.push_back(model::field_text(field));
    }
  });
  size_t index = 0;
  std::string names;
  model::visit_event_fields(b, [&](std::string_view key, const auto& field) {
    using Field = std::decay_t<decltype(field)>;
    std::string text;
    if constexpr (std::is_same_v<Field, std::map<std::string, std::string>>) {
      for (const auto& [name, value] : field) {
        text += name + "=" + value + "\n";
      }
    } else {
      text = model::field_text(field);
    }
    if (text != texts[index++]) {
      names += (names.empty() ? "" : ", ") + std::string(key);
    }
  });
  return names;
}

// The events of the draft in `text`; nullopt when it does not read.
std::optional<std::vector<model::Event>> events_in(const std::optional<std::string>& text)
{
  if (!text) {
    return std::vector<model::Event>{}; // no file: no events
  }
  model::Diagnostics ignored("");
  auto sop = yaml::read_sop(*text, ignored);
  if (!sop) {
    return std::nullopt;
  }
  return sop->drafting ? sop->drafting->events : std::vector<model::Event>{};
}

// Walks one draft's history.
class DraftHistory
{
public:
  DraftHistory(GitVerifier& verifier, std::string display, std::string relative)
    : verifier_(verifier)
    , display_(std::move(display))
    , relative_(std::move(relative))
  {}

  void check(const std::vector<model::Event>& events)
  {
    for (auto& commit : verifier_.history.commits_touching(relative_)) {
      commits_.push_back(commit);
    }
    for (const auto& commit : commits_) {
      auto after = events_in(verifier_.history.file_at(commit.hash, relative_));
      if (!after) {
        continue; // unreadable here (a committed conflict): compared past it
      }
      for (const auto& parent : commit.parents) {
        auto before = events_in(verifier_.history.file_at(parent, relative_));
        if (before) {
          compare(*before,
                  *after,
                  events,
                  trf("in {} by {} <{}>", commit.short_hash(), commit.name, commit.email));
        }
      }
      for (const auto& event : *after) {
        introduced_.emplace(key_of(event), &commit);
      }
    }
    if (verifier_.history.has_head()) {
      if (auto head = events_in(verifier_.history.file_at("HEAD", relative_))) {
        compare(*head, events, events, tr("in the work tree (not committed)"));
      }
    }
    for (size_t i = 0; i < events.size(); ++i) {
      check_event(i, events[i]);
    }
  }

private:
  // Reports each event of `before` that `after` no longer holds: changed
  // when another event stands at its place, else removed.
  void compare(const std::vector<model::Event>& before,
               const std::vector<model::Event>& after,
               const std::vector<model::Event>& current,
               const std::string& where_done)
  {
    std::set<std::string> before_keys, after_keys;
    for (const auto& event : before) {
      before_keys.insert(key_of(event));
    }
    for (const auto& event : after) {
      after_keys.insert(key_of(event));
    }
    for (size_t i = 0; i < before.size(); ++i) {
      const auto& event = before[i];
      if (after_keys.contains(key_of(event))) {
        continue;
      }
      auto found = introduced_.find(key_of(event));
      auto in = found == introduced_.end() ? std::string()
                                           : trf(", committed in {},", found->second->short_hash());
      if (i < after.size() && !before_keys.contains(key_of(after[i]))) {
        // Shown at its line when the changed event is still in the file.
        auto where = display_;
        for (const auto& now : current) {
          if (key_of(now) == key_of(after[i])) {
            where = place(display_, now);
          }
        }
        verifier_.problems.push_back(trf("{}: {}{} was changed {} ({} changed)",
                                         where,
                                         label(i, event),
                                         in,
                                         where_done,
                                         changed_fields(event, after[i])));
      } else {
        verifier_.problems.push_back(trf("{}: {} by {} at {}{} was removed {}",
                                         display_,
                                         label(i, event),
                                         event.by,
                                         dated(event),
                                         in,
                                         where_done));
      }
    }
  }

  void check_event(size_t index, const model::Event& event)
  {
    auto where = place(display_, event);
    auto found = introduced_.find(key_of(event));
    if (found == introduced_.end()) {
      verifier_.problems.push_back(
        trf("{}: {} is in no commit; commit it", where, label(index, event)));
      return;
    }
    const auto& commit = *found->second;
    const auto& roster = verifier_.roster_at(commit.hash);
    const auto* person = model::find_person(roster, commit.email);
    auto committed =
      trf("{}: {} was committed in {}", where, label(index, event), commit.short_hash());
    if (!person) {
      verifier_.problems.push_back(trf("{} by {} <{}>, who is not in sopctl.yaml's "
                                       "people",
                                       committed,
                                       commit.name,
                                       commit.email));
    } else if (model::find_person(roster, event.by) != person) {
      // The author of the commit is who did it (for a step of an external
      // performer, who recorded it): never another name.
      verifier_.problems.push_back(trf("{} by {} <{}>, but the event names {} as "
                                       "who did it",
                                       committed,
                                       person->name,
                                       commit.email,
                                       event.by));
    } else if (!event.role.empty() && !is_external(event.role) && !person->holds(event.role)) {
      verifier_.problems.push_back(trf("{} by {} <{}>, who does not hold the role {}",
                                       committed,
                                       person->name,
                                       commit.email,
                                       event.role));
    }
    if (person && model::find_person(roster, event.by) == person) {
      check_approval(committed, event, *person);
    }
    check_recorded(committed, event, commit);
    if (verifier_.repository.config.git_require_signed) {
      if (auto problem = signature_problem(commit, person); !problem.empty()) {
        verifier_.problems.push_back(fmt::format("{} {}", committed, problem));
      }
    }
  }

  // The signer's block a signing event recorded is their entry in the
  // roster of its commit: else it was given otherwise (a rank raised in a
  // work tree only, or the values edited), and prints what nobody signed as.
  void check_approval(const std::string& committed,
                      const model::Event& event,
                      const model::Person& person)
  {
    auto recorded = workflow::recorded_approval(event.set);
    if (!recorded) {
      return;
    }
    std::string differ;
    for (const auto& [key, value, entry] :
         {std::tuple<const char*, const std::string&, const std::string&>{
            "position", recorded->position, person.position},
          {"name", recorded->name, person.name},
          {"rank", recorded->rank, person.rank},
          {"nip", recorded->nip, person.nip}}) {
      if (value != entry) {
        differ += (differ.empty() ? "" : ", ") +
                  trf("approval.{} \"{}\" where the roster has \"{}\"", key, value, entry);
      }
    }
    if (!differ.empty()) {
      verifier_.problems.push_back(trf("{} by {}, but records the signer as the roster "
                                       "of that commit does not give them: {}",
                                       committed,
                                       person.name,
                                       differ));
    }
  }

  // `recorded` is when sopctl wrote the event, and sopctl commits at once:
  // a commit long after it, or before it, means the time was set by hand.
  void check_recorded(const std::string& committed,
                      const model::Event& event,
                      const CommitInfo& commit)
  {
    if (model::is_default(event.recorded)) {
      return; // written before sopctl kept it
    }
    auto commit_time = model::at_offset(commit.author_time, event.recorded.offset_minutes);
    auto gap = commit.author_time - event.recorded.utc_seconds;
    if (gap < -recorded_after_commit_seconds) {
      verifier_.problems.push_back(trf("{} at {}, before it was recorded ({}): its "
                                       "recorded time was set ahead",
                                       committed,
                                       model::format_iso(commit_time),
                                       model::format_iso(event.recorded)));
    } else if (gap > recorded_before_commit_seconds) {
      verifier_.problems.push_back(trf("{} at {}, more than a day after it was recorded "
                                       "({}): its recorded time was set back",
                                       committed,
                                       model::format_iso(commit_time),
                                       model::format_iso(event.recorded)));
    }
  }

  bool is_external(const std::string& role) const
  {
    const auto* performer = verifier_.procedure.find_performer(role);
    return performer && performer->external;
  }

  GitVerifier& verifier_;
  std::string display_;
  std::string relative_;
  std::vector<CommitInfo> commits_;
  std::map<std::string, const CommitInfo*> introduced_; // event key -> commit
};

} // namespace

void check_draft_history(GitVerifier& verifier,
                         const std::string& display,
                         const std::string& relative,
                         const std::vector<model::Event>& events)
{
  DraftHistory(verifier, display, relative).check(events);
}

} // namespace sopctl::ops
