#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <defaults.hpp>
#include <fmt/format.h>
#include <model/errors.hpp>
#include <options.hpp>

namespace sopctl::cmd {

std::optional<std::filesystem::path> cache_directory()
{
  // XDG Base Directory Specification: $XDG_CACHE_HOME, else ~/.cache.
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') {
    return std::filesystem::path(xdg);
  }
  if (const char* home = std::getenv("HOME"); home && *home == '/') {
    return std::filesystem::path(home) / ".cache";
  }
  return std::nullopt;
}

store::Repository open_repository(const Context& context)
{
  auto repository = store::open_repository(context.cwd, context.directory);
  repository.cache_dir = cache_directory();
  return repository;
}

namespace {

std::string git_user_name()
{
  // popen runs a shell; the command is fixed text, nothing of the user's.
  FILE* pipe = ::popen("git config user.name 2>/dev/null", "r");
  if (!pipe) {
    return {};
  }
  std::string name;
  std::array<char, 256> buffer;
  while (std::fgets(buffer.data(), buffer.size(), pipe)) {
    name += buffer.data();
  }
  ::pclose(pipe);
  while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) {
    name.pop_back();
  }
  return name;
}

} // namespace

std::string acting_person(const std::string& by)
{
  if (!by.empty()) {
    return by;
  }
  if (auto name = git_user_name(); !name.empty()) {
    return name;
  }
  if (const char* user = std::getenv("USER"); user && *user) {
    return user;
  }
  throw model::UsageError("cannot tell who is acting: give --by NAME (or set "
                          "git config user.name)");
}

model::Timestamp moment(const std::string& at, const store::Repository& repository)
{
  int offset = repository.config.utc_offset_minutes;
  if (at.empty()) {
    auto now = std::chrono::system_clock::now();
    auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch());
    return model::at_offset(seconds.count(), offset);
  }
  auto parsed = model::parse_timestamp(at, offset);
  if (!parsed) {
    throw model::UsageError(fmt::format("--at \"{}\" is not a time; write it like 2026-11-24T09:00 "
                                        "(local, {}) or 2026-11-24T09:00+07:00",
                                        at,
                                        repository.config.timezone));
  }
  return *parsed;
}

ops::Format output_format(const std::string& format)
{
  if (format == "table") {
    return ops::Format::table;
  }
  if (format == "json") {
    return ops::Format::json;
  }
  throw model::UsageError(fmt::format("--format \"{}\": use table or json", format));
}

} // namespace sopctl::cmd
