#include <algorithm>
#include <suggest.hpp>

namespace sopctl::cmd {

size_t edit_distance(std::string_view a, std::string_view b)
{
  // The optimal string alignment distance: Levenshtein plus the swap of
  // two neighbouring letters, the commonest typing slip ("statsu").
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) {
    d[i][0] = i;
  }
  for (size_t j = 0; j <= b.size(); ++j) {
    d[0][j] = j;
  }
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

std::vector<std::string> nearest(std::string_view typed, const std::vector<std::string>& candidates)
{
  std::vector<std::string> found;
  // "--ro" or "adv": the start of a word (of one option's dashes, not only).
  auto bare = typed;
  while (bare.starts_with('-')) {
    bare.remove_prefix(1);
  }
  if (bare.size() >= 2) {
    for (const auto& candidate : candidates) {
      if (candidate.starts_with(typed) && candidate != typed) {
        found.push_back(candidate);
      }
    }
    if (!found.empty()) {
      return found;
    }
  }
  size_t limit = std::clamp<size_t>(bare.size() / 3, 1, 3);
  size_t best = limit + 1;
  for (const auto& candidate : candidates) {
    auto distance = edit_distance(typed, candidate);
    if (distance < best) {
      best = distance;
      found.clear();
    }
    if (distance == best) {
      found.push_back(candidate);
    }
  }
  return found;
}

} // namespace sopctl::cmd
