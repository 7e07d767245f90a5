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

namespace {

// `git config user.name` as git reads it in the repository (its local
// config wins over the global one), or empty.
std::string git_user_name(const std::filesystem::path& repository_root)
{
  return git::config_get(repository_root, "user.name").value_or("");
}

} // namespace

std::string acting_person(const std::string& by, const store::Repository& repository)
{
  if (!by.empty()) {
    return by;
  }
  if (auto name = git_user_name(repository.root); !name.empty()) {
    return name;
  }
  if (const char* user = std::getenv("USER"); user && *user) {
    return user;
  }
  throw model::UsageError(tr("cannot tell who is acting: give --by NAME (or set "
                             "git config user.name)"));
}

std::string git_identity(const std::string& by, const store::Repository& repository)
{
  if (auto email = git::config_get(repository.root, "user.email"); email && !email->empty()) {
    return *email;
  }
  if (git::is_work_tree(repository.root)) {
    throw model::UsageError(tr("sopctl.yaml has a roster of people, and the acting person is your "
                               "git identity: set git config user.email to yours"));
  }
  if (by.empty()) {
    throw model::UsageError(tr("sopctl.yaml has a roster of people: say who is acting with --by "
                               "NAME (or NIP), or set git config user.email to yours"));
  }
  return {};
}

model::Timestamp now(const store::Repository& repository)
{
  int offset = repository.config.utc_offset_minutes;
  // The test and replay hook (README, "Common rules"): one fixed "now" for
  // every clock reading of the run, `recorded` included.
  if (const char* fixed = std::getenv("SOPCTL_NOW"); fixed && *fixed) {
    auto parsed = model::parse_timestamp(fixed, offset);
    if (!parsed) {
      throw model::UsageError(
        trf("SOPCTL_NOW \"{}\" is not a time; write it like 2026-11-24T09:00+07:00", fixed));
    }
    return *parsed;
  }
  auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
    std::chrono::system_clock::now().time_since_epoch());
  return model::at_offset(seconds.count(), offset);
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

std::map<std::string, std::string> parse_assignments(const std::vector<std::string>& options)
{
  std::map<std::string, std::string> values;
  for (const auto& option : options) {
    auto equals = option.find('=');
    auto key = option.substr(0, equals);
    if (equals == std::string::npos || !model::is_valid_data_key(key)) {
      throw model::UsageError(trf("--set \"{}\": write it as KEY=VALUE with a key of "
                                  "lower-case letters, digits, '.', '-' or '_', like "
                                  "meeting.date=2026-11-26",
                                  option));
    }
    auto value = option.substr(equals + 1);
    if (model::is_date_key(key) && !model::is_iso_date(model::trim(value))) {
      throw model::UsageError(trf("--set \"{}\": {} is a date: write it YYYY-MM-DD, a day "
                                  "that exists, like {}=2026-11-26",
                                  option,
                                  key,
                                  key));
    }
    if (!values.emplace(key, value).second) {
      throw model::UsageError(trf("--set {} is given twice; give it once", key));
    }
  }
  return values;
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
