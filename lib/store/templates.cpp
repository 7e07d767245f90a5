#include <embedded/embedded.hpp>
#include <fmt/format.h>
#include <model/errors.hpp>
#include <store/files.hpp>
#include <store/templates.hpp>

namespace sopctl::store {

std::string load_template(const std::filesystem::path& repository_root, std::string_view name)
{
  auto own = repository_root / "templates" / name;
  if (std::filesystem::exists(own)) {
    return read_file(own, own.string());
  }
  auto embedded = embedded::embedded_file("templates/" + std::string(name));
  if (!embedded) {
    throw model::Error(fmt::format("no template named \"{}\"", name));
  }
  return std::string(*embedded);
}

bool template_exists(const std::filesystem::path& repository_root, std::string_view name)
{
  std::error_code error;
  return std::filesystem::is_regular_file(repository_root / "templates" / name, error) ||
         embedded::embedded_file("templates/" + std::string(name)).has_value();
}

} // namespace sopctl::store
