#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <kainjow/mustache.hpp>
#include <model/errors.hpp>
#include <render/escape.hpp>
#include <render/odf_text.hpp>
#include <render/template_data.hpp>

namespace sopctl::render {

TemplateData::TemplateData(std::string text)
  : kind_(Kind::text)
  , text_(std::move(text))
{}

TemplateData::TemplateData(const char* text)
  : TemplateData(std::string(text))
{}

TemplateData TemplateData::flag(bool value)
{
  TemplateData data;
  data.kind_ = Kind::flag;
  data.flag_ = value;
  return data;
}

TemplateData TemplateData::list(std::vector<TemplateData> items)
{
  TemplateData data;
  data.kind_ = Kind::list;
  data.items_ = std::move(items);
  return data;
}

TemplateData& TemplateData::set(std::string name, TemplateData value)
{
  fields_.emplace_back(std::move(name), std::move(value));
  return *this;
}

namespace {

namespace mustache = kainjow::mustache;

mustache::data to_mustache(const TemplateData& data)
{
  switch (data.kind()) {
    case TemplateData::Kind::text:
      return {data.text()};
    case TemplateData::Kind::flag:
      return {data.flag_value()};
    case TemplateData::Kind::list: {
      mustache::data list{mustache::data::type::list};
      for (const auto& item : data.items()) {
        list.push_back(to_mustache(item));
      }
      return list;
    }
    case TemplateData::Kind::record:
      break;
  }
  mustache::data record;
  for (const auto& [name, value] : data.fields()) {
    record.set(name, to_mustache(value));
  }
  return record;
}

} // namespace

std::string render_template(std::string_view template_text,
                            const TemplateData& data,
                            Escape escape,
                            std::string_view template_name)
{
  mustache::mustache tmpl{std::string(template_text)};
  if (!tmpl.is_valid()) {
    throw model::Error(trf("template {}: {}", template_name, tmpl.error_message()));
  }
  switch (escape) {
    case Escape::html:
      tmpl.set_custom_escape([](const std::string& value) { return html_escape(value); });
      break;
    case Escape::markdown:
      tmpl.set_custom_escape([](const std::string& value) { return markdown_escape(value); });
      break;
    case Escape::odf:
      tmpl.set_custom_escape([](const std::string& value) { return odf_escape(value); });
      break;
  }
  auto text = tmpl.render(to_mustache(data));
  if (!tmpl.is_valid()) {
    throw model::Error(trf("template {}: {}", template_name, tmpl.error_message()));
  }
  return text;
}

} // namespace sopctl::render
