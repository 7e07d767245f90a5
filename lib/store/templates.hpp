#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace sopctl::store {

// The text of template `name` (such as `draft.yaml`): the repository's own
// `templates/<name>` when it has one, else the copy compiled into sopctl.
std::string load_template(const std::filesystem::path& repository_root, std::string_view name);

// Whether template `name` exists: the repository's own or an embedded one.
bool template_exists(const std::filesystem::path& repository_root, std::string_view name);

} // namespace sopctl::store
