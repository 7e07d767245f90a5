#include <history/line_conflicts.hpp>
#include <vector>

namespace sopctl::history {

namespace {

std::vector<std::string_view> split_lines(std::string_view text)
{
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

} // namespace

std::string with_conflict_markers(std::string_view ours,
                                  std::string_view theirs,
                                  std::string_view explanation)
{
  auto a = split_lines(ours);
  auto b = split_lines(theirs);
  // Longest common subsequence of lines; drafts are a few hundred lines, so
  // the quadratic table is small.
  std::vector<std::vector<unsigned>> common(a.size() + 1, std::vector<unsigned>(b.size() + 1));
  for (size_t i = a.size(); i-- > 0;) {
    for (size_t j = b.size(); j-- > 0;) {
      common[i][j] =
        a[i] == b[j] ? common[i + 1][j + 1] + 1 : std::max(common[i + 1][j], common[i][j + 1]);
    }
  }
  // Walk the common subsequence, noting for each line of the result whether
  // both sides share it; then write runs of differing lines as conflicts,
  // joining runs that only a few shared lines keep apart (one conflict per
  // event rather than one per differing field).
  struct Piece
  {
    std::string_view ours;
    std::string_view theirs;
    bool shared;
  };
  std::vector<Piece> pieces;
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      pieces.push_back({a[i++], b[j++], true});
    } else if (j == b.size() || (i < a.size() && common[i + 1][j] >= common[i][j + 1])) {
      pieces.push_back({a[i++], {}, false});
    } else {
      pieces.push_back({{}, b[j++], false});
    }
  }
  constexpr size_t join_gap = 6;
  std::string out;
  size_t k = 0;
  while (k < pieces.size()) {
    if (pieces[k].shared) {
      out += pieces[k++].ours;
      continue;
    }
    // Extend the conflict over short shared gaps between differing lines.
    size_t end = k;
    for (size_t probe = k; probe < pieces.size(); ++probe) {
      if (!pieces[probe].shared) {
        end = probe + 1;
      } else if (probe - end >= join_gap) {
        break;
      }
    }
    std::string ours_run;
    std::string theirs_run;
    for (size_t p = k; p < end; ++p) {
      ours_run += pieces[p].ours;
      theirs_run += pieces[p].theirs;
    }
    for (auto* run : {&ours_run, &theirs_run}) {
      if (!run->empty() && run->back() != '\n') {
        *run += '\n';
      }
    }
    out += "<<<<<<< ours\n# sopctl: ";
    out += explanation;
    out += '\n';
    out += ours_run;
    out += "=======\n";
    out += theirs_run;
    out += ">>>>>>> theirs\n";
    k = end;
  }
  return out;
}

} // namespace sopctl::history
