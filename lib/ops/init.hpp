#pragma once

#include <filesystem>
#include <ostream>
#include <store/repository.hpp>
#include <string_view>

namespace sopctl::ops {

// `sopctl init`: writes `dir/sopctl.yaml` (never over an existing one) and
// creates `dir/sops/`.
// Inside a git work tree it also writes `.gitattributes`, registers the
// merge driver (run as `executable`, by name when the sopctl found on
// `search_path` is that program) and commits what it wrote.
// With `dry_run` (--dry-run), says there instead what it would write and
// commit, and changes nothing.
void init_repository(const std::filesystem::path& dir,
                     const std::filesystem::path& executable,
                     std::string_view search_path,
                     std::ostream& out,
                     std::ostream* dry_run = nullptr);

// `sopctl init --git-config`: registers the merge driver again, as a fresh
// clone needs (git config is not cloned).
void register_git_config(const store::Repository& repository,
                         const std::filesystem::path& executable,
                         std::string_view search_path,
                         std::ostream& out);

} // namespace sopctl::ops
