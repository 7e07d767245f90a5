// Reading where each named destination of a printed PDF is (issue 13, the
// book's table of contents): the pages of Skia's /Pages tree in order, the
// catalogue's /Dests, and nothing when the file is not laid out so.
#include "pdf_fixtures.hpp"

#include <doctest/doctest.h>
#include <render/pdf_pages.hpp>

using namespace sopctl;

TEST_SUITE("render::pdf_pages")
{
  TEST_CASE("destinations are found on their pages through a tree of page nodes")
  {
    // 20 pages under three nodes of 8, 8 and 4, under a root.
    auto pdf = test::skia_like_pdf(20, {{"sop-1", 3}, {"sop-2", 9}, {"sop-3", 20}});
    auto pages = render::read_pdf_pages(pdf);
    REQUIRE(pages);
    CHECK(pages->count == 20);
    CHECK(pages->destinations.size() == 3);
    CHECK(pages->destinations.at("sop-1") == 3);
    CHECK(pages->destinations.at("sop-2") == 9);
    CHECK(pages->destinations.at("sop-3") == 20);
  }

  TEST_CASE("a /Dests dictionary inside the catalogue is read too")
  {
    auto pdf = test::skia_like_pdf(4, {{"sop-1", 2}, {"sop-2", 4}}, 8, true);
    auto pages = render::read_pdf_pages(pdf);
    REQUIRE(pages);
    CHECK(pages->count == 4);
    CHECK(pages->destinations.at("sop-1") == 2);
    CHECK(pages->destinations.at("sop-2") == 4);
  }

  TEST_CASE("a single page under the root, with no destination")
  {
    auto pages = render::read_pdf_pages(test::skia_like_pdf(1, {}));
    REQUIRE(pages);
    CHECK(pages->count == 1);
    CHECK(pages->destinations.empty());
  }

  TEST_CASE("what is not a PDF with a cross-reference table gives nothing")
  {
    CHECK_FALSE(render::read_pdf_pages(""));
    CHECK_FALSE(render::read_pdf_pages("%PDF-1.4\nnot really\n"));
    auto pdf = test::skia_like_pdf(3, {{"sop-1", 2}});
    // The table's offset pointing elsewhere.
    auto cut = pdf.substr(0, pdf.rfind("startxref")) + "startxref\n5\n%%EOF";
    CHECK_FALSE(render::read_pdf_pages(cut));
  }
}
