#include <fmt/format.h>
#include <git/git.hpp>
#include <model/errors.hpp>
#include <ops/git_setup.hpp>
#include <sstream>
#include <store/files.hpp>

namespace sopctl::ops {

namespace {

std::string read_or_empty(const std::filesystem::path& path)
{
  return store::read_file_if_readable(path).value_or("");
}

bool has_attribute(const std::string& text)
{
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.find("merge=sopctl") != std::string::npos && !line.starts_with("#")) {
      return true;
    }
  }
  return false;
}

// Single-quotes `text` for the shell git runs the driver through.
std::string shell_quoted(const std::string& text)
{
  std::string out = "'";
  for (char c : text) {
    out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  }
  return out + "'";
}

} // namespace

bool ensure_merge_attribute(const std::filesystem::path& root)
{
  auto path = root / ".gitattributes";
  auto text = read_or_empty(path);
  std::string missing;
  for (auto line : merge_attributes) {
    if (text.find(line) == std::string::npos) {
      missing += std::string(line) + "\n";
    }
  }
  if (missing.empty()) {
    return false;
  }
  if (!text.empty() && text.back() != '\n') {
    text += '\n';
  }
  text += "# SOP drafts merge event by event, number counters by the larger count\n"
          "# (sopctl merge-driver; see README).\n";
  text += missing;
  store::write_file_atomically(path, text);
  return true;
}

void register_merge_driver(const std::filesystem::path& root,
                           const std::filesystem::path& executable)
{
  auto driver = shell_quoted(executable.string()) + " merge-driver %O %A %B %P";
  for (auto [key, value] :
       {std::pair<std::string, std::string>{"merge.sopctl.name", "sopctl: merge SOP drafts"},
        {"merge.sopctl.driver", driver}}) {
    auto result = git::run_git(root, {"config", key, value});
    if (!result.ok()) {
      throw model::Error(fmt::format("cannot register the merge driver in git config: {}",
                                     result.first_error_line()));
    }
  }
}

bool merge_driver_missing(const std::filesystem::path& root)
{
  return has_attribute(read_or_empty(root / ".gitattributes")) &&
         !git::config_get(root, "merge.sopctl.driver");
}

} // namespace sopctl::ops
