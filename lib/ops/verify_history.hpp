#pragma once

// The git side of `verify --git`: the commits that touched a file, oldest
// first, with their authors, times and signatures, and the file at a commit.

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sopctl::ops {

// One commit as `verify --git` needs it.
struct CommitInfo
{
  std::string hash;
  std::vector<std::string> parents;
  std::string email; // the author's
  std::string name;
  std::int64_t author_time = 0; // seconds since the epoch (kept by rebase)
  // git's %G? (G good, U good with unknown trust, B bad, N none, E cannot
  // check, X/Y expired, R revoked), and the signing key's fingerprint (%GF)
  // and primary key's (%GP, GPG only); filled in when signatures are asked.
  char signature = 'N';
  std::string key_fingerprint;
  std::string primary_fingerprint;

  std::string short_hash() const { return hash.substr(0, 10); }
};

// Reads commits and files of a repository, remembering what it read.
class GitHistory
{
public:
  // `allowed_signers`: an SSH allowed-signers file for git to check SSH
  // signatures with (empty: signatures are not read).
  GitHistory(std::filesystem::path root, std::filesystem::path allowed_signers);

  // The commits of HEAD that touched `path`, parents before children (git
  // log --topo-order --reverse --full-history).
  std::vector<CommitInfo> commits_touching(const std::string& path);

  // The text of `path` at `commit`, or nullopt where it does not exist.
  std::optional<std::string> file_at(const std::string& commit, const std::string& path);

  // One commit (for a parent that did not touch the path).
  std::optional<CommitInfo> commit(const std::string& hash);

  // Whether HEAD exists (a repository with no commit has no history).
  bool has_head();

private:
  std::vector<CommitInfo> log(const std::vector<std::string>& selection);

  std::filesystem::path root_;
  std::filesystem::path allowed_signers_;
  std::map<std::string, std::optional<std::string>> files_; // commit:path -> text
};

} // namespace sopctl::ops
