#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::store {

namespace fs = std::filesystem;

// The ids (file names without `.yaml`) of the SOP files in `sops_dir`,
// sorted; hidden files are skipped. Empty when the directory is missing.
std::vector<std::string> list_sop_ids(const fs::path& sops_dir);

// The id `query` names among `ids`: itself, or the one id it is a prefix of.
// Throws model::Error listing the candidates when it names none or several.
std::string resolve_id(const std::vector<std::string>& ids,
                       std::string_view query,
                       const std::string& sops_display);

} // namespace sopctl::store
