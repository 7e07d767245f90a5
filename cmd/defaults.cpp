#include <chrono>
#include <command.hpp>
#include <cstdio>
#include <cstdlib>
#include <defaults.hpp>
#include <fmt/format.h>
#include <git/git.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <model/text.hpp>
#include <model/timestamp.hpp>
#include <model/validation.hpp>

namespace sopctl::cmd {

std::filesystem::path own_executable()
{
  std::error_code error;
  auto path = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::filesystem::path("sopctl") : path;
}

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

store::LockWait lock_wait(std::ostream& notices)
{
  store::LockWait wait;
  wait.notices = &notices;
  const char* given = std::getenv("SOPCTL_LOCK_TIMEOUT");
  if (!given || !*given) {
    return wait;
  }
  char* end = nullptr;
  double seconds = std::strtod(given, &end);
  if (*end != '\0' || !(seconds >= 0) || seconds > 86400) {
    throw model::UsageError(trf("SOPCTL_LOCK_TIMEOUT=\"{}\" is not a number of seconds "
                                "(0 to 86400) to wait for another sopctl's lock",
                                given));
  }
  wait.give_up_after = std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
  return wait;
}

store::Repository open_repository(const Context& context)
{
  auto repository = store::open_repository(context.cwd, std::nullopt);
  repository.cache_dir = cache_directory();
  repository.lock_wait = lock_wait(context.err);
  return repository;
}

model::Timestamp moment(const std::string& at, const store::Repository& repository)
{
  int offset = repository.config.utc_offset_minutes;
  if (at.empty()) {
    return now(repository);
  }
  auto parsed = model::parse_timestamp(at, offset);
  if (!parsed) {
    throw model::UsageError(trf("--at \"{}\" is not a time; write it like 2026-11-24T09:00 "
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
  if (format == "csv") {
    return ops::Format::csv;
  }
  if (format == "csv-rfc4180") {
    return ops::Format::csv_rfc4180;
  }
  if (format == "xlsx") {
    return ops::Format::xlsx;
  }
  throw model::UsageError(
    trf("--format \"{}\": use table, json, csv, csv-rfc4180 or xlsx", format));
}

} // namespace sopctl::cmd
