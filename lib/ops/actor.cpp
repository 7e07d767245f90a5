#include <chrono>
#include <cstdlib>
#include <git/git.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <ops/actor.hpp>

namespace sopctl::ops {

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

Actor acting(const std::string& by, const store::Repository& repository)
{
  if (repository.config.people.empty()) {
    return {acting_person(by, repository), ""};
  }
  return {by, git_identity(by, repository)};
}

} // namespace sopctl::ops
