#pragma once

#include <functional>
#include <render/print_batch.hpp>
#include <string>
#include <vector>

namespace sopctl::ops {

// Prints HTML to PDF (one Chromium run): process::print_to_pdf, or a fake
// in tests.
using PdfPrinter = std::function<std::string(const std::string& html)>;

// How the site's PDFs were made, for `site build` to say and the benchmark
// to show.
struct PdfTally
{
  int prints = 0; // Chromium runs
  int cut = 0;    // PDFs cut from a batch
  int alone = 0;  // printed on their own (a batch could not be cut there)
};

// The PDF of each of `documents`, in order, as `render --format pdf` prints
// it, without a Chromium run for each: the documents are bound `batch_size`
// at a time into one page (render::print_batch_html), each batch printed
// once, `at_once` batches at the same time, and cut where the PDF's
// destinations say each document starts (render::pdf_page_range). A
// document the cut cannot take out whole is printed on its own. The
// defaults were measured with bench_site on two cores (README
// "Benchmarks"): 212 PDFs took 11-18 s as two runs of 106 at once, 15-20 s
// as one run, 15-25 s as five runs of about 42, two at once; Chromium's
// start (about a second) is paid per run, and two runs use both cores. Throws
// model::Error when a printed batch does not say where a document starts.
std::vector<std::string> print_documents(const std::vector<render::BatchDocument>& documents,
                                         const PdfPrinter& print,
                                         PdfTally& tally,
                                         size_t batch_size = 120,
                                         size_t at_once = 2);

} // namespace sopctl::ops
