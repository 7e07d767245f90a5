#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace e2e {

namespace fs = std::filesystem;

// The bytes of a file; throws std::runtime_error when it cannot be read.
std::string read_bytes(const fs::path& path);

// Replaces a file's bytes (creating parent directories).
void write_bytes(const fs::path& path, std::string_view bytes);

// Writes an executable /bin/sh script.
void write_script(const fs::path& path, std::string_view body);

// Every file and directory under a directory: relative path -> bytes
// (directories map to "<dir>"), to assert that a command left every file
// byte-for-byte as it was and created or removed none.
using Snapshot = std::map<std::string, std::string>;
Snapshot snapshot(const fs::path& dir);

// What differs between two snapshots, one path per line ("changed: x",
// "added: y", "removed: z"); empty when they are identical. Meant for
// CHECK(differences(before, after) == ""), which prints the paths.
std::string differences(const Snapshot& before, const Snapshot& after);

// The number of lines of a text (a last line without newline counts).
int line_count(std::string_view text);

// The 1-based number of the first line holding `needle`; 0 when none does.
int line_of(std::string_view text, std::string_view needle);

// Text with `insert` put just before line `line` (1-based).
std::string insert_before_line(std::string_view text, int line, std::string_view insert);

// Text with the first occurrence of `from` replaced by `to`; throws
// std::runtime_error when `from` is absent, so a test cannot silently
// corrupt nothing.
std::string replace_once(std::string_view text, std::string_view from, std::string_view to);

// Whether `text` contains `part` (for readable CHECKs).
inline bool contains(std::string_view text, std::string_view part)
{
  return text.find(part) != std::string_view::npos;
}

} // namespace e2e
