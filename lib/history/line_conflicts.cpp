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
  std::string out;
  std::string ours_run;
  std::string theirs_run;
  auto flush = [&] {
    if (ours_run.empty() && theirs_run.empty()) {
      return;
    }
    out += "<<<<<<< ours\n# sopctl: ";
    out += explanation;
    out += '\n';
    for (auto* run : {&ours_run, &theirs_run}) {
      if (!run->empty() && run->back() != '\n') {
        *run += '\n';
      }
    }
    out += ours_run;
    out += "=======\n";
    out += theirs_run;
    out += ">>>>>>> theirs\n";
    ours_run.clear();
    theirs_run.clear();
  };
  size_t i = 0;
  size_t j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      flush();
      out += a[i];
      ++i;
      ++j;
    } else if (j == b.size() || (i < a.size() && common[i + 1][j] >= common[i][j + 1])) {
      ours_run += a[i++];
    } else {
      theirs_run += b[j++];
    }
  }
  flush();
  return out;
}

} // namespace sopctl::history
