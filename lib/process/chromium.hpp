#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::process {

// The command line that makes headless Chromium print `page` (a file) to
// `pdf`: nothing fetched, nothing shared with a user's profile (a fresh
// `profile` directory), no header or footer on the pages.
std::vector<std::string> chromium_print_command(const std::filesystem::path& chromium,
                                                const std::filesystem::path& page,
                                                const std::filesystem::path& pdf,
                                                const std::filesystem::path& profile);

// Prints `html` to PDF with headless Chromium and returns the PDF's bytes.
// Works in a fresh directory under `temp_dir`, removed afterwards. Throws
// model::Error with Chromium's own words when it fails or takes over two
// minutes.
std::string print_to_pdf(const std::filesystem::path& chromium,
                         std::string_view html,
                         const std::filesystem::path& temp_dir);

} // namespace sopctl::process
