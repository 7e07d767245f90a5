#include <algorithm>
#include <fmt/format.h>
#include <git/git.hpp>
#include <history/event_hash.hpp>
#include <map>
#include <model/errors.hpp>
#include <ops/each_file.hpp>
#include <ops/verify.hpp>
#include <sstream>
#include <store/draft_index.hpp>
#include <store/files.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

namespace {

// Who committed an event: the commit that first held it.
struct Introduction
{
  std::string commit;
  std::string email;
  std::string name;
  char signature = 'N'; // git's %G?: G good, N none, B bad, ...
};

std::string key_of(const model::Event& event)
{
  return event.hash.empty() ? history::event_hash(event) : event.hash;
}

// For each event key of `relative` (a path in the repository), the commit
// that introduced it, walking the file's history oldest first.
std::map<std::string, Introduction> introductions(const std::filesystem::path& root,
                                                  const std::string& relative)
{
  std::map<std::string, Introduction> found;
  auto log =
    git::run_git(root, {"log", "--reverse", "--format=%H%x1f%ae%x1f%an%x1f%G?", "--", relative});
  std::istringstream lines(log.out);
  std::string line;
  while (std::getline(lines, line)) {
    std::vector<std::string> fields;
    size_t start = 0;
    for (size_t end; (end = line.find('\x1f', start)) != std::string::npos; start = end + 1) {
      fields.push_back(line.substr(start, end - start));
    }
    fields.push_back(line.substr(start));
    if (fields.size() != 4) {
      continue;
    }
    auto shown = git::run_git(root, {"show", fields[0] + ":" + relative});
    if (!shown.ok()) {
      continue; // deleted in this commit
    }
    model::Diagnostics ignored("");
    auto sop = yaml::read_sop(shown.out, ignored);
    if (!sop || !sop->drafting) {
      continue;
    }
    for (const auto& event : sop->drafting->events) {
      found.emplace(
        key_of(event),
        Introduction{fields[0], fields[1], fields[2], fields[3].empty() ? 'N' : fields[3][0]});
    }
  }
  return found;
}

std::string label(size_t index, const model::Event& event)
{
  return fmt::format("event {} ({}{})",
                     index + 1,
                     to_string(event.kind),
                     event.kind == model::EventKind::started
                       ? std::string()
                       : fmt::format(" step {} as {}", event.step, event.role));
}

void verify_against_git(const store::Repository& repository,
                        const std::string& display,
                        const std::string& relative,
                        const std::vector<model::Event>& events,
                        std::vector<std::string>& problems)
{
  auto introduced = introductions(repository.root, relative);
  const auto& people = repository.config.people;
  for (size_t i = 0; i < events.size(); ++i) {
    const auto& event = events[i];
    auto where = fmt::format("{}:{}:{}", display, event.where.line, event.where.column);
    auto found = introduced.find(key_of(event));
    if (found == introduced.end()) {
      problems.push_back(fmt::format("{}: {} is in no commit; commit it", where, label(i, event)));
      continue;
    }
    const auto& commit = found->second;
    auto short_commit = commit.commit.substr(0, 10);
    const auto* person = model::find_person(people, commit.email);
    if (!person) {
      problems.push_back(fmt::format("{}: {} was committed in {} by {} <{}>, who is not in "
                                     "sopctl.yaml's people",
                                     where,
                                     label(i, event),
                                     short_commit,
                                     commit.name,
                                     commit.email));
    } else if (!event.role.empty() && !person->holds(event.role)) {
      problems.push_back(fmt::format("{}: {} was committed in {} by {} <{}>, who does not hold "
                                     "the role {}",
                                     where,
                                     label(i, event),
                                     short_commit,
                                     person->name,
                                     commit.email,
                                     event.role));
    }
    if (repository.config.git_require_signed && commit.signature != 'G') {
      problems.push_back(fmt::format("{}: {} was committed in {} without a good signature "
                                     "(git.require_signed is true)",
                                     where,
                                     label(i, event),
                                     short_commit));
    }
  }
}

} // namespace

int verify_drafts(const store::Repository& repository,
                  const std::vector<std::string>& drafts,
                  bool with_git,
                  std::ostream& out)
{
  if (with_git && !git::is_work_tree(repository.root)) {
    throw model::Error(fmt::format("{}: not a git work tree, so --git has no commits to check",
                                   repository.root.string()));
  }
  auto all = store::list_sop_ids(repository.sops_dir());
  std::vector<std::string> ids;
  for (const auto& query : drafts) {
    auto id = store::resolve_id(all, query, repository.display(repository.sops_dir()) + "/");
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
      ids.push_back(id); // `verify akta ak` checks akta once
    }
  }
  if (drafts.empty()) {
    ids = all;
  }
  std::vector<std::string> problems;
  size_t checked = 0;
  size_t events_checked = 0;
  if (with_git && repository.config.people.empty()) {
    problems.push_back("sopctl.yaml: no people are listed, so the authors of events cannot be "
                       "checked; add the roster (people with roles and email)");
  }
  // Drafts are read and their chains checked on every core; the commits
  // are asked about in order.
  struct ReadDraft
  {
    std::optional<model::Sop> sop;
    std::vector<std::string> problems;
  };
  std::vector<ReadDraft> read(ids.size());
  auto read_one = [&](size_t i) {
    auto path = repository.draft_path(ids[i]);
    auto display = repository.display(path);
    try {
      read[i].sop = yaml::load_sop(store::read_file(path, display), display);
    } catch (const model::Error& error) {
      read[i].problems.push_back(error.what());
      return;
    }
    if (!read[i].sop->drafting) {
      return;
    }
    const auto& events = read[i].sop->drafting->events;
    for (const auto& problem : history::check_chain(events)) {
      const auto& where = events[problem.index].where;
      read[i].problems.push_back(
        fmt::format("{}:{}:{}: {}", display, where.line, where.column, problem.message));
    }
  };
  auto verify_one = [&](size_t i) {
    auto draft = std::move(read[i]);
    problems.insert(problems.end(), draft.problems.begin(), draft.problems.end());
    if (!draft.sop || !draft.sop->drafting) {
      return;
    }
    ++checked;
    const auto& events = draft.sop->drafting->events;
    events_checked += events.size();
    if (with_git) {
      auto path = repository.draft_path(ids[i]);
      auto relative = path.lexically_relative(repository.root).string();
      verify_against_git(repository, repository.display(path), relative, events, problems);
    }
  };
  read_in_parallel(ids.size(), read_one, verify_one);
  for (const auto& problem : problems) {
    out << problem << '\n';
  }
  if (problems.empty()) {
    out << fmt::format("{} draft{}, {} event{}: the history is intact{}\n",
                       checked,
                       checked == 1 ? "" : "s",
                       events_checked,
                       events_checked == 1 ? "" : "s",
                       with_git ? " and every event was committed by a person holding its role"
                                : "");
    return 0;
  }
  return 1;
}

} // namespace sopctl::ops
