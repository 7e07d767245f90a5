#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <fstream>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ostream>
#include <sstream>
#include <store/files.hpp>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

namespace sopctl::store {

namespace {

// `message: the system's reason`. The message is built first; gettext keeps
// errno as it was.
std::string system_error(const std::string& message)
{
  return fmt::format("{}: {}", message, std::strerror(errno));
}

void write_all(int fd, std::string_view text, const fs::path& path)
{
  while (!text.empty()) {
    ssize_t written = ::write(fd, text.data(), text.size());
    if (written < 0) {
      if (errno == EINTR) {
        continue;
      }
      throw model::Error(system_error(trf("{}: cannot write", path.string())));
    }
    text.remove_prefix(static_cast<size_t>(written));
  }
}

// Flushes the directory entry too: without it a rename can be lost on power
// failure even though the file's data reached the disk (see rename(2),
// fsync(2)).
void sync_directory(const fs::path& directory)
{
  int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

mode_t default_file_mode()
{
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

// Writes `text` into a new temporary file beside `path`; returns its name.
fs::path write_temporary(const fs::path& path,
                         std::string_view text,
                         mode_t mode,
                         Durability durability = Durability::synced)
{
  auto directory = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  std::string name = (directory / ("." + path.filename().string() + ".tmp-XXXXXX")).string();
  int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) {
    throw model::Error(
      system_error(trf("{}: cannot create a temporary file in", directory.string())));
  }
  try {
    write_all(fd, text, name);
    if (::fchmod(fd, mode) != 0 || (durability == Durability::synced && ::fsync(fd) != 0)) {
      throw model::Error(system_error(trf("{}: cannot flush", name)));
    }
  } catch (...) {
    ::close(fd);
    ::unlink(name.c_str());
    throw;
  }
  // Don't retry close on EINTR: the descriptor is released either way
  // (close(2)).
  if (::close(fd) != 0) {
    ::unlink(name.c_str());
    throw model::Error(system_error(trf("{}: cannot close", name)));
  }
  return name;
}

} // namespace

std::string read_file(const fs::path& path, const std::string& display_path)
{
  // O_NOFOLLOW: a draft, sopctl.yaml or a logo that is a symbolic link
  // could point anywhere (/etc/shadow), and its lines would appear in error
  // messages or a PDF; it is refused without reading the target.
  // O_CLOEXEC rather than an ifstream: no descriptor of sopctl may leak into
  // git, Chromium or a hook they start.
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0 && errno == ELOOP) {
    throw model::Error(trf("{}: is a symbolic link; sopctl reads no file through a link "
                           "(it could point anywhere): put the file itself there",
                           display_path));
  }
  if (fd < 0) {
    throw model::Error(trf("{}: cannot read: {}", display_path, std::strerror(errno)));
  }
  // A file far past anything sopctl writes (a 200 MB "draft") is refused
  // before it is read into memory.
  struct stat status;
  if (::fstat(fd, &status) == 0 && status.st_size > max_file_bytes) {
    ::close(fd);
    throw model::Error(trf("{}: the file is {} MB; sopctl reads files of at most {} MB: "
                           "is it the right file?",
                           display_path,
                           status.st_size / (1024 * 1024),
                           max_file_bytes / (1024 * 1024)));
  }
  std::string text;
  char buffer[65536];
  for (;;) {
    ssize_t count = ::read(fd, buffer, sizeof buffer);
    if (count < 0 && errno == EINTR) {
      continue;
    }
    if (count < 0) {
      int saved = errno;
      ::close(fd);
      throw model::Error(trf("{}: cannot read: {}", display_path, std::strerror(saved)));
    }
    if (count == 0) {
      break;
    }
    text.append(buffer, static_cast<size_t>(count));
  }
  ::close(fd);
  return text;
}

std::optional<std::string> read_file_if_readable(const fs::path& path)
{
  try {
    return read_file(path, path.string());
  } catch (const model::Error&) {
    return std::nullopt;
  }
}

void write_file_atomically(const fs::path& path, std::string_view text, Durability durability)
{
  struct stat existing;
  mode_t mode =
    ::stat(path.c_str(), &existing) == 0 ? existing.st_mode & 07777 : default_file_mode();
  auto temporary = write_temporary(path, text, mode, durability);
  if (::rename(temporary.c_str(), path.c_str()) != 0) {
    auto message = system_error(trf("{}: cannot replace", path.string()));
    ::unlink(temporary.c_str());
    throw model::Error(message);
  }
  if (durability == Durability::synced) {
    sync_directory(path.parent_path().empty() ? fs::path(".") : path.parent_path());
  }
}

bool create_file_exclusively(const fs::path& path, std::string_view text)
{
  auto temporary = write_temporary(path, text, default_file_mode());
  // link(2) fails with EEXIST instead of replacing, unlike rename(2).
  int result = ::link(temporary.c_str(), path.c_str());
  int saved = errno;
  ::unlink(temporary.c_str());
  if (result != 0) {
    if (saved == EEXIST) {
      return false;
    }
    errno = saved;
    throw model::Error(system_error(trf("{}: cannot create", path.string())));
  }
  sync_directory(path.parent_path().empty() ? fs::path(".") : path.parent_path());
  return true;
}

namespace {

// Who took the flock on `directory`, from /proc/locks ("1: FLOCK  ADVISORY
// WRITE 1234 08:02:131074 0 EOF": pid, then device and inode), as
// "pid 1234 (sopctl)"; empty when it cannot be told.
std::string lock_taker(int fd)
{
  struct stat status;
  if (::fstat(fd, &status) != 0) {
    return {};
  }
  auto device =
    fmt::format("{:02x}:{:02x}:{}", major(status.st_dev), minor(status.st_dev), status.st_ino);
  std::ifstream locks("/proc/locks");
  for (std::string line; std::getline(locks, line);) {
    std::istringstream fields(line);
    std::string number, kind, advisory, mode, pid, where;
    fields >> number >> kind;
    if (kind == "->") {
      continue; // a waiter, not the holder
    }
    fields >> advisory >> mode >> pid >> where;
    if (kind == "FLOCK" && where == device) {
      std::ifstream comm("/proc/" + pid + "/comm");
      std::string name;
      std::getline(comm, name);
      return fmt::format("pid {} ({})", pid, name.empty() ? "?" : name);
    }
  }
  return {};
}

} // namespace

DirectoryLock::DirectoryLock(const fs::path& directory,
                             const LockWait& wait,
                             const std::string& display)
{
  fd_ = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd_ < 0) {
    throw model::Error(system_error(trf("{}: cannot open the directory", directory.string())));
  }
  auto shown = display.empty() ? directory.string() : display;
  auto started = std::chrono::steady_clock::now();
  bool noticed = false;
  auto pause = std::chrono::milliseconds(1);
  while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
    if (errno == EINTR) {
      continue;
    }
    if (errno != EWOULDBLOCK) {
      auto message = system_error(trf("{}: cannot lock", directory.string()));
      ::close(fd_);
      throw model::Error(message);
    }
    auto waited = std::chrono::steady_clock::now() - started;
    if (waited >= wait.give_up_after) {
      auto taker = lock_taker(fd_);
      ::close(fd_);
      auto seconds = std::chrono::duration_cast<std::chrono::seconds>(wait.give_up_after).count();
      throw model::Error(
        taker.empty()
          ? trf("{}: another sopctl still holds the lock on it after {} s of waiting; nothing was "
                "written: try again when it has finished (to wait longer, set "
                "SOPCTL_LOCK_TIMEOUT to a number of seconds)",
                shown,
                seconds)
          : trf("{}: another sopctl still holds the lock on it ({} holds the lock) after {} s of "
                "waiting; nothing was written: try again when it has finished (to wait longer, "
                "set SOPCTL_LOCK_TIMEOUT to a number of seconds)",
                shown,
                taker,
                seconds));
    }
    if (!noticed && waited >= wait.notice_after && wait.notices) {
      auto taker = lock_taker(fd_);
      auto seconds = std::chrono::duration_cast<std::chrono::seconds>(wait.give_up_after).count();
      *wait.notices << (taker.empty()
                          ? trf("waiting for another sopctl: it holds the lock on {}; giving up "
                                "after {} s",
                                shown,
                                seconds)
                          : trf("waiting for another sopctl: it holds the lock on {} ({}); giving "
                                "up after {} s",
                                shown,
                                taker,
                                seconds))
                    << '\n';
      wait.notices->flush();
      noticed = true;
    }
    // Polling rather than a blocking flock: a blocked call cannot say that
    // it waits, nor give up. Short pauses first, as most waits are short.
    std::this_thread::sleep_for(pause);
    pause = std::min(pause * 2, std::chrono::milliseconds(20));
  }
  // Every sopctl that writes here holds this lock, so a temporary file left
  // here now is a killed writer's (kill -9 between write and rename).
  remove_stale_temporaries(directory);
}

bool is_temporary_name(const std::string& name)
{
  // write_temporary's `.<file>.tmp-XXXXXX` (mkostemp's six characters).
  auto at = name.rfind(".tmp-");
  return name.size() > 1 && name.front() == '.' && at != std::string::npos && at > 1 &&
         name.size() - at == 11;
}

void remove_stale_temporaries(const fs::path& directory)
{
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(directory, error)) {
    auto name = entry.path().filename().string();
    if (is_temporary_name(name) && entry.is_regular_file(error) && !entry.is_symlink(error)) {
      fs::remove(entry.path(), error); // best effort: a leftover costs nothing
    }
  }
}

DirectoryLock::~DirectoryLock()
{
  ::close(fd_); // closing releases the flock
}

} // namespace sopctl::store
