// The Buku SOP (issue 13): the sheets each SOP prints on, the table of
// contents cut into pages, the page each SOP is estimated to start on, and
// the book's page binding each SOP's own page in a shadow root.
#include "render_fixtures.hpp"

#include <doctest/doctest.h>
#include <model/errors.hpp>
#include <render/book.hpp>
#include <render/flowchart_layout.hpp>
#include <render/sop_document.hpp>
#include <store/templates.hpp>

using namespace sopctl;

namespace {

render::BookSop entry(std::string name, int pages, std::string paper = "A4")
{
  render::BookSop sop;
  sop.number = "01/SOP/2026";
  sop.name = std::move(name);
  sop.version = "1";
  sop.sheets = {std::move(paper), pages};
  sop.document = "<!DOCTYPE html><html><head><style>.sheet { width: 10px; }</style></head>"
                 "<BODY class=\"x\"><section class=\"sheet\">" +
                 sop.name + "</section></body></html>";
  return sop;
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

TEST_SUITE("render::book")
{
  TEST_CASE("an SOP's sheets are its identity page and each page of its table")
  {
    auto seed = test::seed();
    auto sheets = render::sop_sheets(seed);
    CHECK(sheets.paper == "A4");
    CHECK(sheets.pages == 1 + static_cast<int>(render::lay_out_flowchart(seed).table.pages.size()));
    CHECK(sheets.pages == 2); // as the browser test prints the seed
    CHECK(render::sop_sheets(test::thirty_steps()).pages == 4);
    auto twelve = render::sop_sheets(test::fixture_sop("render/dpmptsp-imb-12-pelaksana.yaml"));
    CHECK(twelve.paper == "A3");
  }

  TEST_CASE("the table of contents takes as many pages as its rows need")
  {
    std::vector<render::BookSop> few{entry("Satu", 2), entry("Dua", 3)};
    CHECK(render::contents_pages(few) == std::vector<std::vector<size_t>>{{0, 1}});
    std::vector<render::BookSop> many;
    for (int i = 0; i < 60; ++i) {
      many.push_back(entry("SOP " + std::to_string(i), 2));
    }
    auto pages = render::contents_pages(many);
    REQUIRE(pages.size() >= 2);
    size_t listed = 0;
    for (const auto& page : pages) {
      listed += page.size();
    }
    CHECK(listed == 60);
    CHECK(pages[1].front() == pages[0].back() + 1);
    // Names that wrap onto three lines take more room: fewer rows a page.
    std::vector<render::BookSop> long_names;
    for (int i = 0; i < 60; ++i) {
      long_names.push_back(entry(std::string(200, 'x').replace(10, 1, " ").replace(80, 1, " "), 2));
    }
    CHECK(render::contents_pages(long_names).front().size() < pages.front().size());
  }

  TEST_CASE("each SOP starts after the cover, the contents and the SOPs before it")
  {
    std::vector<render::BookSop> sops{entry("Satu", 2), entry("Dua", 5, "A3"), entry("Tiga", 3)};
    CHECK(render::estimated_start_pages(sops) == std::vector<int>{3, 5, 10});
    CHECK(render::estimated_start_pages({}).empty());
  }

  TEST_CASE("the book binds each SOP's style and body in a shadow root, linked from its entry")
  {
    std::vector<render::BookSop> sops{entry("Satu <b>", 2), entry("Dua", 5, "A3")};
    model::Office office;
    office.government = "PEMERINTAH KOTA SIBOLGA";
    office.name = "DINAS & CONTOH";
    auto html = render::book_html({office, "2026", ""},
                                  sops,
                                  {3, 5},
                                  store::load_template("/nonexistent", render::book_html_template));
    CHECK(html.find("BUKU STANDAR OPERASIONAL PROSEDUR") != std::string::npos);
    CHECK(html.find("TAHUN 2026") != std::string::npos);
    CHECK(html.find("DINAS &amp; CONTOH") != std::string::npos);
    CHECK(html.find("DAFTAR ISI") != std::string::npos);
    CHECK(html.find("<a href=\"#sop-1\">Satu &lt;b&gt;</a></td><td class=\"version\">1</td><td "
                    "class=\"page\">3</td>") != std::string::npos);
    CHECK(html.find("<td class=\"page\">5</td>") != std::string::npos);
    CHECK(count(html, "<template shadowrootmode=\"open\">") == 2);
    CHECK(html.find("<div class=\"sop paper-A4\" id=\"sop-1\">") != std::string::npos);
    CHECK(html.find("<div class=\"sop paper-A3\" id=\"sop-2\">") != std::string::npos);
    CHECK(html.find("<style>.sheet { width: 10px; }</style>") != std::string::npos);
    // The SOP's body as its own page made it (already escaped there).
    CHECK(html.find("<section class=\"sheet\">Satu <b></section>") != std::string::npos);
    CHECK(html.find("<BODY") == std::string::npos);
  }

  TEST_CASE("a page without a body is refused, naming the SOP template")
  {
    CHECK_THROWS_WITH_AS(render::page_parts("<html><p>x</p></html>", render::sop_html_template),
                         "template sop.html.mustache: the page has no <body> ... </body>, which "
                         "the book binds; keep them in your copy",
                         model::Error);
    auto parts =
      render::page_parts("<style>a{}</style><Style media=print>b{}</STYLE><body>x</body>", "t");
    CHECK(parts.style == "a{}b{}");
    CHECK(parts.body == "x");
  }
}
