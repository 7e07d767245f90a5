#include <algorithm>
#include <fmt/format.h>
#include <git/git.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/sync.hpp>
#include <sstream>
#include <store/files.hpp>

namespace sopctl::ops {

namespace {

std::string trimmed(std::string text)
{
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
    text.pop_back();
  }
  return text;
}

std::vector<std::string> lines_of(const std::string& text)
{
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) {
      lines.push_back(line);
    }
  }
  return lines;
}

// The `# sopctl:` explanations the merge driver left in a conflicted file.
std::vector<std::string> explanations(const std::filesystem::path& file)
{
  std::vector<std::string> found;
  std::error_code error;
  if (!std::filesystem::exists(file, error)) {
    return found;
  }
  for (const auto& line : lines_of(store::read_file(file, file.string()))) {
    if (line.starts_with("# sopctl: ")) {
      found.push_back(line.substr(10));
    }
  }
  return found;
}

} // namespace

int sync_repository(const store::Repository& repository, std::ostream& out, std::ostream& err)
{
  const auto& root = repository.root;
  if (!git::is_work_tree(root)) {
    throw model::Error(trf("{}: not a git work tree; sync pulls and pushes a clone of "
                           "the office's SOP repository",
                           root.string()));
  }
  auto upstream = git::run_git(root, {"rev-parse", "--abbrev-ref", "@{upstream}"});
  if (!upstream.ok()) {
    throw model::Error(tr("this branch has no upstream to sync with; push it once with: "
                          "git push -u origin HEAD"));
  }
  auto before = trimmed(git::run_git(root, {"rev-parse", "@{upstream}"}).out);
  auto pull = git::run_git(root, {"pull", "--rebase", "--quiet"});
  if (!pull.ok()) {
    auto conflicted = lines_of(git::run_git(root, {"diff", "--name-only", "--diff-filter=U"}).out);
    if (conflicted.empty()) {
      err << trf("sync: git pull failed: {}", pull.first_error_line()) << '\n';
      return 1;
    }
    for (const auto& file : conflicted) {
      auto all = explanations(root / file);
      std::vector<std::string> why;
      for (const auto& line : all) {
        if (std::find(why.begin(), why.end(), line) == why.end()) {
          why.push_back(line);
        }
      }
      err << trf("conflict in {}: {}",
                 file,
                 why.empty() ? std::string(tr("both sides changed the same lines"))
                             : fmt::format("{}", fmt::join(why, "; ")))
          << '\n';
    }
    err << tr("keep one side of each conflict (between the <<<<<<< and >>>>>>> lines), check "
              "with: sopctl check; then: git add FILE && git rebase --continue && sopctl sync")
        << '\n';
    return 1;
  }
  auto pulled = lines_of(
    git::run_git(root, {"log", "--format=%h %s", "--reverse", before + "..@{upstream}"}).out);
  if (pulled.empty()) {
    out << tr("pulled nothing new") << '\n';
  } else {
    out << (pulled.size() == 1 ? std::string(tr("pulled 1 commit:"))
                               : trf("pulled {} commits:", pulled.size()))
        << '\n';
    for (const auto& line : pulled) {
      out << "  " << line << '\n';
    }
  }
  auto outgoing = lines_of(git::run_git(root, {"log", "--format=%h %s", "@{upstream}..HEAD"}).out);
  if (outgoing.empty()) {
    out << tr("nothing to push") << '\n';
    return 0;
  }
  auto push = git::run_git(root, {"push", "--quiet"});
  if (!push.ok()) {
    err << trf("sync: git push failed: {}", push.first_error_line()) << '\n'
        << tr("someone pushed meanwhile: run sopctl sync again") << '\n';
    return 1;
  }
  out << (outgoing.size() == 1 ? std::string(tr("pushed 1 commit"))
                               : trf("pushed {} commits", outgoing.size()))
      << '\n';
  return 0;
}

} // namespace sopctl::ops
