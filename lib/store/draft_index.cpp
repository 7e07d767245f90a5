#include <algorithm>
#include <dirent.h>
#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <store/draft_index.hpp>

namespace sopctl::store {

std::vector<std::string> list_sop_ids(const fs::path& sops_dir)
{
  // readdir(3) directly: std::filesystem::directory_iterator builds a path
  // object per entry, which showed up in listings of thousands of drafts.
  std::vector<std::string> ids;
  DIR* dir = ::opendir(sops_dir.c_str());
  if (!dir) {
    return ids;
  }
  while (const dirent* entry = ::readdir(dir)) {
    std::string_view name = entry->d_name;
    if (name.starts_with(".") || !name.ends_with(".yaml") || name.size() == 5) {
      continue;
    }
    if (entry->d_type != DT_REG && entry->d_type != DT_UNKNOWN && entry->d_type != DT_LNK) {
      continue;
    }
    if (entry->d_type != DT_REG && !fs::is_regular_file(sops_dir / name)) {
      continue;
    }
    ids.emplace_back(name.substr(0, name.size() - 5));
  }
  ::closedir(dir);
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::string resolve_id(const std::vector<std::string>& ids,
                       std::string_view query,
                       const std::string& sops_display)
{
  std::vector<std::string> matches;
  for (const auto& id : ids) {
    if (id == query) {
      return id;
    }
    if (id.starts_with(query)) {
      matches.push_back(id);
    }
  }
  if (matches.size() == 1) {
    return matches.front();
  }
  if (matches.empty()) {
    throw model::Error(
      ids.empty() ? trf("no draft \"{}\" in {}; the drafts are: none (start one with: sopctl "
                        "start TITLE)",
                        query,
                        sops_display)
                  : trf("no draft \"{}\" in {}; the drafts are: {}",
                        query,
                        sops_display,
                        fmt::format("{}", fmt::join(ids, ", "))));
  }
  throw model::Error(trf("\"{}\" is ambiguous: it starts {}; give more of the id",
                         query,
                         fmt::format("{}", fmt::join(matches, ", "))));
}

} // namespace sopctl::store
