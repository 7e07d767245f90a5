#include <render/flowchart_layout.hpp>
#include <render/identity_fields.hpp>
#include <render/identity_layout.hpp>
#include <render/mermaid.hpp>
#include <render/sop_document.hpp>
#include <render/sop_fields.hpp>

namespace sopctl::render {

std::string sop_html(const model::Sop& sop,
                     const Approval& approval,
                     const std::string& logo,
                     std::string_view template_text)
{
  auto fields = sop_fields(sop, approval, logo);
  auto chart = lay_out_flowchart(sop);
  add_print_layout(fields, sop, chart);
  add_identity_sheets(
    fields, sop, lay_out_identity(sop, approval, !logo.empty(), chart.table.settings));
  return render_template(template_text, fields, Escape::html, sop_html_template);
}

std::string sop_markdown(const model::Sop& sop,
                         const Approval& approval,
                         std::string_view template_text)
{
  auto fields = sop_fields(sop, approval, "");
  fields.set("mermaid", mermaid_flowchart(sop));
  return render_template(template_text, fields, Escape::markdown, sop_markdown_template);
}

} // namespace sopctl::render
