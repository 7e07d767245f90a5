#pragma once

#include <config/config.hpp>
#include <filesystem>
#include <optional>
#include <ostream>
#include <store/files.hpp>
#include <string>

namespace sopctl::store {

namespace fs = std::filesystem;

// A directory of SOPs: its root (holding `sopctl.yaml` and `sops/`), its
// settings, and the directory sopctl was started in, for readable paths.
struct Repository
{
  fs::path root;
  fs::path cwd;
  bool has_config = false;
  config::Config config;
  // Where per-user caches go ($XDG_CACHE_HOME or ~/.cache); none: no cache.
  std::optional<fs::path> cache_dir;
  // How long commands that change files wait for another sopctl's lock on
  // sops/, and where they say that they wait.
  LockWait lock_wait;
  // --dry-run: where a command says what it would write and commit,
  // writing and committing nothing (ops/record_change.hpp); null: a real
  // run.
  std::ostream* dry_run = nullptr;
  // Who the commits of changes are authored by, "Name <email>"; empty:
  // git's own identity. `sopctl serve --user-header` sets it to the person
  // the header names, so the commit is theirs as `verify --git` expects.
  std::string commit_author;

  fs::path config_path() const { return root / "sopctl.yaml"; }
  fs::path sops_dir() const { return root / "sops"; }
  fs::path draft_path(std::string_view id) const;
  // `path` as the user should read it: relative to where sopctl was started
  // when it lies below it, else absolute.
  std::string display(const fs::path& path) const;
};

// What to do with a `sopctl.yaml` that does not load.
enum class BadConfig
{
  refuse,       // throw model::InvalidFile
  use_defaults, // carry on with config::default_config() (for `sopctl check`)
};

// The root is found as git finds its own: `dir` when given (-C), else the
// nearest ancestor of `cwd` holding `sopctl.yaml`, else `cwd`. Loads and
// checks `sopctl.yaml`.
Repository open_repository(const fs::path& cwd,
                           const std::optional<fs::path>& dir,
                           BadConfig bad_config = BadConfig::refuse);

} // namespace sopctl::store
