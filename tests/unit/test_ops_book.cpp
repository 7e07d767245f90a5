// Printing the Buku SOP (issue 13): once when the PDF shows every SOP where
// the layout estimated it, twice (with the pages found) when it does not,
// and a refusal when the PDF does not say, or the SOPs move again.
#include "pdf_fixtures.hpp"

#include <doctest/doctest.h>
#include <model/errors.hpp>
#include <ops/book.hpp>
#include <store/templates.hpp>

using namespace sopctl;

namespace {

std::vector<render::BookSop> three_sops()
{
  std::vector<render::BookSop> sops;
  for (int pages : {2, 3, 2}) {
    render::BookSop sop;
    sop.name = "SOP";
    sop.number = "-";
    sop.version = "1";
    sop.sheets.pages = pages;
    sop.document = "<html><body><section class=\"sheet\">x</section></body></html>";
    sops.push_back(sop);
  }
  return sops;
}

// A printer that puts the SOPs on `starts`, and records the table of
// contents' page numbers it was given.
struct FakePrinter
{
  explicit FakePrinter(std::vector<std::vector<int>> starts_each_print)
    : starts(std::move(starts_each_print))
  {}

  std::vector<std::vector<int>> starts;
  std::vector<std::string> pages_printed;
  int calls = 0;

  std::string operator()(const std::string& html)
  {
    // The numbers in the page column, in order.
    std::string printed;
    std::string cell = "<td class=\"page\">";
    for (auto at = html.find(cell); at != std::string::npos; at = html.find(cell, at + 1)) {
      auto start = at + cell.size();
      printed += html.substr(start, html.find('<', start) - start) + " ";
    }
    pages_printed.push_back(printed);
    const auto& now = starts[std::min<size_t>(calls++, starts.size() - 1)];
    std::map<std::string, int> destinations;
    for (size_t i = 0; i < now.size(); ++i) {
      destinations["sop-" + std::to_string(i + 1)] = now[i];
    }
    return test::skia_like_pdf(now.back() + 2, destinations);
  }
};

std::string book_template()
{
  return store::load_template("/nonexistent", render::book_html_template);
}

} // namespace

TEST_SUITE("ops::book")
{
  TEST_CASE("the book is printed once when every SOP starts where the layout estimated")
  {
    FakePrinter printer({{3, 5, 8}});
    auto book = ops::print_book({}, three_sops(), book_template(), std::ref(printer));
    CHECK(book.prints == 1);
    CHECK(book.start_pages == std::vector<int>{3, 5, 8});
    CHECK(printer.pages_printed == std::vector<std::string>{"3 5 8 "});
  }

  TEST_CASE("an SOP that starts elsewhere makes a second print with the pages found")
  {
    // The second SOP ran onto one more page than estimated.
    FakePrinter printer({{3, 5, 9}});
    auto book = ops::print_book({}, three_sops(), book_template(), std::ref(printer));
    CHECK(book.prints == 2);
    CHECK(book.start_pages == std::vector<int>{3, 5, 9});
    CHECK(printer.pages_printed == std::vector<std::string>{"3 5 8 ", "3 5 9 "});
  }

  TEST_CASE("SOPs that move again, or a PDF without the destinations, are refused")
  {
    FakePrinter moving({{3, 5, 9}, {3, 6, 10}});
    CHECK_THROWS_WITH_AS(
      ops::print_book({}, three_sops(), book_template(), std::ref(moving)),
      "SOP 2 of the book started on page 5, then on page 6 when the book was printed again; the "
      "table of contents cannot be numbered",
      model::Error);
    auto no_destinations = [](const std::string&) { return test::skia_like_pdf(9, {}); };
    CHECK_THROWS_WITH_AS(
      ops::print_book({}, three_sops(), book_template(), no_destinations),
      "the PDF Chromium printed does not say on which page SOP 1 of the book starts (no "
      "destination \"sop-1\"), so the table of contents cannot be numbered; keep each SOP's id "
      "and the link to it in your copy of book.html.mustache",
      model::Error);
  }
}
