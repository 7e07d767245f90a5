#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <kainjow/mustache.hpp>
#include <model/errors.hpp>
#include <render/templates.hpp>
#include <yaml/yaml_writer.hpp>

namespace sopctl::render {

std::string render_yaml(std::string_view template_text,
                        const Fields& fields,
                        std::string_view template_name)
{
  kainjow::mustache::mustache tmpl{std::string(template_text)};
  if (!tmpl.is_valid()) {
    throw model::Error(trf("template {}: {}", template_name, tmpl.error_message()));
  }
  tmpl.set_custom_escape([](const std::string& value) { return yaml::yaml_scalar(value); });
  kainjow::mustache::data data;
  for (const auto& [key, value] : fields) {
    data.set(key, value);
  }
  auto text = tmpl.render(data);
  if (!tmpl.is_valid()) {
    throw model::Error(trf("template {}: {}", template_name, tmpl.error_message()));
  }
  return text;
}

} // namespace sopctl::render
