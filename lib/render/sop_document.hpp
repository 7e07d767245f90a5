#pragma once

#include <model/sop.hpp>
#include <render/approval.hpp>
#include <string>
#include <string_view>

namespace sopctl::render {

// The templates an SOP is printed through, by their names in templates/.
inline constexpr std::string_view sop_html_template = "sop.html.mustache";
inline constexpr std::string_view sop_markdown_template = "sop.md.mustache";

// `sop` as one self-contained HTML page, print-ready on A4 landscape: the
// identity header (with `logo`, a data: URI, or nothing in its place when empty), the three
// pairs of boxes, then the procedure table page by page with its flowchart
// drawn as SVG; KONSEP marks when `approval` says so. `template_text` is
// sop.html.mustache; every value is HTML-escaped.
std::string sop_html(const model::Sop& sop,
                     const Approval& approval,
                     const std::string& logo,
                     std::string_view template_text);

// `sop` as Markdown: the identity as a table, the boxes, the procedure as a
// table and a Mermaid flowchart. `template_text` is sop.md.mustache; every
// value is Markdown-escaped.
std::string sop_markdown(const model::Sop& sop,
                         const Approval& approval,
                         std::string_view template_text);

} // namespace sopctl::render
