#pragma once

#include <model/sop.hpp>
#include <render/identity_layout.hpp>
#include <render/template_data.hpp>

namespace sopctl::render {

// Adds `identity_sheets` to an SOP's template fields: the identity sheet as
// `layout` cut it. Each sheet has opening (the first: the identity table) or
// continuation (a later one: the caption "Identitas SOP (lanjutan)" and the
// SOP's number and name), sheet_number, sheet_count, has_pairs and pairs;
// each pair has height (its boxes' row, CSS pixels) and two cells, left
// and right, each with heading, box_continued (its earlier items are on an
// earlier sheet: "(lanjutan)"), and one of dash (nothing written: "-"),
// numbered (with start, the first item's number), bulleted (items, each
// with text) or plain (text, its lines kept); a cell whose box ended on an
// earlier sheet has none of them.
void add_identity_sheets(TemplateData& fields, const model::Sop& sop, const IdentityLayout& layout);

} // namespace sopctl::render
