// Benchmark of `sopctl render book --format pdf` (issue 13): the Buku SOP of
// N SOPs in force printed in one Chromium run, beside N separate `sopctl
// render SOP --format pdf` runs (or the first K of them, the total
// extrapolated to N, as the table says). The SOPs are the 17 SOP files of
// the source tree (the seed, the 30-step SOP, the twelve-performer IMB on
// A3, the 14 real SOPs of tests/fixtures/real) cycled to N, each renamed
// and signed. Prints figures, medians and ratios; asserts nothing (see
// README "Benchmarks").
//
//   bench_book SOPCTL [--count 50] [--runs 3] [--separate 5] [--dir DIR]
#include "bench_documents.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

using namespace bench;

int main(int argc, char** argv)
{
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: bench_book SOPCTL [--count 50] [--runs 3] [--separate 5] [--dir DIR]\n");
    return 2;
  }
  std::string sopctl = fs::absolute(argv[1]).string();
  int count = 50;
  int runs = 3;
  int separate = 5;
  fs::path dir = fs::temp_directory_path() / "sopctl-bench-book";
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string option = argv[i];
    if (option == "--count") {
      count = std::atoi(argv[i + 1]);
    } else if (option == "--runs") {
      runs = std::atoi(argv[i + 1]);
    } else if (option == "--separate") {
      separate = std::atoi(argv[i + 1]);
    } else if (option == "--dir") {
      dir = argv[i + 1];
    }
  }
  separate = std::min(separate, count);
  fs::remove_all(dir);
  fs::create_directories(dir);
  if (run(dir, {sopctl, "init"}).second != 0) {
    std::fprintf(stderr, "sopctl init failed in %s\n", dir.c_str());
    return 1;
  }
  auto sources = source_sops();
  std::vector<std::string> ids;
  for (int i = 0; i < count; ++i) {
    auto id = fmt::format("sop-{:02}", i + 1);
    std::ofstream(dir / "sops" / (id + ".yaml"), std::ios::binary)
      << signed_copy(read(sources[i % sources.size()]), i + 1, 2);
    ids.push_back(id);
  }

  std::vector<double> book;
  for (int r = 0; r < runs; ++r) {
    auto [ms, code] = run(dir, {sopctl, "render", "book", "--format", "pdf", "-o", "book.pdf"});
    if (code != 0) {
      std::fprintf(stderr, "render book failed (exit %d)\n", code);
      return 1;
    }
    book.push_back(ms);
  }
  auto pdf = read(dir / "book.pdf");
  size_t pages = 0;
  for (auto at = pdf.find("/Type /Page\n"); at != std::string::npos;
       at = pdf.find("/Type /Page\n", at + 1)) {
    ++pages;
  }
  std::vector<double> single;
  for (int i = 0; i < separate; ++i) {
    auto [ms, code] =
      run(dir, {sopctl, "render", ids[i], "--format", "pdf", "-o", fmt::format("{}.pdf", ids[i])});
    if (code != 0) {
      std::fprintf(stderr, "render %s failed (exit %d)\n", ids[i].c_str(), code);
      return 1;
    }
    single.push_back(ms);
  }
  double one = median(single);
  double sum = 0;
  for (double ms : single) {
    sum += ms;
  }
  double separate_total = separate == count ? sum : one * count;
  double book_ms = median(book);
  fmt::print("SOPs in force: {}; the book: {} pages, {:.1f} MB\n", count, pages, pdf.size() / 1e6);
  fmt::print("| N | book, one Chromium run (median of {}) | one SOP alone (median of {}) | {} "
             "separate runs{} | separate / book |\n",
             runs,
             separate,
             count,
             separate == count ? "" : fmt::format(" (median x {}, extrapolated)", count));
  fmt::print("|---|---|---|---|---|\n");
  fmt::print("| {} | {:.2f} s | {:.2f} s | {:.1f} s | {:.1f} |\n",
             count,
             book_ms / 1000,
             one / 1000,
             separate_total / 1000,
             separate_total / book_ms);
  fmt::print("book runs: ");
  for (double ms : book) {
    fmt::print("{:.2f} s ", ms / 1000);
  }
  fmt::print("\nseparate runs: ");
  for (double ms : single) {
    fmt::print("{:.2f} s ", ms / 1000);
  }
  fmt::print("\n");
  return 0;
}
