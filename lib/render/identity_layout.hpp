#pragma once

#include <array>
#include <model/sop.hpp>
#include <render/approval.hpp>
#include <render/table_layout.hpp>
#include <string>
#include <vector>

namespace sopctl::render {

// The identity sheet cut into printed sheets. The first holds the identity
// table (kop, Nomor SOP, dates, Disahkan oleh, Nama SOP) whole and as much of
// the three pairs of boxes under it as fits; what does not fit goes on
// continuation sheets, each headed by the SOP's number and name, cut only
// between the items of a list or the lines of a text, never inside one. As
// the procedure table, it is laid out here from the text estimates, so the
// page breaks are sopctl's, not the browser's.

// The pairs of boxes under the identity table, top to bottom.
enum class BoxPair
{
  legal_qualifications, // Dasar Hukum | Kualifikasi Pelaksana
  related_equipment,    // Keterkaitan | Peralatan/Perlengkapan
  warning_records,      // Peringatan | Pencatatan dan Pendataan
};

inline constexpr std::array<BoxPair, 3> box_pairs{BoxPair::legal_qualifications,
                                                  BoxPair::related_equipment,
                                                  BoxPair::warning_records};

// How a box prints its items.
enum class BoxKind
{
  numbered, // a numbered list (Dasar Hukum, Kualifikasi Pelaksana)
  bulleted, // a bulleted list (Keterkaitan, Peralatan/Perlengkapan)
  text,     // a text, its lines kept (Peringatan, Pencatatan dan Pendataan)
};

// The heading of box `side` (0 left, 1 right) of `pair`, as printed.
const char* box_heading(BoxPair pair, int side);

// How box `side` of `pair` prints.
BoxKind box_kind(BoxPair pair, int side);

// What box `side` of `pair` holds: the list's items, or the text's lines
// (its last line break taken off); empty when nothing is written.
std::vector<std::string> box_items(const model::Sop& sop, BoxPair pair, int side);

// The part of one box printed on one sheet: its items [first, first + count).
struct BoxPart
{
  size_t first = 0;
  size_t count = 0;
  bool continued = false; // it began on an earlier sheet and goes on here: "(lanjutan)"
};

// One pair of boxes on one sheet: the heading row, then one row holding the
// part of each box, `height` CSS pixels tall.
struct PairPart
{
  BoxPair pair = BoxPair::legal_qualifications;
  std::array<BoxPart, 2> boxes;
  double height = 0;
};

// One printed sheet of the identity: the first holds the identity table,
// the others the continuation heading; then the parts of the boxes.
struct IdentitySheet
{
  std::vector<PairPart> pairs;
};

// The identity sheet laid out, and the estimates it was cut by (CSS pixels).
struct IdentityLayout
{
  std::vector<IdentitySheet> sheets; // at least one
  double identity_height = 0;        // the identity table and the marks above it
  double continuation_height = 0;    // a continuation sheet's heading
  double room = 0;                   // a sheet's height less the safety margin
};

// Room kept free at the foot of each identity sheet for the estimates'
// errors (the browser test measures that each sheet fits its page).
inline constexpr double identity_page_safety = 8;

// Lays out `sop`'s identity on sheets of `settings`' paper, for the approval
// it is printed with and with or without a logo in the kop.
IdentityLayout lay_out_identity(const model::Sop& sop,
                                const Approval& approval,
                                bool has_logo,
                                const PageSettings& settings);

} // namespace sopctl::render
