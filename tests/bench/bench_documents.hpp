#pragma once
// What the benchmarks of printed documents share (bench_book, bench_site):
// running a command and timing it, the median, and the SOP files of the
// source tree made into distinct signed SOPs.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace bench {

namespace fs = std::filesystem;

// Runs a command in `cwd` with its output discarded; its wall time in ms
// and exit code.
inline std::pair<double, int> run(const fs::path& cwd, const std::vector<std::string>& args)
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

inline double median(std::vector<double> values)
{
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[values.size() / 2];
}

inline std::string read(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The source tree's SOP files, in a fixed order.
inline std::vector<fs::path> source_sops()
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

// `text` with its `name:` prefixed by `index` in `digits` digits and a space,
// and an approval date where it has
// none, so each of the N copies is a distinct SOP in force.
inline std::string signed_copy(std::string text, int index, int digits)
{
  auto name = text.find("\nname: ");
  if (name != std::string::npos) {
    text.insert(name + 7, fmt::format("{:0{}} ", index, digits));
  }
  auto approved = text.find("  approved: \"\"");
  if (approved != std::string::npos) {
    text.replace(approved, 14, "  approved: \"2024-03-01\"");
  }
  return text;
}

} // namespace bench
