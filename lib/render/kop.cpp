#include <render/kop.hpp>
#include <render/sop_fields.hpp>
#include <render/template_data.hpp>

namespace sopctl::render {

std::string kop_html(const model::Office& office,
                     const std::string& logo,
                     std::string_view kop_template)
{
  TemplateData fields;
  add_office_fields(fields, office);
  fields.set("logo", logo).set("has_logo", TemplateData::flag(!logo.empty()));
  auto kop = render_template(kop_template, fields, Escape::html, kop_html_template);
  if (!kop.empty() && kop.back() == '\n') {
    kop.pop_back();
  }
  return kop;
}

} // namespace sopctl::render
