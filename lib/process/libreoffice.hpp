#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::process {

// Debian's package that gives sopctl `soffice` without a desktop.
inline constexpr std::string_view libreoffice_package = "libreoffice-writer-nogui";

// A word-processing file LibreOffice writes.
enum class WordFormat
{
  docx, // Office Open XML, for Word
  odt,  // OpenDocument Text
};

// What LibreOffice reads a document as.
enum class WordSource
{
  flat_odt, // OpenDocument Flat XML (.fodt), as render::sop_fodt writes it
  html,     // a web page, imported into Writer (not Writer/Web)
};

// LibreOffice's program: `soffice`, else `libreoffice`, in `search_path`.
std::optional<std::filesystem::path> find_libreoffice(std::string_view search_path);

// A file: URL for `path` (absolute), every byte but letters, digits and
// `/-._~` percent-encoded, as LibreOffice's -env:UserInstallation wants.
std::string file_url(const std::filesystem::path& path);

// The command line that makes LibreOffice, headless, with the profile in
// `profile` (shared with no user's running LibreOffice), convert `input`
// to `format` in `out_dir`.
std::vector<std::string> libreoffice_convert_command(const std::filesystem::path& soffice,
                                                     const std::filesystem::path& profile,
                                                     const std::filesystem::path& input,
                                                     const std::filesystem::path& out_dir,
                                                     WordSource source,
                                                     WordFormat format);

// Converts `document` (read as `source`) to `format` with LibreOffice and
// returns the file's bytes. Works in a fresh directory under `temp_dir`,
// removed afterwards, with a fresh profile there and HOME pointing there.
// LibreOffice runs without network (network_fence.hpp): refused when no
// network namespace can be made. Throws model::Error with LibreOffice's
// own words when it fails or takes over two minutes, and naming `origin`
// (the template the document was written from) when the file holds
// macros or references to addresses outside it (word_file_check.hpp).
std::string convert_with_libreoffice(const std::filesystem::path& soffice,
                                     std::string_view document,
                                     WordSource source,
                                     WordFormat format,
                                     const std::filesystem::path& temp_dir,
                                     std::string_view origin);

} // namespace sopctl::process
