#include <algorithm>
#include <array>
#include <render/dates.hpp>
#include <render/identity_layout.hpp>
#include <render/text_metrics.hpp>

namespace sopctl::render {

namespace {

// The identity sheet's type and sizes, as sop.html.mustache sets them (CSS
// pixels): body text 11/14, the government 15/20 and the office 17/22 bold,
// Nama SOP 13/17 bold; the kop's columns 42%, 17% and 41% of the table.
constexpr double font_px = 11;
constexpr double line_px = 14;
constexpr double office_share = 0.42;
constexpr double label_share = 0.17;
constexpr double value_share = 0.41;
constexpr double office_padding = 10;
constexpr double logo_height = 84 + 8;
constexpr double mm = 96 / 25.4;
constexpr double signature_room = 28 * mm;
constexpr double paraf_width = 50 * mm;
constexpr double paraf_gap = 4 * mm;
constexpr double mark_height = 31;  // a KONSEP, DIGANTIKAN or DICABUT label and its margin
constexpr double boxes_margin = 10; // above the boxes
constexpr double box_least = 40;    // a box's row, at least
constexpr double list_indent = 18;  // a list's items, from the box's edge

// Wrapped lines of `text` in `width` pixels of room, as the procedure
// table estimates them: text assumed a little wider than measured.
int lines_of(std::string_view text,
             double width,
             double font,
             const PageSettings& s,
             bool bold = false)
{
  return count_lines(trim_end(text), width / s.width_safety, font, bold);
}

// A cell of `lines` lines of `line` pixels, with its padding and rule.
double cell(double lines_height, const PageSettings& s)
{
  return lines_height + 2 * s.padding_y + s.border;
}

// The inside of a column `share` of the page wide.
double inside(double share, const PageSettings& s)
{
  return share * s.width - 2 * s.padding_x - s.border;
}

// A row of the kop's right side: its label and its value.
double kop_row(std::string_view label, std::string_view value, const PageSettings& s)
{
  int lines = std::max(lines_of(label, inside(label_share, s), font_px, s, true),
                       lines_of(value, inside(value_share, s), font_px, s));
  return cell(lines * line_px, s);
}

// The Disahkan oleh row: the position, the room to sign, the name, rank and
// NIP, beside the paraf box when there is one.
double signer_row(const Approval& approval, const PageSettings& s)
{
  auto dash = [](const std::string& text) { return text.empty() ? std::string("-") : text; };
  double width = inside(value_share, s);
  double paraf = 0;
  if (approval.paraf) {
    width -= paraf_width + paraf_gap;
    // Heading, Jabatan, Tanggal (10/13 with 2 px padding) and 12 mm for the
    // initials.
    double key = 14 * mm;
    int position = count_lines(approval.paraf->position, paraf_width - key - 10, 10);
    paraf = 1 + 3 * (13 + 4 + 1) + (std::max(position, 1) - 1) * 13 + 12 * mm + 1;
  }
  const auto& signer = approval.signer;
  int lines = lines_of(dash(signer.position), width, font_px, s) +
              lines_of(dash(signer.name), width, font_px, s, true) +
              lines_of(dash(signer.rank), width, font_px, s) +
              lines_of("NIP. " + dash(signer.nip), width, font_px, s);
  return cell(std::max(lines * line_px + signature_room, paraf), s);
}

// The office cell of the kop, spanning the rows beside it.
double office_cell(const model::Office& office, bool has_logo, const PageSettings& s)
{
  double width = office_share * s.width - 2 * office_padding - s.border;
  double height = 2 * office_padding + s.border + (has_logo ? logo_height : 0);
  if (!office.government.empty()) {
    height += lines_of(office.government, width, 15, s, true) * 20;
  }
  height += 8 + (office.name.empty() ? 0 : lines_of(office.name, width, 17, s, true) * 22);
  auto address = office.address;
  if (!office.phone.empty()) {
    address += " Telp. " + office.phone;
  }
  if (!office.fax.empty()) {
    address += " Fax " + office.fax;
  }
  for (const std::string* text : std::array<const std::string*, 2>{&address, &office.city}) {
    if (!text->empty()) {
      height += lines_of(*text, width, font_px, s) * line_px;
    }
  }
  return height;
}

// Nama SOP's row: the name in 13/17 bold.
double name_row(const model::Sop& sop, const PageSettings& s)
{
  int lines = lines_of(sop.name.empty() ? "-" : sop.name, inside(value_share, s), 13, s, true);
  return cell(std::max(lines * 17.0, line_px), s);
}

// The marks above the identity table and the table itself.
double identity_height(const model::Sop& sop,
                       const Approval& approval,
                       bool has_logo,
                       const PageSettings& s)
{
  double marks = 0;
  marks += approval.konsep ? mark_height : 0;
  marks += approval.superseded ? mark_height : 0;
  if (approval.revoked) {
    marks += mark_height;
    if (!approval.revoked->reason.empty()) {
      marks += lines_of("Alasan: " + approval.revoked->reason, s.width, 12, s) * line_px + 4;
    }
  }
  std::string revised = indonesian_date(approval.revised_date);
  if (approval.version > 1) {
    revised += " (revisi ke-" + std::to_string(approval.version - 1) + ", versi " +
               std::to_string(approval.version) + ")";
  }
  std::string approved = indonesian_date(approval.approved_date);
  if (!approval.approved_by.empty()) {
    approved += " (oleh " + approval.approved_by + ")";
  }
  double rows = kop_row("Nomor SOP", sop.number.empty() ? "-" : sop.number, s) +
                kop_row("Tgl Pembuatan", indonesian_date(approval.created_date), s) +
                kop_row("Tgl Revisi", revised, s) + kop_row("Tgl Pengesahan", approved, s) +
                signer_row(approval, s) + name_row(sop, s);
  if (!sop.dates.effective.empty()) {
    rows += kop_row("Tgl Efektif", indonesian_date(sop.dates.effective), s);
  }
  return marks + s.border + std::max(rows, office_cell(sop.office, has_logo, s));
}

// A continuation sheet's heading: the caption, then the kop's government
// and office beside Nomor SOP and Nama SOP.
double continuation_height(const model::Sop& sop, const PageSettings& s)
{
  double caption =
    lines_of("Identitas SOP (lanjutan) [DIGANTIKAN]", s.width, s.caption_font_px, s, true) *
      s.caption_line_px +
    6;
  double width = office_share * s.width - 2 * office_padding - s.border;
  double office = 2 * office_padding + s.border + 8;
  if (!sop.office.government.empty()) {
    office += lines_of(sop.office.government, width, 15, s, true) * 20;
  }
  if (!sop.office.name.empty()) {
    office += lines_of(sop.office.name, width, 17, s, true) * 22;
  }
  double rows = kop_row("Nomor SOP", sop.number.empty() ? "-" : sop.number, s) + name_row(sop, s);
  return caption + s.border + std::max(rows, office);
}

// The height of each item of box `side` of `pair` in its half of the table.
std::vector<double> item_heights(const std::vector<std::string>& items,
                                 BoxKind kind,
                                 const PageSettings& s)
{
  double width = s.width / 2 - 2 * s.padding_x - s.border;
  if (kind != BoxKind::text) {
    width -= list_indent;
  }
  std::vector<double> heights;
  for (const auto& item : items) {
    heights.push_back(lines_of(item, width, font_px, s) * line_px);
  }
  return heights;
}

double heading_row(BoxPair pair, const std::array<bool, 2>& continued, const PageSettings& s)
{
  int lines = 1;
  for (int side = 0; side < 2; ++side) {
    std::string heading = box_heading(pair, side);
    if (continued[side]) {
      heading += " (lanjutan)";
    }
    lines = std::max(lines,
                     lines_of(heading, s.width / 2 - 2 * s.padding_x - s.border, font_px, s, true));
  }
  return cell(lines * line_px, s);
}

} // namespace

const char* box_heading(BoxPair pair, int side)
{
  switch (pair) {
    case BoxPair::legal_qualifications:
      return side == 0 ? "Dasar Hukum" : "Kualifikasi Pelaksana";
    case BoxPair::related_equipment:
      return side == 0 ? "Keterkaitan" : "Peralatan/Perlengkapan";
    case BoxPair::warning_records:
      break;
  }
  return side == 0 ? "Peringatan" : "Pencatatan dan Pendataan";
}

BoxKind box_kind(BoxPair pair, int side)
{
  (void)side;
  switch (pair) {
    case BoxPair::legal_qualifications:
      return BoxKind::numbered;
    case BoxPair::related_equipment:
      return BoxKind::bulleted;
    case BoxPair::warning_records:
      break;
  }
  return BoxKind::text;
}

std::vector<std::string> box_items(const model::Sop& sop, BoxPair pair, int side)
{
  switch (pair) {
    case BoxPair::legal_qualifications:
      return side == 0 ? sop.legal_basis : sop.qualifications;
    case BoxPair::related_equipment:
      return side == 0 ? sop.related : sop.equipment;
    case BoxPair::warning_records:
      break;
  }
  auto text = trim_end(side == 0 ? sop.warning : sop.records);
  std::vector<std::string> lines;
  if (text.find_first_not_of(" \n\r\t") == std::string_view::npos) {
    return lines;
  }
  size_t start = 0;
  for (size_t end = text.find('\n'); end != std::string_view::npos;
       start = end + 1, end = text.find('\n', start)) {
    lines.emplace_back(text.substr(start, end - start));
  }
  lines.emplace_back(text.substr(start));
  return lines;
}

IdentityLayout lay_out_identity(const model::Sop& sop,
                                const Approval& approval,
                                bool has_logo,
                                const PageSettings& s)
{
  IdentityLayout layout;
  layout.identity_height = identity_height(sop, approval, has_logo, s);
  layout.continuation_height = continuation_height(sop, s);
  layout.room = s.height - identity_page_safety;
  layout.sheets.emplace_back();
  // What is left of the current sheet, below what it already holds.
  double left = layout.room - layout.identity_height - boxes_margin - s.border;
  auto new_sheet = [&] {
    layout.sheets.emplace_back();
    left = layout.room - layout.continuation_height - boxes_margin - s.border;
  };
  for (auto pair : box_pairs) {
    std::array<std::vector<double>, 2> heights;
    std::array<size_t, 2> next{0, 0};
    for (int side = 0; side < 2; ++side) {
      heights[side] = item_heights(box_items(sop, pair, side), box_kind(pair, side), s);
    }
    auto done = [&](int side) { return next[side] >= heights[side].size(); };
    while (true) {
      std::array<bool, 2> continued{next[0] > 0 && !done(0), next[1] > 0 && !done(1)};
      double heading = heading_row(pair, continued, s);
      double room = left - heading - cell(0, s);
      PairPart part;
      part.pair = pair;
      double tallest = 0;
      for (int side = 0; side < 2; ++side) {
        auto& box = part.boxes[side];
        box.first = next[side];
        box.continued = continued[side];
        double used = 0;
        while (!done(side) && used + heights[side][next[side]] <= room) {
          used += heights[side][next[side]++];
          ++box.count;
        }
        tallest = std::max(tallest, used);
      }
      bool placed = part.boxes[0].count + part.boxes[1].count > 0;
      bool empty_pair = heights[0].empty() && heights[1].empty();
      bool fits = placed || (empty_pair && heading + box_least <= left);
      bool fresh = layout.sheets.size() > 1 && layout.sheets.back().pairs.empty();
      if (!fits && !fresh) {
        // Nothing of the pair fits under what the sheet holds: the pair
        // starts on a new sheet, its heading with it.
        new_sheet();
        continue;
      }
      if (!fits) {
        // Even an empty sheet cannot hold the next item: it is printed
        // alone on its sheet, and the browser breaks it.
        for (int side = 0; side < 2; ++side) {
          if (!done(side)) {
            tallest = std::max(tallest, heights[side][next[side]++]);
            ++part.boxes[side].count;
          }
        }
      }
      part.height = std::max(box_least, cell(tallest, s));
      left -= heading + part.height;
      layout.sheets.back().pairs.push_back(part);
      if (done(0) && done(1)) {
        break;
      }
      new_sheet();
    }
  }
  return layout;
}

} // namespace sopctl::render
