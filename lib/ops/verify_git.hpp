#pragma once

// The parts of `verify --git` (ops/verify.cpp runs them): each draft's
// history against its commits, the roster's changes, signatures.

#include <map>
#include <model/person.hpp>
#include <model/sop.hpp>
#include <ops/verify_history.hpp>
#include <store/repository.hpp>
#include <string>
#include <vector>

namespace sopctl::ops {

// What the checks share: the repository, its procedure and history, and
// the list of problems they add to.
struct GitVerifier
{
  const store::Repository& repository;
  const model::Sop& procedure;
  GitHistory& history;
  std::vector<std::string>& problems;
  std::map<std::string, std::vector<model::Person>> rosters; // by commit

  // The roster in sopctl.yaml at `commit` (none where the file is absent;
  // the work tree's when it does not read).
  const std::vector<model::Person>& roster_at(const std::string& commit);
};

// Checks a draft's events against the commits of `relative` (its path in
// the repository): each event's commit is by the event's own person, holding
// its role, near its `recorded` time, signed by their key when
// git.require_signed; and no event of an earlier commit (or of HEAD, for the
// work tree) was removed or changed later.
void check_draft_history(GitVerifier& verifier,
                         const std::string& display,
                         const std::string& relative,
                         const std::vector<model::Event>& events);

// Checks every commit that changed the roster (people, or
// git.require_signed) was made by an admin of the roster before it, and
// that the work tree's roster is committed.
void check_roster_changes(GitVerifier& verifier);

// Why `commit` is not signed by `person`'s signing_key ("" when it is):
// no signature, a bad one, no key on the roster, another key.
std::string signature_problem(const CommitInfo& commit, const model::Person* person);

// `SHA256:...` for an SSH public key line (`ssh-ed25519 AAAA... comment`),
// as git prints a signing key's fingerprint; "" for a malformed one.
std::string ssh_fingerprint(std::string_view public_key);

// How far an event's `recorded` may lie after its commit's author date
// (clocks differ) and before it (written, then committed: sopctl commits at
// once; with git.commit off, commit within the day).
inline constexpr std::int64_t recorded_after_commit_seconds = 5 * 60;
inline constexpr std::int64_t recorded_before_commit_seconds = 24 * 60 * 60;

} // namespace sopctl::ops
