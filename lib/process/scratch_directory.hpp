#pragma once

#include <filesystem>

namespace sopctl::process {

// A directory made for one run of an outside program (Chromium,
// LibreOffice) and removed with everything in it when destroyed.
class ScratchDirectory
{
public:
  // Makes sopctl-render-XXXXXX in `parent`; throws model::Error when it cannot.
  explicit ScratchDirectory(const std::filesystem::path& parent);
  ~ScratchDirectory();
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;

  // The directory.
  const std::filesystem::path& path() const { return path_; }

private:
  std::filesystem::path path_;
};

} // namespace sopctl::process
