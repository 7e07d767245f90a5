#pragma once

#include <filesystem>
#include <ostream>
#include <store/repository.hpp>
#include <string>
#include <vector>

namespace sopctl::ops {

// `sopctl merge-driver BASE OURS THEIRS PATH`, as git runs it: merges the
// three versions of a draft into OURS. A file that does not load as an SOP
// is merged line by line (git merge-file). Returns 0 when clean, 1 when
// conflicts remain (marked in OURS and named on `err`).
int run_merge_driver(const std::filesystem::path& base,
                     const std::filesystem::path& ours,
                     const std::filesystem::path& theirs,
                     const std::string& path,
                     std::ostream& err);

// `sopctl sync`: git pull --rebase, then git push; says what came in, what
// went out, and any conflict in words. Never run by other commands.
int sync_repository(const store::Repository& repository, std::ostream& out, std::ostream& err);

// `sopctl verify`: checks each draft's hash chain and, with `with_git`, each
// event against the commit that brought it in (author on the roster holding
// the event's role; a good signature when git.require_signed). One line per
// problem on `out`; returns 1 when there is any.
int verify_drafts(const store::Repository& repository,
                  const std::vector<std::string>& drafts,
                  bool with_git,
                  std::ostream& out);

} // namespace sopctl::ops
