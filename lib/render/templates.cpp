#include <fmt/format.h>
#include <kainjow/mustache.hpp>
#include <model/errors.hpp>
#include <render/templates.hpp>
#include <store/embedded.hpp>
#include <store/files.hpp>
#include <store/yaml_writer.hpp>

namespace sopctl::render {

std::string load_template(const std::filesystem::path& repository_root, std::string_view name)
{
  auto own = repository_root / "templates" / name;
  if (std::filesystem::exists(own)) {
    return store::read_file(own, own.string());
  }
  auto embedded = store::embedded_file("templates/" + std::string(name));
  if (!embedded) {
    throw model::Error(fmt::format("no template named \"{}\"", name));
  }
  return std::string(*embedded);
}

std::string render_yaml(std::string_view template_text,
                        const Fields& fields,
                        std::string_view template_name)
{
  kainjow::mustache::mustache tmpl{std::string(template_text)};
  if (!tmpl.is_valid()) {
    throw model::Error(fmt::format("template {}: {}", template_name, tmpl.error_message()));
  }
  tmpl.set_custom_escape([](const std::string& value) { return store::yaml_scalar(value); });
  kainjow::mustache::data data;
  for (const auto& [key, value] : fields) {
    data.set(key, value);
  }
  auto text = tmpl.render(data);
  if (!tmpl.is_valid()) {
    throw model::Error(fmt::format("template {}: {}", template_name, tmpl.error_message()));
  }
  return text;
}

} // namespace sopctl::render
