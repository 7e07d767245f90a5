#include <algorithm>
#include <cstdlib>
#include <fmt/format.h>
#include <git/git.hpp>
#include <history/event_hash.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/event_fields.hpp>
#include <ops/each_file.hpp>
#include <ops/event_time.hpp>
#include <ops/verify.hpp>
#include <ops/verify_git.hpp>
#include <store/draft_index.hpp>
#include <store/files.hpp>
#include <store/procedure.hpp>
#include <unistd.h>
#include <view/check_view.hpp>
#include <yaml/sop_reader.hpp>

namespace sopctl::ops {

namespace {

// An SSH allowed-signers file listing the roster's SSH keys, for git to
// check SSH signatures with instead of the user's own (removed when done).
// Whose key signed is then judged from its fingerprint (signature_problem).
class AllowedSigners
{
public:
  explicit AllowedSigners(const std::vector<model::Person>& people)
  {
    std::string pattern = (std::filesystem::temp_directory_path() / "sopctl-signers-XXXXXX");
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
      throw model::Error(tr("cannot create a temporary file for git's allowed signers"));
    }
    ::close(fd);
    path_ = pattern;
    std::string text;
    for (const auto& person : people) {
      if (model::is_ssh_key(person.signing_key)) {
        text += fmt::format("{} namespaces=\"git\" {}\n",
                            person.email.empty() ? "sopctl" : person.email,
                            person.signing_key);
      }
    }
    store::write_file_atomically(path_, text);
  }
  ~AllowedSigners()
  {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
  AllowedSigners(const AllowedSigners&) = delete;
  AllowedSigners& operator=(const AllowedSigners&) = delete;

  const std::filesystem::path& path() const { return path_; }

private:
  std::filesystem::path path_;
};

// `at` is when it happened, `recorded` when sopctl wrote it: an event dated
// after it was written was dated ahead (sopctl refuses --at in the future).
void check_recorded(const std::string& display,
                    const std::vector<model::Event>& events,
                    std::vector<std::string>& problems)
{
  for (size_t i = 0; i < events.size(); ++i) {
    const auto& event = events[i];
    if (!model::is_default(event.recorded) &&
        event.at.utc_seconds > event.recorded.utc_seconds + future_tolerance_seconds) {
      problems.push_back(trf("{}:{}:{}: event {} is dated {}, after it was recorded "
                             "({}): events are recorded once they have happened",
                             display,
                             event.where.line,
                             event.where.column,
                             i + 1,
                             model::format_iso(event.at),
                             model::format_iso(event.recorded)));
    }
  }
}

} // namespace

int verify_drafts(const store::Repository& repository,
                  const std::vector<std::string>& drafts,
                  bool with_git,
                  std::ostream& out,
                  Format format)
{
  if (format == Format::xlsx) {
    throw model::UsageError(tr("--format xlsx is for status and reports; use csv for verify"));
  }
  if (with_git && !git::is_work_tree(repository.root)) {
    throw model::Error(
      trf("{}: not a git work tree, so --git has no commits to check", repository.root.string()));
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
  size_t paper_records = 0; // records of SOPs signed on paper (no procedure)
  size_t events_checked = 0;
  std::optional<store::Procedure> procedure;
  std::optional<AllowedSigners> signers;
  std::optional<GitHistory> history;
  std::optional<GitVerifier> verifier;
  if (with_git) {
    if (repository.config.people.empty()) {
      problems.push_back(tr("sopctl.yaml: no people are listed, so the authors of events cannot "
                            "be checked; add the roster (people with roles and email)"));
    }
    procedure = store::load_procedure(repository);
    if (repository.config.git_require_signed) {
      signers.emplace(repository.config.people);
    }
    history.emplace(repository.root, signers ? signers->path() : std::filesystem::path());
    verifier.emplace(GitVerifier{repository, procedure->sop, *history, problems, {}});
    check_roster_changes(*verifier);
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
    check_recorded(display, events, read[i].problems);
  };
  auto verify_one = [&](size_t i) {
    auto draft = std::move(read[i]);
    problems.insert(problems.end(), draft.problems.begin(), draft.problems.end());
    if (!draft.sop || !draft.sop->drafting) {
      return;
    }
    ++(draft.sop->is_draft() ? checked : paper_records);
    const auto& events = draft.sop->drafting->events;
    events_checked += events.size();
    if (with_git) {
      auto path = repository.draft_path(ids[i]);
      auto relative = path.lexically_relative(repository.root).string();
      check_draft_history(*verifier, repository.display(path), relative, events);
    }
  };
  read_in_parallel(ids.size(), read_one, verify_one);
  if (format != Format::table) {
    view::VerifyResult result{with_git, checked + paper_records, events_checked, problems};
    out << (format == Format::json
              ? view::verify_json(result)
              : view::sheet_csv(view::verify_sheet(result), csv_style(format)));
    return problems.empty() ? 0 : 1;
  }
  for (const auto& problem : problems) {
    out << problem << '\n';
  }
  if (problems.empty()) {
    std::string counted;
    if (checked > 0 || paper_records == 0) {
      counted = (checked == 1 ? std::string(tr("1 draft")) : trf("{} drafts", checked)) + ", ";
    }
    if (paper_records > 0) {
      counted += (paper_records == 1 ? std::string(tr("1 SOP signed on paper"))
                                     : trf("{} SOPs signed on paper", paper_records)) +
                 ", ";
    }
    counted += events_checked == 1 ? std::string(tr("1 event")) : trf("{} events", events_checked);
    out << (with_git ? trf("{}: the history is intact and every event was committed by its own "
                           "person, holding its role",
                           counted)
                     : trf("{}: the history is intact", counted))
        << '\n';
    return 0;
  }
  return 1;
}

} // namespace sopctl::ops
