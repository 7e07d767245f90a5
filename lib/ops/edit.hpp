#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <store/repository.hpp>
#include <string>

namespace sopctl::ops {

// Runs the user's editor on a file and returns its exit status.
using Editor = std::function<int(const std::filesystem::path&)>;

// `sopctl edit`: lets the user edit a draft's content, from `from_file` when
// given, else in `editor`; refuses an invalid result, keeping the text.
void edit_draft(const store::Repository& repository,
                const std::string& draft,
                const std::optional<std::filesystem::path>& from_file,
                const Editor& editor,
                std::ostream& out);

} // namespace sopctl::ops
