#pragma once

#include <model/sop.hpp>
#include <render/approval.hpp>
#include <render/flowchart_layout.hpp>
#include <render/template_data.hpp>
#include <string>

namespace sopctl::render {

// The values the SOP templates (templates/sop.html.mustache,
// templates/sop.md.mustache) are rendered with; each template's header
// comment lists them. Texts are as written in the SOP file, unescaped: the
// template's escaping does that. Dates are in Indonesian, blanks "-".

// The office block (kop surat) as template fields: government, office,
// address, phone, fax, city, has_phone, has_fax.
void add_office_fields(TemplateData& fields, const model::Office& office);

// The identity header, the approval, the three pairs of boxes and the steps,
// plus `logo` (a data: URI, or empty for none: no frame is drawn).
TemplateData sop_fields(const model::Sop& sop, const Approval& approval, const std::string& logo);

// Adds the printed table's geometry: column widths, type sizes, and `pages`,
// each with its rows, their heights and the page's flowchart as SVG.
void add_print_layout(TemplateData& fields, const model::Sop& sop, const Flowchart& chart);

// What follows a step, in words: "2", its `next` ("8", "Selesai"), "Ya: 7,
// Tidak: 5", "Selesai" after the last.
std::string next_in_words(const model::Sop& sop, size_t index);

} // namespace sopctl::render
