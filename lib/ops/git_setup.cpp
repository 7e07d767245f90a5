#include <chrono>
#include <fmt/format.h>
#include <git/git.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/git_setup.hpp>
#include <process/process.hpp>
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

DriverProgram merge_driver_program(const std::filesystem::path& executable,
                                   std::string_view search_path)
{
  DriverProgram program;
  program.on_path = process::find_program("sopctl", search_path);
  std::error_code error;
  program.by_name =
    program.on_path && std::filesystem::equivalent(*program.on_path, executable, error);
  program.command = program.by_name ? "sopctl" : shell_quoted(executable.string());
  return program;
}

void register_merge_driver(const std::filesystem::path& root, const DriverProgram& program)
{
  auto driver = program.command + " merge-driver %O %A %B %P";
  for (auto [key, value] :
       {std::pair<std::string, std::string>{"merge.sopctl.name", "sopctl: merge SOP drafts"},
        {"merge.sopctl.driver", driver}}) {
    auto result = git::run_git(root, {"config", key, value});
    if (!result.ok()) {
      throw model::Error(
        trf("cannot register the merge driver in git config: {}", result.first_error_line()));
    }
  }
}

std::string driver_program_note(const DriverProgram& program,
                                const std::filesystem::path& executable)
{
  if (program.by_name) {
    return "";
  }
  if (!program.on_path) {
    return trf("note: no sopctl on PATH, so git runs the merge driver by this program's absolute "
               "path, {}; after moving it, run: sopctl init --git-config\n",
               executable.string());
  }
  return trf("note: the sopctl on PATH ({0}) is another program, so git runs the merge driver by "
             "this program's absolute path, {1}; after moving it, run: sopctl init --git-config\n",
             program.on_path->string(),
             executable.string());
}

bool merge_driver_missing(const std::filesystem::path& root)
{
  return has_attribute(read_or_empty(root / ".gitattributes")) &&
         !git::config_get(root, "merge.sopctl.driver");
}

std::optional<std::string> merge_driver_failure(const std::filesystem::path& root)
{
  auto driver = git::config_get(root, "merge.sopctl.driver");
  if (!driver) {
    return std::nullopt;
  }
  auto at = driver->find(" merge-driver ");
  if (at == std::string::npos) {
    return std::nullopt;
  }
  // Git runs the driver through the shell ("sh -c"), so does this.
  process::Request request;
  request.argv = {"/bin/sh", "-c", driver->substr(0, at) + " merge-driver --help"};
  request.time_limit = std::chrono::seconds(30);
  auto result = process::run(request);
  if (result.status == 0) {
    return std::nullopt;
  }
  auto reason = result.err.substr(0, result.err.find('\n'));
  if (reason.empty()) {
    reason = result.timed_out ? std::string(tr("it did not finish in 30 seconds"))
                              : trf("it exits with status {}", result.status);
  }
  return trf("warning: the merge driver in git config (merge.sopctl.driver) does not run: {0} "
             "({1}); run: sopctl init --git-config\n",
             *driver,
             reason);
}

} // namespace sopctl::ops
