#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fmt/format.h>
#include <fstream>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/site_directory.hpp>
#include <sstream>
#include <store/files.hpp>
#include <unistd.h>

namespace sopctl::ops {

namespace fs = std::filesystem;

namespace {

// The marker's first line; a directory whose marker starts otherwise is not
// taken for a site sopctl built.
constexpr std::string_view marker_heading =
  "# sopctl site: the files `sopctl site build` wrote here, each after the sha256 of what it "
  "was made from (- when not kept); the next build replaces them and leaves every other file "
  "alone";

void write_bytes(const fs::path& path, const std::string& bytes)
{
  fs::create_directories(path.parent_path());
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << bytes;
  file.close();
  if (!file) {
    throw model::Error(trf("{}: cannot write the file: {}", path.string(), std::strerror(errno)));
  }
}

// The paths of the files below `root` (relative, with '/'), symbolic links
// included, not followed.
std::vector<std::string> files_below(const fs::path& root)
{
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(root); it != fs::recursive_directory_iterator();
       ++it) {
    // A link is a file here, whatever it points to (never followed).
    if (it->is_symlink() || !it->is_directory()) {
      files.push_back(it->path().lexically_relative(root).generic_string());
    }
  }
  return files;
}

// Removes the directories below `root` left empty, deepest first, and
// `root` itself when it is empty then.
void remove_empty_directories(const fs::path& root)
{
  std::vector<fs::path> directories;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(root, error);
       !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    if (it->is_directory() && !it->is_symlink()) {
      directories.push_back(it->path());
    }
  }
  std::sort(directories.begin(), directories.end(), [](const fs::path& a, const fs::path& b) {
    return a.string().size() > b.string().size();
  });
  for (const auto& directory : directories) {
    if (fs::is_empty(directory, error)) {
      fs::remove(directory, error);
    }
  }
  if (fs::is_empty(root, error)) {
    fs::remove(root, error);
  }
}

} // namespace

SiteDirectory::SiteDirectory(const store::Repository& repository, const fs::path& out)
  : out_(fs::weakly_canonical(repository.cwd / out))
  , display_(repository.display((repository.cwd / out).lexically_normal()))
{
  auto root = fs::weakly_canonical(repository.root);
  auto inside = root.lexically_relative(out_);
  if (!inside.empty() && *inside.begin() != "..") {
    throw model::Error(trf("{}: this is the repository or a directory holding it; the site is "
                           "written to a directory of its own, such as public",
                           display_));
  }
  std::error_code error;
  auto status = fs::symlink_status(out_, error);
  if (!fs::exists(status)) {
    return;
  }
  if (!fs::is_directory(status)) {
    throw model::Error(trf("{}: not a directory; give a directory for the site", display_));
  }
  exists_ = true;
  if (fs::is_empty(out_, error)) {
    return;
  }
  auto marker = store::read_file_if_readable(out_ / site_marker);
  if (!marker || !marker->starts_with(marker_heading)) {
    throw model::Error(
      trf("{}: the directory is not empty and is not a site sopctl built (it has no {}); sopctl "
          "writes the site only to a new or empty directory or over a site it built, so that no "
          "file of yours is lost: give another directory, or empty this one",
          display_,
          site_marker));
  }
  std::istringstream lines(*marker);
  std::string line;
  std::getline(lines, line);
  while (std::getline(lines, line)) {
    auto space = line.find(' ');
    if (space == std::string::npos) {
      continue;
    }
    auto hash = line.substr(0, space);
    previous_[line.substr(space + 1)] = hash == "-" ? "" : hash;
  }
}

SiteDirectory::~SiteDirectory()
{
  if (staging_) {
    std::error_code ignored;
    fs::remove_all(*staging_, ignored);
  }
}

std::optional<std::string> SiteDirectory::previous(const std::string& path,
                                                   const std::string& source_hash) const
{
  auto found = previous_.find(path);
  if (source_hash.empty() || found == previous_.end() || found->second != source_hash) {
    return std::nullopt;
  }
  return store::read_file_if_readable(out_ / path);
}

void SiteDirectory::add(const std::string& path, std::string bytes, std::string source_hash)
{
  files_[path] = {std::move(bytes), std::move(source_hash)};
}

void SiteDirectory::publish()
{
  // The old site's files sopctl did not write stay, in the new site.
  std::vector<std::string> foreign;
  if (exists_) {
    for (const auto& path : files_below(out_)) {
      if (path == site_marker || previous_.contains(path)) {
        continue;
      }
      if (files_.contains(path)) {
        throw model::Error(trf("{}: {} was not written by sopctl, and the site has a file of that "
                               "name; move it away and build again",
                               display_,
                               path));
      }
      foreign.push_back(path);
    }
  }
  fs::create_directories(out_.parent_path());
  std::string pattern = out_.string() + ".tmp-XXXXXX";
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw model::Error(trf("{}: cannot create the directory: {}", pattern, std::strerror(errno)));
  }
  staging_ = fs::path(pattern);
  // mkdtemp makes it for its owner only; a site is read by a web server,
  // as its files are (written with the umask's permissions).
  using fs::perms;
  fs::permissions(*staging_,
                  perms::owner_all | perms::group_read | perms::group_exec | perms::others_read |
                    perms::others_exec);
  std::string marker = std::string(marker_heading) + "\n";
  for (const auto& [path, file] : files_) {
    write_bytes(*staging_ / path, file.first);
    marker += fmt::format("{} {}\n", file.second.empty() ? "-" : file.second, path);
  }
  write_bytes(*staging_ / site_marker, marker);

  auto old = *staging_;
  if (!exists_) {
    if (::rename(staging_->c_str(), out_.c_str()) != 0) {
      throw model::Error(
        trf("{}: cannot put the new site in place: {}", out_.string(), std::strerror(errno)));
    }
    staging_.reset();
    return;
  }
  // One step: the new site takes the old one's name, the old one the new
  // one's. A file system without the exchange gets two renames.
  if (::renameat2(AT_FDCWD, staging_->c_str(), AT_FDCWD, out_.c_str(), RENAME_EXCHANGE) != 0) {
    std::string aside = out_.string() + ".old-XXXXXX";
    if (::mkdtemp(aside.data()) == nullptr) {
      throw model::Error(trf("{}: cannot create the directory: {}", aside, std::strerror(errno)));
    }
    old = aside; // rename(2) puts a directory in an empty one's place
    if (::rename(out_.c_str(), old.c_str()) != 0 ||
        ::rename(staging_->c_str(), out_.c_str()) != 0) {
      throw model::Error(
        trf("{}: cannot put the new site in place: {}", out_.string(), std::strerror(errno)));
    }
  }
  staging_.reset(); // it is the site now, or holds the old one: never removed whole
  for (const auto& path : foreign) {
    fs::create_directories((out_ / path).parent_path());
    fs::rename(old / path, out_ / path);
  }
  std::error_code ignored;
  for (const auto& [path, hash] : previous_) {
    fs::remove(old / path, ignored);
  }
  fs::remove(old / site_marker, ignored);
  remove_empty_directories(old);
}

} // namespace sopctl::ops
