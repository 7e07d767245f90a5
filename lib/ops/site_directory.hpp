#pragma once

// The directory `sopctl site build` writes the site to, kept safe: it is
// never the repository or a directory holding it, never a directory of
// someone else's files; the new site is written beside it and swapped in
// at once, so that a build that fails or is killed leaves the old site
// whole (and at worst a directory named DIR.tmp-XXXXXX, clearly partial);
// and no file sopctl did not write is deleted.

#include <filesystem>
#include <map>
#include <optional>
#include <store/repository.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::ops {

// The file that marks a directory as a site sopctl built, listing the files
// it wrote there (and, for a PDF, the sha256 of the page it was printed
// from, so a rebuild can keep it).
inline constexpr std::string_view site_marker = ".sopctl-site";

class SiteDirectory
{
public:
  // Checks `out` (relative to where sopctl was started) and reads the
  // previous site's marker. Throws model::Error, changing nothing, when
  // `out` is the repository or holds it, is not a directory, or is a
  // directory that is neither empty nor a site sopctl built.
  SiteDirectory(const store::Repository& repository, const std::filesystem::path& out);
  // Removes the new site's directory when it was not swapped in.
  ~SiteDirectory();
  SiteDirectory(const SiteDirectory&) = delete;
  SiteDirectory& operator=(const SiteDirectory&) = delete;

  // The site's directory as shown to the user.
  const std::string& display() const { return display_; }

  // The previous site's copy of `path` when it was made from a source whose
  // hash was `source_hash`; nullopt otherwise.
  std::optional<std::string> previous(const std::string& path,
                                      const std::string& source_hash) const;

  // Adds a file to the new site (`path` relative to its root, with '/');
  // `source_hash` is what `previous` compares in the next build.
  void add(const std::string& path, std::string bytes, std::string source_hash = "");

  // Writes the new site beside the old one, then puts it in the old one's
  // place in one step (the old one's files that sopctl did not write are
  // carried into it), then removes the old site's files. Throws
  // model::Error when a file of the old site that sopctl did not write has
  // the name of one of the new site's, before writing anything.
  void publish();

private:
  std::filesystem::path out_;
  std::string display_;
  bool exists_ = false;
  // The previous site's files as its marker lists them: path -> source hash.
  std::map<std::string, std::string> previous_;
  std::map<std::string, std::pair<std::string, std::string>> files_; // path -> bytes, hash
  std::optional<std::filesystem::path> staging_;
};

} // namespace sopctl::ops
