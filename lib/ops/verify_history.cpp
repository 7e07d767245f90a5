#include <git/git.hpp>
#include <ops/verify_history.hpp>
#include <sstream>

namespace sopctl::ops {

namespace {

std::vector<std::string> split(const std::string& line, char separator)
{
  std::vector<std::string> fields;
  size_t start = 0;
  for (size_t end; (end = line.find(separator, start)) != std::string::npos; start = end + 1) {
    fields.push_back(line.substr(start, end - start));
  }
  fields.push_back(line.substr(start));
  return fields;
}

} // namespace

GitHistory::GitHistory(std::filesystem::path root, std::filesystem::path allowed_signers)
  : root_(std::move(root))
  , allowed_signers_(std::move(allowed_signers))
{}

std::vector<CommitInfo> GitHistory::log(const std::vector<std::string>& selection)
{
  bool signatures = !allowed_signers_.empty();
  // %x1e ends a record: a name may hold anything but control characters.
  std::string format = "--format=%H%x1f%P%x1f%ae%x1f%an%x1f%at";
  if (signatures) {
    format += "%x1f%G?%x1f%GF%x1f%GP";
  }
  format += "%x1e";
  std::vector<std::string> args;
  if (signatures) {
    // Only the roster's keys: whatever the user's git trusts is not asked.
    args = {"-c", "gpg.ssh.allowedSignersFile=" + allowed_signers_.string()};
  }
  args.insert(args.end(), {"log", format});
  args.insert(args.end(), selection.begin(), selection.end());
  auto result = git::run_git(root_, args);
  std::vector<CommitInfo> commits;
  if (!result.ok()) {
    return commits;
  }
  for (auto record : split(result.out, '\x1e')) {
    while (!record.empty() && record.front() == '\n') {
      record.erase(0, 1);
    }
    auto fields = split(record, '\x1f');
    if (fields.size() < 5) {
      continue;
    }
    CommitInfo commit;
    commit.hash = fields[0];
    std::istringstream parents(fields[1]);
    for (std::string parent; parents >> parent;) {
      commit.parents.push_back(parent);
    }
    commit.email = fields[2];
    commit.name = fields[3];
    commit.author_time = std::stoll(fields[4].empty() ? "0" : fields[4]);
    if (fields.size() >= 8) {
      commit.signature = fields[5].empty() ? 'N' : fields[5][0];
      commit.key_fingerprint = fields[6];
      commit.primary_fingerprint = fields[7];
    }
    commits.push_back(std::move(commit));
  }
  return commits;
}

std::vector<CommitInfo> GitHistory::commits_touching(const std::string& path)
{
  return log({"--topo-order", "--reverse", "--full-history", "HEAD", "--", path});
}

std::optional<CommitInfo> GitHistory::commit(const std::string& hash)
{
  auto found = log({"-1", hash});
  if (found.empty()) {
    return std::nullopt;
  }
  return found.front();
}

std::optional<std::string> GitHistory::file_at(const std::string& commit, const std::string& path)
{
  auto key = commit + ":" + path;
  if (auto known = files_.find(key); known != files_.end()) {
    return known->second;
  }
  auto shown = git::run_git(root_, {"show", key});
  std::optional<std::string> text;
  if (shown.ok()) {
    text = std::move(shown.out);
  }
  files_.emplace(key, text);
  return text;
}

bool GitHistory::has_head()
{
  return git::run_git(root_, {"rev-parse", "--verify", "--quiet", "HEAD"}).ok();
}

} // namespace sopctl::ops
