#include <algorithm>
#include <fmt/format.h>
#include <model/errors.hpp>
#include <store/draft_index.hpp>

namespace sopctl::store {

std::vector<std::string> list_sop_ids(const fs::path& sops_dir)
{
  std::vector<std::string> ids;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(sops_dir, error)) {
    auto name = entry.path().filename().string();
    if (name.starts_with(".") || entry.path().extension() != ".yaml" ||
        !entry.is_regular_file(error)) {
      continue;
    }
    ids.push_back(entry.path().stem().string());
  }
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
    throw model::Error(fmt::format("no draft \"{}\" in {}; the drafts are: {}",
                                   query,
                                   sops_display,
                                   ids.empty()
                                     ? std::string("none (start one with: sopctl start TITLE)")
                                     : fmt::format("{}", fmt::join(ids, ", "))));
  }
  throw model::Error(fmt::format("\"{}\" is ambiguous: it starts {}; give more "
                                 "of the id",
                                 query,
                                 fmt::join(matches, ", ")));
}

} // namespace sopctl::store
