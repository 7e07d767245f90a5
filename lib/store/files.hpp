#pragma once

#include <chrono>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace sopctl::store {

namespace fs = std::filesystem;

// The largest file sopctl reads (drafts and sopctl.yaml are refused past
// yaml::max_yaml_bytes; a logo or template may be larger).
inline constexpr long long max_file_bytes = 64LL * 1024 * 1024;

// The whole content of a file; throws model::Error naming the path when it
// cannot be read, is a symbolic link, or is larger than max_file_bytes.
std::string read_file(const fs::path& path, const std::string& display_path);

// The whole content of a file, or nullopt when it cannot be read (missing,
// say): for files whose absence is normal, such as a cache.
std::optional<std::string> read_file_if_readable(const fs::path& path);

// Whether a write must reach the disk before it returns.
enum class Durability
{
  synced,   // flushed, with the directory entry (repository files)
  unsynced, // left to the kernel (a cache, rebuilt when lost)
};

// Replaces `path` with `text` so that a crash at any moment leaves either the
// old or the new file: a temporary file in the same directory, flushed to
// disk, renamed over the target. Keeps the old file's permissions.
void write_file_atomically(const fs::path& path,
                           std::string_view text,
                           Durability durability = Durability::synced);

// Creates `path` holding `text`, atomically and only if it does not exist yet.
// Returns false (and writes nothing) when it already exists.
bool create_file_exclusively(const fs::path& path, std::string_view text);

// Whether `name` is a temporary file write_file_atomically makes
// (`.x.yaml.tmp-AbC123`).
bool is_temporary_name(const std::string& name);

// Removes the temporary files a killed writer left in `directory`; only
// safe while holding its DirectoryLock.
void remove_stale_temporaries(const fs::path& directory);

// How long a DirectoryLock waits for another process holding it, and where
// it says that it is waiting.
struct LockWait
{
  std::chrono::milliseconds notice_after{1000};
  std::chrono::milliseconds give_up_after{30000};
  std::ostream* notices = nullptr; // none: wait without a word
};

// An exclusive advisory lock (flock) on a directory, held for the object's
// lifetime, so two sopctl processes never read-modify-write the same draft at
// once. Locking the directory rather than the file survives the rename that
// replaces the file on every write. Taking it removes the temporary files a
// killed writer left in the directory.
class DirectoryLock
{
public:
  // Waits for the lock as `wait` says: after notice_after it says once, on
  // wait.notices, that it is waiting (naming `display`, the directory as
  // the user reads it); after give_up_after it throws model::Error.
  explicit DirectoryLock(const fs::path& directory,
                         const LockWait& wait = {},
                         const std::string& display = {});
  ~DirectoryLock();
  DirectoryLock(const DirectoryLock&) = delete;
  DirectoryLock& operator=(const DirectoryLock&) = delete;

private:
  int fd_ = -1;
};

} // namespace sopctl::store
