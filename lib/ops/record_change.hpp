#pragma once

#include <filesystem>
#include <store/repository.hpp>
#include <string>
#include <vector>

namespace sopctl::ops {

// Commits `paths`, a change sopctl has just written, with `message` when the
// repository is a git work tree and sopctl.yaml's git.commit is auto; does
// nothing otherwise. Call it holding the repository's lock. When git refuses
// (no identity, a hook), throws model::Error saying the change is saved and
// how to commit it: the files stay as written either way.
void record_change(const store::Repository& repository,
                   const std::vector<std::filesystem::path>& paths,
                   const std::string& message);

// The first line of `text`, cut to `width` characters, for commit subjects.
std::string subject_part(const std::string& text, size_t width = 60);

} // namespace sopctl::ops
