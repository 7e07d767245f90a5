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

namespace {

// Runs a command in `cwd` with its output discarded; its wall time in ms
// and exit code.
std::pair<double, int> run(const fs::path& cwd, const std::vector<std::string>& args)
{
  auto start = std::chrono::steady_clock::now();
  pid_t child = ::fork();
  if (child == 0) {
    if (::chdir(cwd.c_str()) != 0) {
      ::_exit(126);
    }
    std::FILE* null = std::fopen("/dev/null", "w");
    ::dup2(fileno(null), 1);
    ::dup2(fileno(null), 2);
    std::vector<char*> argv;
    for (const auto& arg : args) {
      argv.push_back(const_cast<char*>(arg.c_str()));
    }
    argv.push_back(nullptr);
    ::execvp(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  double ms =
    std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return {ms, WIFEXITED(status) ? WEXITSTATUS(status) : 128};
}

double median(std::vector<double> values)
{
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[values.size() / 2];
}

std::string read(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The source tree's SOP files, in a fixed order.
std::vector<fs::path> source_sops()
{
  fs::path source = SOPCTL_SOURCE_DIR;
  std::vector<fs::path> files{source / "sops" / "penyusunan-sop-pelayanan.yaml",
                              source / "tests" / "fixtures" / "sop-30-langkah.yaml",
                              source / "tests" / "fixtures" / "render" /
                                "dpmptsp-imb-12-pelaksana.yaml"};
  std::vector<fs::path> real;
  for (const auto& entry : fs::directory_iterator(source / "tests" / "fixtures" / "real")) {
    if (entry.path().extension() == ".yaml") {
      real.push_back(entry.path());
    }
  }
  std::sort(real.begin(), real.end());
  files.insert(files.end(), real.begin(), real.end());
  return files;
}

// `text` with its `name:` prefixed "NN " and an approval date where it has
// none, so each of the N copies is a distinct SOP in force.
std::string signed_copy(std::string text, int index)
{
  auto name = text.find("\nname: ");
  if (name != std::string::npos) {
    text.insert(name + 7, fmt::format("{:02} ", index));
  }
  auto approved = text.find("  approved: \"\"");
  if (approved != std::string::npos) {
    text.replace(approved, 14, "  approved: \"2024-03-01\"");
  }
  return text;
}

} // namespace

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
      << signed_copy(read(sources[i % sources.size()]), i + 1);
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
