#include <i18n/language.hpp>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <store/files.hpp>
#include <store/repository.hpp>

namespace sopctl::store {

fs::path Repository::draft_path(std::string_view id) const
{
  return sops_dir() / (std::string(id) + ".yaml");
}

std::string Repository::display(const fs::path& path) const
{
  auto relative = path.lexically_normal().lexically_relative(cwd);
  if (relative.empty() || *relative.begin() == "..") {
    return path.lexically_normal().string();
  }
  return relative.string();
}

namespace {

fs::path find_root(const fs::path& start)
{
  for (auto dir = start;; dir = dir.parent_path()) {
    if (fs::exists(dir / "sopctl.yaml")) {
      return dir;
    }
    if (dir == dir.root_path() || dir.parent_path() == dir) {
      return start;
    }
  }
}

} // namespace

Repository open_repository(const fs::path& cwd,
                           const std::optional<fs::path>& dir,
                           BadConfig bad_config)
{
  Repository repository;
  repository.cwd = fs::absolute(cwd).lexically_normal();
  if (dir) {
    repository.root = fs::absolute(repository.cwd / *dir).lexically_normal();
    if (!fs::is_directory(repository.root)) {
      throw model::Error(trf("{}: no such directory (given with -C)", repository.root.string()));
    }
  } else {
    repository.root = find_root(repository.cwd);
  }
  if (repository.root.filename().empty()) {
    repository.root = repository.root.parent_path();
  }
  repository.has_config = fs::exists(repository.config_path());
  if (!repository.has_config) {
    repository.config = config::default_config();
    return repository;
  }
  auto display = repository.display(repository.config_path());
  auto text = read_file(repository.config_path(), display);
  model::Diagnostics diagnostics(display);
  auto config = config::read_config(text, diagnostics);
  if (!config && bad_config == BadConfig::use_defaults) {
    repository.config = config::default_config();
    return repository;
  }
  diagnostics.throw_if_any();
  repository.config = std::move(*config);
  // The office's language applies from here on (messages before this, like
  // help, follow the environment).
  i18n::use_office_language(repository.config.language);
  return repository;
}

} // namespace sopctl::store
