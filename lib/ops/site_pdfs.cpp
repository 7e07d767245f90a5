#include <algorithm>
#include <future>
#include <i18n/tr.hpp>
#include <model/errors.hpp>
#include <mutex>
#include <ops/site_pdfs.hpp>
#include <render/pdf_pages.hpp>
#include <render/pdf_split.hpp>

namespace sopctl::ops {

namespace {

// The documents [first, last) printed as one batch and cut apart.
void print_batch(const std::vector<render::BatchDocument>& documents,
                 size_t first,
                 size_t last,
                 const PdfPrinter& print,
                 std::vector<std::string>& pdfs,
                 PdfTally& tally,
                 std::mutex& counting)
{
  std::vector<render::BatchDocument> batch(documents.begin() + first, documents.begin() + last);
  if (batch.size() == 1) {
    pdfs[first] = print(batch[0].html);
    std::lock_guard lock(counting);
    ++tally.prints;
    ++tally.alone;
    return;
  }
  auto pdf = print(render::print_batch_html(batch));
  auto pages = render::read_pdf_pages(pdf);
  std::vector<int> starts;
  for (size_t i = 0; i < batch.size(); ++i) {
    auto anchor = render::batch_anchor(i);
    if (!pages || !pages->destinations.contains(anchor)) {
      throw model::Error(
        trf("the PDF Chromium printed does not say on which page document {} of the batch starts "
            "(no destination \"{}\"), so it cannot be cut into one PDF per SOP",
            i + 1,
            anchor));
    }
    starts.push_back(pages->destinations.at(anchor));
  }
  int cut = 0;
  int alone = 0;
  for (size_t i = 0; i < batch.size(); ++i) {
    int end = i + 1 < batch.size() ? starts[i + 1] - 1 : pages->count;
    auto part = render::pdf_page_range(pdf, starts[i], end);
    if (part) {
      pdfs[first + i] = std::move(*part);
      ++cut;
    } else {
      pdfs[first + i] = print(batch[i].html);
      ++alone;
    }
  }
  std::lock_guard lock(counting);
  tally.prints += 1 + alone;
  tally.cut += cut;
  tally.alone += alone;
}

} // namespace

std::vector<std::string> print_documents(const std::vector<render::BatchDocument>& documents,
                                         const PdfPrinter& print,
                                         PdfTally& tally,
                                         size_t batch_size,
                                         size_t at_once)
{
  std::vector<std::string> pdfs(documents.size());
  batch_size = std::max<size_t>(batch_size, 1);
  at_once = std::max<size_t>(at_once, 1);
  // Batches of even size: 60 documents in two runs of 30, not 50 and 10.
  size_t batches = (documents.size() + batch_size - 1) / batch_size;
  batches = std::max(batches, std::min(at_once, documents.size()));
  std::mutex counting;
  std::vector<std::future<void>> running;
  for (size_t b = 0; b < batches; ++b) {
    size_t first = documents.size() * b / batches;
    size_t last = documents.size() * (b + 1) / batches;
    if (running.size() == at_once) {
      running.front().get();
      running.erase(running.begin());
    }
    running.push_back(std::async(std::launch::async, [&, first, last] {
      print_batch(documents, first, last, print, pdfs, tally, counting);
    }));
  }
  // get() rethrows a failed batch's error; the others are still waited
  // for, by their futures' destructors.
  for (auto& batch : running) {
    batch.get();
  }
  return pdfs;
}

} // namespace sopctl::ops
