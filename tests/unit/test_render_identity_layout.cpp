// The identity sheet longer than a page (issue 9, section 6): the boxes cut
// between sheets, never inside an item; each continuation sheet headed and
// its boxes marked "(lanjutan)"; the identity table and its signature whole
// on the first sheet.
#include "render_fixtures.hpp"

#include <doctest/doctest.h>
#include <render/book.hpp>
#include <render/escape.hpp>
#include <render/identity_layout.hpp>
#include <render/sop_document.hpp>
#include <store/templates.hpp>

using namespace sopctl;

namespace {

render::PageSettings a4()
{
  return render::page_settings_for(5);
}

// Every item of every box printed once, in order, across the sheets; each
// sheet's estimated content within its room, but for a sheet holding one
// item alone when `alone_may_overflow` (an item longer than a sheet).
void check_whole(const model::Sop& sop,
                 const render::IdentityLayout& layout,
                 bool alone_may_overflow = false)
{
  const auto s = a4();
  for (auto pair : render::box_pairs) {
    for (int side = 0; side < 2; ++side) {
      CAPTURE(render::box_heading(pair, side));
      size_t next = 0;
      bool seen = false;
      for (const auto& sheet : layout.sheets) {
        for (const auto& part : sheet.pairs) {
          if (part.pair != pair) {
            continue;
          }
          const auto& box = part.boxes[side];
          CHECK(box.first == next);
          CHECK(box.continued == (box.first > 0 && box.count > 0));
          next += box.count;
          seen = true;
        }
      }
      CHECK(seen);
      CHECK(next == render::box_items(sop, pair, side).size());
    }
  }
  for (size_t i = 0; i < layout.sheets.size(); ++i) {
    CAPTURE(i);
    double used = i == 0 ? layout.identity_height : layout.continuation_height;
    size_t items = 0;
    for (const auto& part : layout.sheets[i].pairs) {
      used += part.height + 2 * s.line_px; // the heading row, one or two lines
      items += part.boxes[0].count + part.boxes[1].count;
    }
    if (!(alone_may_overflow && items == 1)) {
      CHECK(used <= s.height);
    }
  }
}

// An SOP with `count` items of Dasar Hukum, each `words` words long.
model::Sop with_legal_basis(size_t count, size_t words)
{
  auto sop = test::seed();
  sop.legal_basis.clear();
  for (size_t i = 0; i < count; ++i) {
    std::string item = "Peraturan Nomor " + std::to_string(i + 1);
    for (size_t w = 0; w < words; ++w) {
      item += " tentang";
    }
    sop.legal_basis.push_back(item);
  }
  return sop;
}

std::string html_of(const model::Sop& sop)
{
  render::Approval approval;
  approval.signer = sop.approver;
  auto text = store::load_template("/nonexistent", render::sop_html_template);
  return render::sop_html(sop, approval, "", text);
}

size_t count(const std::string& text, const std::string& part)
{
  size_t found = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
    ++found;
  }
  return found;
}

} // namespace

TEST_SUITE("render::identity_layout")
{
  TEST_CASE("the seed's identity is one sheet holding the three pairs of boxes whole")
  {
    auto sop = test::seed();
    auto layout = render::lay_out_identity(sop, {}, false, a4());
    REQUIRE(layout.sheets.size() == 1);
    CHECK(layout.sheets[0].pairs.size() == 3);
    check_whole(sop, layout);
  }

  TEST_CASE("every real SOP's identity is cut whole, the Kaltim narrative's over several sheets")
  {
    for (const auto& entry : std::filesystem::directory_iterator(test::fixture_path("real"))) {
      if (entry.path().extension() != ".yaml") {
        continue;
      }
      CAPTURE(entry.path().filename().string());
      auto sop = test::fixture_sop("real/" + entry.path().filename().string());
      auto layout = render::lay_out_identity(sop, {}, false, a4());
      check_whole(sop, layout);
      if (entry.path().stem() == "kaltim-ppid-uji-konsekuensi") {
        CHECK(sop.legal_basis.size() == 18);
        CHECK(sop.equipment.size() == 21);
        CHECK(layout.sheets.size() > 1);
        // Dasar Hukum goes on past the first sheet, marked as continued.
        REQUIRE(layout.sheets[1].pairs.size() >= 1);
        CHECK(layout.sheets[1].pairs[0].pair == render::BoxPair::legal_qualifications);
        CHECK(layout.sheets[1].pairs[0].boxes[0].continued);
      } else {
        CHECK(layout.sheets.size() == 1);
      }
    }
  }

  TEST_CASE("a pair that does not fit below what a sheet holds starts the next sheet whole")
  {
    // Enough Dasar Hukum to fill the first sheet to within a few lines, then
    // Keterkaitan long enough not to fit what is left.
    auto sop = with_legal_basis(20, 6);
    sop.related.assign(10, "SOP Terkait");
    auto layout = render::lay_out_identity(sop, {}, false, a4());
    check_whole(sop, layout);
    for (const auto& sheet : layout.sheets) {
      for (const auto& part : sheet.pairs) {
        // No pair is printed as a heading over empty boxes.
        bool empty = render::box_items(sop, part.pair, 0).empty() &&
                     render::box_items(sop, part.pair, 1).empty();
        CHECK((empty || part.boxes[0].count + part.boxes[1].count > 0));
      }
    }
  }

  TEST_CASE("a hundred items of Dasar Hukum go on over as many sheets as they need")
  {
    auto sop = with_legal_basis(100, 20);
    auto layout = render::lay_out_identity(sop, {}, false, a4());
    CHECK(layout.sheets.size() >= 4);
    check_whole(sop, layout);
    // The sheets count in the book's estimate of the SOP's pages.
    CHECK(
      render::sop_sheets(sop).pages ==
      static_cast<int>(layout.sheets.size() + render::lay_out_flowchart(sop).table.pages.size()));
  }

  TEST_CASE("an item longer than a whole sheet is printed alone on its sheet, and the rest goes on")
  {
    auto sop = with_legal_basis(3, 4);
    sop.legal_basis[1] = std::string(40000, 'x');
    auto layout = render::lay_out_identity(sop, {}, false, a4());
    check_whole(sop, layout, true);
    bool alone = false;
    for (const auto& sheet : layout.sheets) {
      for (const auto& part : sheet.pairs) {
        alone = alone || (part.boxes[0].first == 1 && part.boxes[0].count == 1);
      }
    }
    CHECK(alone);
  }

  TEST_CASE("the HTML prints a continuation sheet headed with the SOP, its lists going on")
  {
    auto sop = test::fixture_sop("real/kaltim-ppid-uji-konsekuensi.yaml");
    auto layout = render::lay_out_identity(sop, {}, false, a4());
    auto html = html_of(sop);
    CHECK(count(html, "<section class=\"sheet identity-sheet") == layout.sheets.size());
    CHECK(count(html, "Identitas SOP (lanjutan)") == layout.sheets.size() - 1);
    CHECK(count(html, "<th>Nomor SOP</th><td>SOP-PPID-03</td>") == layout.sheets.size());
    CHECK(count(html, "<th>Disahkan oleh</th>") == 1);
    CHECK(count(html, "Dasar Hukum (lanjutan)") == 1);
    const auto& go_on = layout.sheets[1].pairs[0].boxes[0];
    CHECK(count(html, "<ol start=\"" + std::to_string(go_on.first + 1) + "\">") == 1);
    // Each item once.
    for (const auto& item : sop.equipment) {
      CAPTURE(item);
      CHECK(count(html, "<li>" + render::html_escape(item) + "</li>") == 1);
    }
  }

  TEST_CASE("the seed's HTML is one identity sheet with every box and a dash for none")
  {
    auto sop = test::seed();
    sop.related.clear();
    auto html = html_of(sop);
    CHECK(count(html, "<section class=\"sheet identity-sheet") == 1);
    CHECK(count(html, "(lanjutan)</th>") == 0);
    CHECK(count(html, "<th>Keterkaitan</th><th>Peralatan/Perlengkapan</th>") == 1);
    // Keterkaitan has nothing written: "-"; Peralatan/Perlengkapan its list.
    CHECK(count(html, "<td>-</td><td><ul><li>") == 1);
  }
}
