// Runs the fuzz harnesses over their corpora in the ordinary build, so every
// seed and every reproducer of a past finding is a regression test in CTest
// (the harnesses themselves search for new inputs only in the libFuzzer
// build, -DSOPCTL_FUZZ=ON). Each harness is compiled with its entry point
// renamed to sopctl_fuzz_<name>; see tests/CMakeLists.txt.
//
//   fuzz_corpus HARNESS PATH...   (a PATH may be a file or a directory)
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#define SOPCTL_HARNESS(name) extern "C" int sopctl_fuzz_##name(const uint8_t*, size_t);
#include "harnesses.def"
#undef SOPCTL_HARNESS

namespace fs = std::filesystem;

int main(int argc, char** argv)
{
  using Entry = int (*)(const uint8_t*, size_t);
  const std::map<std::string, Entry> harnesses = {
#define SOPCTL_HARNESS(name) {#name, &sopctl_fuzz_##name},
#include "harnesses.def"
#undef SOPCTL_HARNESS
  };
  if (argc < 3 || !harnesses.contains(argv[1])) {
    std::fprintf(stderr, "usage: fuzz_corpus HARNESS PATH...; harnesses:");
    for (const auto& [name, entry] : harnesses) {
      std::fprintf(stderr, " %s", name.c_str());
    }
    std::fprintf(stderr, "\n");
    return 2;
  }
  std::vector<fs::path> inputs;
  for (int i = 2; i < argc; ++i) {
    if (fs::is_directory(argv[i])) {
      for (const auto& entry : fs::recursive_directory_iterator(argv[i])) {
        if (entry.is_regular_file()) {
          inputs.push_back(entry.path());
        }
      }
    } else {
      inputs.emplace_back(argv[i]);
    }
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "fuzz_corpus: no inputs under the paths given\n");
    return 2;
  }
  auto entry = harnesses.at(argv[1]);
  for (const auto& input : inputs) {
    std::ifstream file(input, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    std::printf("%s\n", input.string().c_str());
    std::fflush(stdout); // a harness that traps has its input named above
    entry(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
  std::printf("%s: %zu inputs, no finding\n", argv[1], inputs.size());
  return 0;
}
