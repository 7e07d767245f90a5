#include "file_helpers.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace e2e {

std::string read_bytes(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot read " + path.string());
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_bytes(const fs::path& path, std::string_view bytes)
{
  if (path.has_parent_path()) {
    fs::create_directories(path.parent_path());
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) {
    throw std::runtime_error("cannot write " + path.string());
  }
}

void write_script(const fs::path& path, std::string_view body)
{
  write_bytes(path, "#!/bin/sh\n" + std::string(body));
  fs::permissions(path, fs::perms::owner_all, fs::perm_options::replace);
}

Snapshot snapshot(const fs::path& dir)
{
  Snapshot files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    auto name = entry.path().lexically_relative(dir).string();
    files[name] = entry.is_directory() ? "<dir>" : read_bytes(entry.path());
  }
  return files;
}

std::string differences(const Snapshot& before, const Snapshot& after)
{
  std::string text;
  for (const auto& [name, bytes] : before) {
    auto found = after.find(name);
    if (found == after.end()) {
      text += "removed: " + name + "\n";
    } else if (found->second != bytes) {
      text += "changed: " + name + "\n";
    }
  }
  for (const auto& [name, bytes] : after) {
    if (!before.count(name)) {
      text += "added: " + name + "\n";
    }
  }
  return text;
}

int line_count(std::string_view text)
{
  int lines = 0;
  for (char c : text) {
    lines += c == '\n' ? 1 : 0;
  }
  return lines + (!text.empty() && text.back() != '\n' ? 1 : 0);
}

int line_of(std::string_view text, std::string_view needle)
{
  auto found = text.find(needle);
  if (found == std::string_view::npos) {
    return 0;
  }
  return line_count(text.substr(0, found + 1));
}

std::string insert_before_line(std::string_view text, int line, std::string_view insert)
{
  size_t start = 0;
  for (int n = 1; n < line; ++n) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) {
      throw std::runtime_error("the text has fewer lines than asked");
    }
    ++start;
  }
  return std::string(text.substr(0, start)) + std::string(insert) + std::string(text.substr(start));
}

std::string replace_once(std::string_view text, std::string_view from, std::string_view to)
{
  auto found = text.find(from);
  if (found == std::string_view::npos) {
    throw std::runtime_error("text to replace not found: " + std::string(from));
  }
  return std::string(text.substr(0, found)) + std::string(to) +
         std::string(text.substr(found + from.size()));
}

} // namespace e2e
