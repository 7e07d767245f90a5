#include <embedded/embedded.hpp>
#include <fmt/format.h>
#include <i18n/tr.hpp>
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
    throw model::Error(trf("no template named \"{}\"", name));
  }
  return std::string(*embedded);
}

bool template_exists(const std::filesystem::path& repository_root, std::string_view name)
{
  std::error_code error;
  return std::filesystem::is_regular_file(repository_root / "templates" / name, error) ||
         embedded::embedded_file("templates/" + std::string(name)).has_value();
}

LetterTemplate letter_template(const std::filesystem::path& repository_root,
                               const model::LetterDefinition& letter)
{
  if (letter.template_name != shared_letter_template ||
      template_exists(repository_root, shared_letter_template)) {
    return {letter.template_name, false, ""};
  }
  auto own = letter.name + ".html.mustache";
  if (template_exists(repository_root, own)) {
    return {own, true, ""};
  }
  return {"",
          false,
          trf("letter \"{}\" names template {}, which sopctl no longer has: each letter "
              "now has its own template; write templates/{} (start from a copy of the "
              "built-in undangan-rapat.html.mustache or surat-pengantar.html.mustache) "
              "and name it under template:",
              letter.name,
              shared_letter_template,
              own)};
}

} // namespace sopctl::store
