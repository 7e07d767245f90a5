#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace sopctl::process {

// Whether Chromium runs inside its own sandbox. It refuses to as root, so
// sopctl turns it off only then.
enum class Sandbox
{
  on,
  off,
};

// The Preferences file of the fresh profile Chromium prints with: no
// script runs, whatever the page holds.
std::string_view chromium_profile_preferences();

// The sandbox for a process whose effective user id is `euid`.
Sandbox sandbox_for(unsigned euid);

// The command line that makes headless Chromium print the page at `url` to
// `pdf`: every request through `proxy` (the page server, which
// answers nothing but the page), no name looked up, a fresh `profile`
// directory shared with no user's, no header or footer on the pages.
std::vector<std::string> chromium_print_command(const std::filesystem::path& chromium,
                                                std::string_view url,
                                                std::string_view proxy,
                                                const std::filesystem::path& pdf,
                                                const std::filesystem::path& profile,
                                                Sandbox sandbox);

// A picture Chromium takes of a page: the window's size in CSS pixels and
// the device pixels per CSS pixel (3 gives 288 dots per inch, as CSS has 96
// pixels to the inch).
struct PictureSize
{
  int width = 0;
  int height = 0;
  double scale = 1;
};

// The command line that makes headless Chromium take a PNG picture of the
// page at `url` in a window of `size`: the same closed-off Chromium as
// chromium_print_command, writing `png` instead of a PDF.
std::vector<std::string> chromium_picture_command(const std::filesystem::path& chromium,
                                                  std::string_view url,
                                                  std::string_view proxy,
                                                  const std::filesystem::path& png,
                                                  const std::filesystem::path& profile,
                                                  Sandbox sandbox,
                                                  const PictureSize& size);

// Prints `html` to PDF with headless Chromium and returns the PDF's bytes.
// Chromium reads the page from a PageServer, never from a file, so a file://
// address in the page is refused as from any web site, and the page's
// security policy lets it fetch nothing. Works in a fresh directory under
// `temp_dir`, removed afterwards, with a profile whose preferences turn
// scripts off (chromium_profile_preferences). Throws model::Error with Chromium's own
// words when it fails or takes over two minutes.
std::string print_to_pdf(const std::filesystem::path& chromium,
                         std::string_view html,
                         const std::filesystem::path& temp_dir);

// A PNG picture of `html` in a window of `size`, taken the way print_to_pdf
// prints (page server, fresh profile, no script, two minutes at most).
std::string picture_png(const std::filesystem::path& chromium,
                        std::string_view html,
                        const PictureSize& size,
                        const std::filesystem::path& temp_dir);

} // namespace sopctl::process
