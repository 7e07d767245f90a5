#include <render/identity_fields.hpp>

namespace sopctl::render {

namespace {

// Box `side` of a pair's `part`; `opening`: the pair is first printed here.
TemplateData cell_fields(const model::Sop& sop,
                         BoxPair pair,
                         int side,
                         const BoxPart& part,
                         bool opening)
{
  auto items = box_items(sop, pair, side);
  auto kind = box_kind(pair, side);
  bool any = part.count > 0;
  TemplateData cell;
  cell.set("heading", box_heading(pair, side))
    .set("box_continued", TemplateData::flag(part.continued))
    .set("dash", TemplateData::flag(items.empty() && opening))
    .set("numbered", TemplateData::flag(any && kind == BoxKind::numbered))
    .set("bulleted", TemplateData::flag(any && kind == BoxKind::bulleted))
    .set("plain", TemplateData::flag(any && kind == BoxKind::text))
    .set("start", std::to_string(part.first + 1));
  std::vector<TemplateData> shown;
  std::string text;
  for (size_t i = part.first; i < part.first + part.count && i < items.size(); ++i) {
    shown.push_back(TemplateData().set("text", items[i]));
    text += (i == part.first ? "" : "\n") + items[i];
  }
  cell.set("items", TemplateData::list(std::move(shown))).set("text", text);
  return cell;
}

std::string px(double value)
{
  return std::to_string(static_cast<int>(value + 0.999));
}

} // namespace

void add_identity_sheets(TemplateData& fields, const model::Sop& sop, const IdentityLayout& layout)
{
  std::vector<TemplateData> sheets;
  for (size_t i = 0; i < layout.sheets.size(); ++i) {
    std::vector<TemplateData> pairs;
    for (const auto& part : layout.sheets[i].pairs) {
      std::vector<TemplateData> cells;
      bool opening = part.boxes[0].first == 0 && part.boxes[1].first == 0;
      for (int side = 0; side < 2; ++side) {
        cells.push_back(cell_fields(sop, part.pair, side, part.boxes[side], opening));
      }
      pairs.push_back(
        TemplateData().set("height", px(part.height)).set("cells", TemplateData::list(cells)));
    }
    TemplateData sheet;
    sheet.set("opening", TemplateData::flag(i == 0))
      .set("continuation", TemplateData::flag(i > 0))
      .set("sheet_number", std::to_string(i + 1))
      .set("sheet_count", std::to_string(layout.sheets.size()))
      .set("has_pairs", TemplateData::flag(!pairs.empty()))
      .set("pairs", TemplateData::list(std::move(pairs)));
    sheets.push_back(std::move(sheet));
  }
  fields.set("identity_sheets", TemplateData::list(std::move(sheets)))
    .set("identity_sheet_count", std::to_string(layout.sheets.size()));
}

} // namespace sopctl::render
