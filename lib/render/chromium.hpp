#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::render {

namespace fs = std::filesystem;

// The executable `program` in the first directory of `search_path` (a $PATH
// value, `:`-separated) that has one; nullopt when none does.
std::optional<fs::path> find_program(std::string_view program, std::string_view search_path);

// The command line that makes headless Chromium print `page` (a file) to
// `pdf`: nothing fetched, nothing shared with a user's profile (a fresh
// `profile` directory), no header or footer on the pages.
std::vector<std::string> chromium_print_command(const fs::path& chromium,
                                                const fs::path& page,
                                                const fs::path& pdf,
                                                const fs::path& profile);

// Prints `html` to PDF with headless Chromium and returns the PDF's bytes.
// Works in a fresh directory under `temp_dir`, removed afterwards. Throws
// model::Error with Chromium's own words when it fails or takes over two
// minutes.
std::string print_to_pdf(const fs::path& chromium, std::string_view html, const fs::path& temp_dir);

} // namespace sopctl::render
