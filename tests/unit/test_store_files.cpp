// The repository's files on disk: what a killed writer leaves is cleaned by
// the next command that takes the lock (issue 10, section 5, in part).
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <store/files.hpp>
#include <unistd.h>

namespace fs = std::filesystem;
using sopctl::store::DirectoryLock;
using sopctl::store::is_temporary_name;

TEST_SUITE("store::files")
{
  TEST_CASE("temporary names are recognised and nothing else")
  {
    CHECK(is_temporary_name(".akta.yaml.tmp-AbC123"));
    CHECK_FALSE(is_temporary_name("akta.yaml"));
    CHECK_FALSE(is_temporary_name(".gitkeep"));
    CHECK_FALSE(is_temporary_name(".akta.yaml.tmp-AbC12"));
    CHECK_FALSE(is_temporary_name("akta.yaml.tmp-AbC123"));
  }

  TEST_CASE("taking the lock removes a killed writer's temporary files, and only those")
  {
    std::string pattern = (fs::temp_directory_path() / "sopctl-files-XXXXXX").string();
    fs::path dir = ::mkdtemp(pattern.data());
    for (const char* name : {".akta.yaml.tmp-AbC123", "akta.yaml", ".gitkeep"}) {
      std::ofstream(dir / name) << "x";
    }
    {
      DirectoryLock lock(dir);
      CHECK_FALSE(fs::exists(dir / ".akta.yaml.tmp-AbC123"));
      CHECK(fs::exists(dir / "akta.yaml"));
      CHECK(fs::exists(dir / ".gitkeep"));
    }
    fs::remove_all(dir);
  }
}

TEST_SUITE("store::files size")
{
  TEST_CASE("a file past the limit is refused before it is read")
  {
    // Issue 10, section 1: a 200 MB draft took 6-8 times its size in memory.
    std::string pattern = (fs::temp_directory_path() / "sopctl-big-XXXXXX").string();
    fs::path dir = ::mkdtemp(pattern.data());
    auto big = dir / "big.yaml";
    std::ofstream(big) << "x";
    fs::resize_file(big, sopctl::store::max_file_bytes + 1); // sparse: no disk used
    CHECK_THROWS_WITH(sopctl::store::read_file(big, "sops/big.yaml"),
                      "sops/big.yaml: the file is 64 MB; sopctl reads files of at most 64 MB: "
                      "is it the right file?");
    fs::remove_all(dir);
  }
}
