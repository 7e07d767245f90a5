#include <chrono>
#include <fmt/format.h>
#include <fstream>
#include <git/git_lock.hpp>
#include <i18n/tr.hpp>
#include <iterator>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace sopctl::git {

namespace {

std::string command_name(const std::string& pid)
{
  std::ifstream comm("/proc/" + pid + "/comm");
  std::string name;
  std::getline(comm, name);
  return name.empty() ? "?" : name;
}

// /proc/<pid>/fd/<n> are links to the open files; any process of the same
// user may be read (proc(5)).
std::vector<std::string> processes_with_open(const fs::path& path)
{
  std::vector<std::string> found;
  std::error_code error;
  auto self = std::to_string(::getpid());
  for (const auto& process : fs::directory_iterator("/proc", error)) {
    auto pid = process.path().filename().string();
    if (pid.find_first_not_of("0123456789") != std::string::npos || pid == self) {
      continue;
    }
    std::error_code unreadable;
    for (const auto& fd : fs::directory_iterator(process.path() / "fd", unreadable)) {
      std::error_code gone;
      if (fs::read_symlink(fd.path(), gone) == path) {
        found.push_back(fmt::format("pid {} ({})", pid, command_name(pid)));
        break;
      }
    }
  }
  return found;
}

} // namespace

LockFile inspect_lock(const fs::path& path)
{
  LockFile lock;
  lock.path = path;
  struct stat status;
  if (::lstat(path.c_str(), &status) != 0) {
    return lock;
  }
  lock.exists = true;
  auto now = std::chrono::system_clock::now().time_since_epoch();
  auto age = std::chrono::duration_cast<std::chrono::seconds>(now).count() - status.st_mtime;
  lock.age = std::chrono::seconds(age < 0 ? 0 : age);
  lock.holders = processes_with_open(path);
  return lock;
}

LockFile wait_for_lock(const fs::path& path, std::chrono::milliseconds patience)
{
  auto started = std::chrono::steady_clock::now();
  for (;;) {
    struct stat status;
    if (::lstat(path.c_str(), &status) != 0) {
      LockFile gone;
      gone.path = path;
      return gone;
    }
    // A lock no process has open is given a quarter of the patience: git
    // closes some before it renames them, but never for long.
    auto waited = std::chrono::steady_clock::now() - started;
    if (waited >= patience / 4) {
      auto lock = inspect_lock(path);
      if (lock.holders.empty() || waited >= patience) {
        return lock;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
}

std::vector<fs::path> remove_abandoned_locks(const fs::path& git_dir, const fs::path& common_dir)
{
  std::vector<fs::path> removed;
  auto maintenance = common_dir / "objects" / "maintenance.lock";
  std::error_code missing;
  // Another user's git (a shared repository) does not show in our /proc
  // scan, so a lock nobody we can see holds must also be old to go.
  auto old_enough = [&] {
    std::error_code ignored;
    auto written = fs::last_write_time(maintenance, ignored);
    return !ignored && fs::file_time_type::clock::now() - written > std::chrono::minutes(10);
  };
  if (fs::exists(maintenance, missing) && processes_with_open(maintenance).empty() &&
      old_enough() && fs::remove(maintenance, missing)) {
    removed.push_back(maintenance);
  }
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(git_dir, error)) {
    auto name = entry.path().filename().string();
    const std::string prefix = "next-index-";
    const std::string suffix = ".lock";
    if (!name.starts_with(prefix) || !name.ends_with(suffix)) {
      continue;
    }
    auto pid = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
    if (pid.empty() || pid.find_first_not_of("0123456789") != std::string::npos) {
      continue;
    }
    // A zombie's state is 'Z', after its "(comm)".
    std::ifstream stat("/proc/" + pid + "/stat");
    std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    auto close = text.rfind(')');
    bool alive = close != std::string::npos && close + 2 < text.size() && text[close + 2] != 'Z';
    if (alive || !processes_with_open(entry.path()).empty()) {
      continue;
    }
    std::error_code ignored;
    if (fs::remove(entry.path(), ignored)) {
      removed.push_back(entry.path());
    }
  }
  return removed;
}

std::string explain_lock(const LockFile& lock, const std::string& shown)
{
  if (!lock.exists) {
    return trf("git's lock {} was in the way; it is gone now (the git that held it "
               "finished)",
               shown);
  }
  if (!lock.holders.empty()) {
    return trf("git's lock {} is held by a running process ({}): let it finish (do "
               "not remove the lock while it runs)",
               shown,
               fmt::format("{}", fmt::join(lock.holders, ", ")));
  }
  // git keeps some locks without an open descriptor for a moment, so a
  // young one may still be in use.
  if (lock.age < std::chrono::seconds(10)) {
    return trf("git's lock {} is in the way: no process has it open, but it is only "
               "{} s old, so a git may still be finishing; try again in a moment, and "
               "if it stays and no git is running, remove it (rm {})",
               shown,
               lock.age.count(),
               shown);
  }
  return trf("git's lock {} is stale: no process has it open and it is {} s old, so a "
             "git was interrupted (killed) while holding it; make sure no git is "
             "running in this repository, then remove it (rm {})",
             shown,
             lock.age.count(),
             shown);
}

} // namespace sopctl::git
