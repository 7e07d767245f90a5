#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <model/draft_digest.hpp>

namespace sopctl::store {

namespace fs = std::filesystem;

// What identifies one version of a file without reading it: a file sopctl
// rewrites gets a new inode (rename), an edit in place a new size or time.
struct FileKey
{
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::int64_t ctime_ns = 0;
  std::uint64_t inode = 0;

  bool operator==(const FileKey&) const = default;
};

// The key of `path`, or nullopt when it cannot be stat'ed.
std::optional<FileKey> file_key(const fs::path& path);

// The digests of a repository's drafts from its last listing, kept in the
// user's cache directory (never in the repository), so a listing only reads
// the drafts that changed. Losing the cache costs one slower run, nothing
// else: it is written without fsync and rebuilt when unreadable.
class DigestCache
{
public:
  // No cache at all when `file` is empty.
  explicit DigestCache(std::optional<fs::path> file);
  // Entries view the cache's own members: a copy would view the original's.
  DigestCache(const DigestCache&) = delete;
  DigestCache& operator=(const DigestCache&) = delete;

  // The cache file for the repository at `root` under `cache_dir`.
  static fs::path file_for(const fs::path& cache_dir, const fs::path& root);

  // What the cache holds for `id` when the file still has `key`: a digest,
  // or nullopt inside for a file known not to be a draft. nullopt outside
  // when the cache does not know (or knew an older version).
  std::optional<std::optional<model::DraftDigest>> find(const std::string& id, const FileKey& key);

  // Remembers what `id` with `key` holds (nullopt: not a draft).
  void remember(const std::string& id,
                const FileKey& key,
                const std::optional<model::DraftDigest>& digest);

  // Writes the cache when anything changed, keeping only the ids found or
  // remembered since it was opened.
  void save();

private:
  struct Entry
  {
    FileKey key;
    // The serialized digest (empty for "not a draft"): a view into the
    // loaded file, or into `owned` for one remembered in this run. Views
    // save copying megabytes of cache on every listing.
    std::string_view payload;
    std::string owned;
    bool is_draft = false;
    bool used = false;
  };

  std::optional<fs::path> file_;
  std::string loaded_; // the cache file's text, which entries point into
  std::map<std::string, Entry, std::less<>> entries_;
  bool changed_ = false;
};

} // namespace sopctl::store
