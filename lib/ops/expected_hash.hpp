#pragma once

// The no-lost-update check of `sopctl serve`'s forms: each form carries the
// hash of the file as its page was drawn, and the action is refused when
// the file has another now. Checked under the file's lock, so nothing can
// change the file between the check and the write.

#include <store/repository.hpp>
#include <string>
#include <string_view>

namespace sopctl::ops {

// A file's hash as the site's pages carry it: SHA-256 of its bytes, in
// lower-case hex.
std::string file_hash(std::string_view bytes);

// Throws model::FileChanged, naming `display`, when `expected` is not empty
// and is not file_hash(bytes). An empty `expected` checks nothing (the
// command line's requests carry none).
void check_unchanged(const std::string& expected,
                     std::string_view bytes,
                     const std::string& display);

// check_unchanged for draft `id` of `repository`, read as it is on disk now;
// checks nothing (and reads nothing) when `expected` is empty.
void check_unchanged_draft(const store::Repository& repository,
                           const std::string& id,
                           const std::string& expected);

} // namespace sopctl::ops
