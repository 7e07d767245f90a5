// Benchmark of `sopctl site build` (issue 14): the office's SOP site for N
// SOPs in force and M drafts, built into a new directory (every PDF
// printed), built again unchanged (every PDF kept from the previous build)
// and after one SOP changed; beside it, the reference of the same SOPs:
// `render book --format pdf` (all of them in one Chromium run) and separate
// `render SOP --format pdf` runs (the first K, extrapolated to N). The SOPs
// are the 17 SOP files of the source tree cycled to N, each renamed and
// signed (as bench_book makes them); the drafts are bench_overdue's. Prints
// figures, medians and ratios; asserts nothing (see README "Benchmarks").
//
//   bench_site SOPCTL [--sops 200] [--drafts 50] [--runs 3] [--separate 3] [--dir DIR]
#include "bench_documents.hpp"
#include "generate_drafts.hpp"

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

namespace {

const std::string as_of = "2026-11-24T10:00+07:00";

// `sopctl site build` into `out`; its time in ms, or exits on failure.
double build(const fs::path& dir, const std::string& sopctl, const std::string& out)
{
  auto [ms, code] = run(dir, {sopctl, "site", "build", "--out", out, "--at", as_of});
  if (code != 0) {
    std::fprintf(stderr, "site build --out %s failed (exit %d)\n", out.c_str(), code);
    std::exit(1);
  }
  return ms;
}

std::string seconds(const std::vector<double>& runs)
{
  std::string text;
  for (double ms : runs) {
    text += fmt::format("{:.2f} s ", ms / 1000);
  }
  return text;
}

} // namespace

int main(int argc, char** argv)
{
  if (argc < 2) {
    std::fprintf(stderr,
                 "usage: bench_site SOPCTL [--sops 200] [--drafts 50] [--runs 3] [--separate 3] "
                 "[--dir DIR]\n");
    return 2;
  }
  std::string sopctl = fs::absolute(argv[1]).string();
  int sops = 200;
  int drafts = 50;
  int runs = 3;
  int separate = 3;
  fs::path dir = fs::temp_directory_path() / "sopctl-bench-site";
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string option = argv[i];
    if (option == "--sops") {
      sops = std::atoi(argv[i + 1]);
    } else if (option == "--drafts") {
      drafts = std::atoi(argv[i + 1]);
    } else if (option == "--runs") {
      runs = std::atoi(argv[i + 1]);
    } else if (option == "--separate") {
      separate = std::atoi(argv[i + 1]);
    } else if (option == "--dir") {
      dir = argv[i + 1];
    }
  }
  separate = std::clamp(separate, 1, sops);
  fs::remove_all(dir);
  fs::create_directories(dir);
  if (run(dir, {sopctl, "init"}).second != 0) {
    std::fprintf(stderr, "sopctl init failed in %s\n", dir.c_str());
    return 1;
  }
  bench::generate_drafts(dir, drafts, as_of, 42);
  auto sources = source_sops();
  std::vector<std::string> ids;
  for (int i = 0; i < sops; ++i) {
    auto id = fmt::format("sop-{:03}", i + 1);
    std::ofstream(dir / "sops" / (id + ".yaml"), std::ios::binary)
      << signed_copy(read(sources[i % sources.size()]), i + 1, 3);
    ids.push_back(id);
  }

  // A new site each time: every PDF printed.
  std::vector<double> fresh;
  for (int r = 0; r < runs; ++r) {
    auto out = fmt::format("site-{}", r);
    fresh.push_back(build(dir, sopctl, out));
  }
  // The last one built again: nothing changed, every PDF kept.
  auto last = fmt::format("site-{}", runs - 1);
  std::vector<double> again;
  for (int r = 0; r < runs; ++r) {
    again.push_back(build(dir, sopctl, last));
  }
  // One SOP changed (its name), then the site built again: one PDF printed.
  std::vector<double> one_changed;
  for (int r = 0; r < runs; ++r) {
    auto path = dir / "sops" / (ids[r % ids.size()] + ".yaml");
    auto text = read(path);
    auto name = text.find("\nname: ");
    text.insert(name + 7, "x");
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    one_changed.push_back(build(dir, sopctl, last));
  }
  size_t files = 0;
  size_t pdfs = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir / last)) {
    if (entry.is_regular_file()) {
      ++files;
      pdfs += entry.path().extension() == ".pdf";
    }
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
  double separate_total = median(single) * sops;
  fmt::print(
    "SOPs in force: {}, drafts: {}; the site: {} files, {} PDFs\n", sops, drafts, files, pdfs);
  fmt::print("| site build, new directory | again, unchanged | again, one SOP changed | render "
             "book (one Chromium run) | {} separate renders (median of {} x {}) | separate / "
             "site build |\n",
             sops,
             separate,
             sops);
  fmt::print("|---|---|---|---|---|---|\n");
  fmt::print("| {:.2f} s | {:.2f} s | {:.2f} s | {:.2f} s | {:.1f} s | {:.1f} |\n",
             median(fresh) / 1000,
             median(again) / 1000,
             median(one_changed) / 1000,
             median(book) / 1000,
             separate_total / 1000,
             separate_total / median(fresh));
  fmt::print("medians of {} runs each\n", runs);
  fmt::print("new directory: {}\n", seconds(fresh));
  fmt::print("unchanged: {}\n", seconds(again));
  fmt::print("one SOP changed: {}\n", seconds(one_changed));
  fmt::print("render book: {}\n", seconds(book));
  fmt::print("separate renders: {}\n", seconds(single));
  return 0;
}
