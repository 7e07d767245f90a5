#pragma once

#include <filesystem>
#include <git/git.hpp>
#include <store/repository.hpp>
#include <string>
#include <vector>

namespace sopctl::ops {

// Commits `paths`, a change sopctl has just written, with `message` when the
// repository is a git work tree and sopctl.yaml's git.commit is auto; does
// nothing otherwise. Call it holding the repository's lock. When git refuses
// (no identity, a hook), throws model::Error saying the change is saved and
// how to commit it (naming a git lock in the way): the files stay as
// written either way.
// With --dry-run, says the commit it would make (its message and files)
// and commits nothing.
void record_change(const store::Repository& repository,
                   const std::vector<std::filesystem::path>& paths,
                   const std::string& message);

// When git failed because one of its lock files was in the way: a new line
// naming it, whether a process holds it, and how to clear it; else "".
std::string explain_failure(const store::Repository& repository, const git::GitResult& failure);

// Writes `text` to `path` (atomically) for a command recording a change;
// with --dry-run (repository.dry_run), says instead what it would write:
// the lines it would append to the file when the new text only adds to its
// end (an event), else the whole new text (a binary file: its size).
void write_change(const store::Repository& repository,
                  const std::filesystem::path& path,
                  const std::string& text);

// The first line of `text`, cut to `width` characters, for commit subjects.
std::string subject_part(const std::string& text, size_t width = 60);

} // namespace sopctl::ops
