// ops::print_documents: the site's PDFs printed a batch per Chromium run and
// cut apart where the PDF's destinations say each document starts (issue
// 14), with a fake printer standing in for Chromium.
#include "pdf_fixtures.hpp"

#include <doctest/doctest.h>
#include <model/errors.hpp>
#include <mutex>
#include <ops/site_pdfs.hpp>
#include <render/pdf_pages.hpp>

using namespace sopctl;

namespace {

std::vector<render::BatchDocument> documents(int count)
{
  std::vector<render::BatchDocument> list;
  for (int i = 0; i < count; ++i) {
    list.push_back({"<html><body><section class=\"sheet\">SOP " + std::to_string(i + 1) +
                      "</section></body></html>",
                    "A4"});
  }
  return list;
}

// A printer that gives each document of a batch `pages_each` pages and says
// where each starts, and counts what it was asked to print.
struct FakePrinter
{
  int pages_each = 2;
  bool name_destinations = true;
  std::mutex mutex;
  std::vector<int> batch_sizes; // documents per print, in order of the calls

  std::string operator()(const std::string& html)
  {
    int count = 0;
    for (auto at = html.find("<template"); at != std::string::npos;
         at = html.find("<template", at + 1)) {
      ++count;
    }
    {
      std::lock_guard lock(mutex);
      batch_sizes.push_back(count == 0 ? 1 : count);
    }
    if (count == 0) {
      return test::skia_like_pdf(pages_each, {});
    }
    std::map<std::string, int> destinations;
    for (int i = 0; name_destinations && i < count; ++i) {
      destinations["dokumen-" + std::to_string(i + 1)] = 1 + i * pages_each;
    }
    return test::skia_like_pdf(count * pages_each, destinations);
  }
};

} // namespace

TEST_SUITE("ops::site_pdfs")
{
  TEST_CASE("each document gets its own pages, from two runs that share the documents")
  {
    FakePrinter printer;
    ops::PdfTally tally;
    auto pdfs = ops::print_documents(documents(5), std::ref(printer), tally);
    REQUIRE(pdfs.size() == 5);
    for (const auto& pdf : pdfs) {
      auto pages = render::read_pdf_pages(pdf);
      REQUIRE(pages);
      CHECK(pages->count == 2);
    }
    std::sort(printer.batch_sizes.begin(), printer.batch_sizes.end());
    CHECK(printer.batch_sizes == std::vector<int>{2, 3});
    CHECK(tally.prints == 2);
    CHECK(tally.cut == 5);
    CHECK(tally.alone == 0);
  }

  TEST_CASE("batches are at most the batch size, and of even sizes")
  {
    FakePrinter printer;
    ops::PdfTally tally;
    auto pdfs = ops::print_documents(documents(25), std::ref(printer), tally, 10, 2);
    CHECK(pdfs.size() == 25);
    std::sort(printer.batch_sizes.begin(), printer.batch_sizes.end());
    CHECK(printer.batch_sizes == std::vector<int>{8, 8, 9});
    CHECK(tally.prints == 3);
  }

  TEST_CASE("one document is printed on its own, and nothing is printed for none")
  {
    FakePrinter printer;
    ops::PdfTally tally;
    CHECK(ops::print_documents({}, std::ref(printer), tally).empty());
    CHECK(printer.batch_sizes.empty());
    auto pdfs = ops::print_documents(documents(1), std::ref(printer), tally);
    REQUIRE(pdfs.size() == 1);
    CHECK(printer.batch_sizes == std::vector<int>{1});
    CHECK(tally.alone == 1);
  }

  TEST_CASE("a batch whose PDF does not say where a document starts is refused")
  {
    FakePrinter printer;
    printer.name_destinations = false;
    ops::PdfTally tally;
    CHECK_THROWS_WITH_AS(
      ops::print_documents(documents(4), std::ref(printer), tally),
      "the PDF Chromium printed does not say on which page document 1 of the batch starts (no "
      "destination \"dokumen-1\"), so it cannot be cut into one PDF per SOP",
      model::Error);
  }
}
