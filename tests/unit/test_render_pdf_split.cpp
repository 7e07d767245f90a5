// render::pdf_page_range: a range of a printed PDF's pages as a PDF of their
// own (issue 14: each SOP's PDF cut from one print of them all).
#include <doctest/doctest.h>
#include <render/pdf_pages.hpp>
#include <render/pdf_split.hpp>
#include <string>
#include <vector>

using namespace sopctl;
using namespace std::string_literals;

namespace {

// A PDF laid out as Chromium writes one: three pages sharing a font, each
// with its own content stream (whose bytes hold what looks like PDF syntax),
// a link on page 1 to page 3, and a structure tree pointing at the pages.
// With `cross_page`, page 2's resources name page 1 directly.
std::string three_pages(bool cross_page = false)
{
  std::vector<std::string> objects(14);
  // 1: catalogue, 2: pages, 3-5: pages, 6-8: contents, 9: font, 10: its
  // descriptor, 11: a link annotation, 12: the structure tree, 13: info.
  objects[1] = "<</Type /Catalog /Pages 2 0 R /StructTreeRoot 12 0 R>>";
  objects[2] = "<</Type /Pages /Count 3 /Kids [3 0 R 4 0 R 5 0 R]>>";
  for (int page = 0; page < 3; ++page) {
    std::string extra = page == 0 ? " /Annots [11 0 R]" : "";
    if (cross_page && page == 1) {
      extra = " /Thumb 3 0 R";
    }
    objects[3 + page] = "<</Type /Page /Resources <</Font <</F1 9 0 R>>>> /MediaBox [0 0 842 595] "
                        "/Contents " +
                        std::to_string(6 + page) + " 0 R /StructParents " + std::to_string(page) +
                        extra + " /Parent 2 0 R>>";
    std::string data =
      "BT /F1 12 Tf (page " + std::to_string(page + 1) + ") Tj ET 5 0 R endobj\x00\xff"s;
    objects[6 + page] =
      "<</Length " + std::to_string(data.size()) + ">> stream\n" + data + "\nendstream";
  }
  objects[9] =
    "<</Type /Font /Subtype /TrueType /BaseFont /AAAAAA+Liberation /FontDescriptor 10 0 R>>";
  objects[10] = "<</Type /FontDescriptor /FontName /AAAAAA+Liberation /Flags 6>>";
  objects[11] = "<</Type /Annot /Subtype /Link /Rect [0 0 10 10] /Dest [5 0 R /XYZ 0 0 0]>>";
  objects[12] = "<</Type /StructTreeRoot /K [3 0 R 4 0 R 5 0 R]>>";
  objects[13] = "<</Producer (Skia/PDF m156)>>";
  std::string pdf = "%PDF-1.4\n%\xd3\xeb\xe9\xe1\n";
  std::vector<size_t> offsets(14);
  // Written out of number order, as Skia does.
  for (int number : {13, 3, 6, 9, 10, 11, 4, 7, 5, 8, 2, 12, 1}) {
    offsets[number] = pdf.size();
    pdf += std::to_string(number) + " 0 obj\n" + objects[number] + "\nendobj\n";
  }
  size_t table = pdf.size();
  pdf += "xref\n0 14\n0000000000 65535 f \n";
  for (int number = 1; number < 14; ++number) {
    char entry[32];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offsets[number]);
    pdf += entry;
  }
  pdf += "trailer\n<</Size 14 /Root 1 0 R /Info 13 0 R>>\nstartxref\n" + std::to_string(table) +
         "\n%%EOF";
  return pdf;
}

} // namespace

TEST_SUITE("render::pdf_split")
{
  TEST_CASE("a range of pages is a PDF of those pages, their contents and fonts")
  {
    auto pdf = three_pages();
    auto part = render::pdf_page_range(pdf, 2, 3);
    REQUIRE(part);
    auto pages = render::read_pdf_pages(*part);
    REQUIRE(pages);
    CHECK(pages->count == 2);
    // Each page's stream is copied byte for byte, the other page's not.
    CHECK(part->find("(page 2) Tj ET 5 0 R endobj\x00\xff"s) != std::string::npos);
    CHECK(part->find("(page 3)") != std::string::npos);
    CHECK(part->find("(page 1)") == std::string::npos);
    // The shared font once, the link and the structure tree not at all.
    CHECK(part->find("/Type /Font ") == part->rfind("/Type /Font "));
    CHECK(part->find("/FontDescriptor") != std::string::npos);
    CHECK(part->find("/Annot") == std::string::npos);
    CHECK(part->find("StructTreeRoot") == std::string::npos);
  }

  TEST_CASE("a page with a link is cut without it, and the range may be one page")
  {
    auto part = render::pdf_page_range(three_pages(), 1, 1);
    REQUIRE(part);
    auto pages = render::read_pdf_pages(*part);
    REQUIRE(pages);
    CHECK(pages->count == 1);
    CHECK(part->find("(page 1)") != std::string::npos);
    CHECK(part->find("(page 3)") == std::string::npos);
    CHECK(part->find("/Annots") == std::string::npos);
  }

  TEST_CASE("the whole document cut is the same pages")
  {
    auto part = render::pdf_page_range(three_pages(), 1, 3);
    REQUIRE(part);
    CHECK(render::read_pdf_pages(*part)->count == 3);
  }

  TEST_CASE("a range not in the document, or not a PDF, is refused")
  {
    auto pdf = three_pages();
    CHECK_FALSE(render::pdf_page_range(pdf, 0, 1));
    CHECK_FALSE(render::pdf_page_range(pdf, 3, 4));
    CHECK_FALSE(render::pdf_page_range(pdf, 3, 2));
    CHECK_FALSE(render::pdf_page_range("not a pdf", 1, 1));
  }

  TEST_CASE("a page that refers to a page outside the range is refused, not half cut")
  {
    auto pdf = three_pages(true);
    CHECK_FALSE(render::pdf_page_range(pdf, 2, 2));
    CHECK(render::pdf_page_range(pdf, 1, 2));
  }
}
