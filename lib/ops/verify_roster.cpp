#include <algorithm>
#include <config/config.hpp>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <ops/verify_git.hpp>
#include <store/files.hpp>

namespace sopctl::ops {

namespace {

constexpr const char* config_path = "sopctl.yaml";

// What only an admin may change: who is on the roster, with what roles,
// keys and admin marks, and whether signatures are required.
struct Governed
{
  std::vector<model::Person> people;
  bool require_signed = false;
};

bool same_person(const model::Person& a, const model::Person& b)
{
  return a.name == b.name && a.nip == b.nip && a.rank == b.rank && a.position == b.position &&
         a.roles == b.roles && a.email == b.email && a.signing_key == b.signing_key &&
         a.admin == b.admin;
}

bool same_governed(const Governed& a, const Governed& b)
{
  return a.require_signed == b.require_signed && a.people.size() == b.people.size() &&
         std::equal(a.people.begin(), a.people.end(), b.people.begin(), same_person);
}

// sopctl.yaml's governed settings in `text`: none for an absent file,
// nullopt for one that does not read.
std::optional<Governed> governed_of(const std::optional<std::string>& text)
{
  if (!text) {
    return Governed{};
  }
  model::Diagnostics ignored(config_path);
  auto config = config::read_config(*text, ignored);
  if (!config) {
    return std::nullopt;
  }
  return Governed{config->people, config->git_require_signed};
}

// The role that signs the office's SOPs: who administers the roster when
// nobody is marked admin.
std::string signing_role(const GitVerifier& verifier)
{
  auto rules = verifier.repository.config.drafting_rules(verifier.procedure.rules);
  const auto* step = verifier.procedure.find_step(rules.signing_step);
  return step && !step->performers.empty() ? step->performers.front() : std::string();
}

std::string names_of(const std::vector<const model::Person*>& people)
{
  std::string names;
  for (const auto* person : people) {
    names += (names.empty() ? "" : ", ") + person->name;
  }
  return names.empty() ? std::string(tr("nobody (mark one with admin: true)")) : names;
}

} // namespace

const std::vector<model::Person>& GitVerifier::roster_at(const std::string& commit)
{
  auto found = rosters.find(commit);
  if (found == rosters.end()) {
    auto governed = governed_of(history.file_at(commit, config_path));
    found = rosters.emplace(commit, governed ? governed->people : repository.config.people).first;
  }
  return found->second;
}

void check_roster_changes(GitVerifier& verifier)
{
  auto role = signing_role(verifier);
  bool require_signed = verifier.repository.config.git_require_signed;
  for (const auto& commit : verifier.history.commits_touching(config_path)) {
    auto after = governed_of(verifier.history.file_at(commit.hash, config_path));
    if (!after) {
      continue; // a sopctl.yaml that does not read changes nothing
    }
    bool changed = true;
    std::optional<Governed> before = Governed{}; // a root commit starts from nothing
    for (size_t i = 0; i < commit.parents.size(); ++i) {
      auto parent = governed_of(verifier.history.file_at(commit.parents[i], config_path));
      if (i == 0) {
        before = parent;
      }
      if (parent && same_governed(*parent, *after)) {
        changed = false; // a merge taking one side's roster changes nothing
      }
    }
    if (!changed || !before || before->people.empty()) {
      // The first roster has nobody before it to approve it: it is where
      // trust starts (check that commit by hand).
      continue;
    }
    auto admins = model::admins_of(before->people, role);
    const auto* author = model::find_person(before->people, commit.email);
    bool admin = author && std::find(admins.begin(), admins.end(), author) != admins.end();
    auto what = trf("sopctl.yaml: commit {} by {} <{}> changes the roster (people or "
                    "git.require_signed)",
                    commit.short_hash(),
                    author ? author->name : commit.name,
                    commit.email);
    if (!author) {
      verifier.problems.push_back(trf("{}, but the roster before it does not list "
                                      "{}; only an admin may: {}",
                                      what,
                                      commit.email,
                                      names_of(admins)));
    } else if (!admin) {
      verifier.problems.push_back(trf("{}, but {} is not an admin in the roster "
                                      "before it; only an admin may: {}",
                                      what,
                                      author->name,
                                      names_of(admins)));
    } else if (require_signed) {
      // A person's first key comes with the commit that adds it.
      auto signer = *author;
      if (signer.signing_key.empty()) {
        if (const auto* added = model::find_person(after->people, commit.email)) {
          signer.signing_key = added->signing_key;
        }
      }
      if (auto problem = signature_problem(commit, &signer); !problem.empty()) {
        verifier.problems.push_back(fmt::format("{} {}", what, problem));
      }
    }
  }
  // The work tree's roster is the one the other checks read.
  if (verifier.history.has_head()) {
    auto committed = governed_of(verifier.history.file_at("HEAD", config_path));
    Governed current{verifier.repository.config.people,
                     verifier.repository.config.git_require_signed};
    if (committed && !same_governed(*committed, current)) {
      verifier.problems.push_back(
        tr("sopctl.yaml: the roster (people or git.require_signed) has changes that are not "
           "committed; an admin commits them, or git checkout sopctl.yaml"));
    }
  }
}

} // namespace sopctl::ops
