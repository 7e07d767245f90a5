// How git runs the merge driver (issue 12): by name when the sopctl found on
// PATH is this program, so a rebuild or an upgrade keeps it working; by its
// absolute path otherwise, and init says so.
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <ops/git_setup.hpp>
#include <stdexcept>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace sopctl;

namespace {

struct Dirs
{
  fs::path root;
  Dirs()
  {
    std::string pattern = (fs::temp_directory_path() / "sopctl-git-setup-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error("mkdtemp failed for " + pattern);
    }
    root = pattern;
  }
  ~Dirs()
  {
    std::error_code ignored;
    fs::remove_all(root, ignored);
  }
  // An executable file at `relative`.
  fs::path program(const std::string& relative)
  {
    auto path = root / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << "#!/bin/sh\n";
    fs::permissions(path, fs::perms::owner_all);
    return path;
  }
};

} // namespace

TEST_SUITE("ops::git_setup")
{
  TEST_CASE("the sopctl on PATH that is this program, through a symlink, is named")
  {
    Dirs dirs;
    auto self = dirs.program("build/sopctl");
    fs::create_directories(dirs.root / "bin");
    fs::create_symlink(self, dirs.root / "bin" / "sopctl");
    auto program = ops::merge_driver_program(
      self, (dirs.root / "empty").string() + ":" + (dirs.root / "bin").string());
    CHECK(program.by_name);
    CHECK(program.command == "sopctl");
    CHECK(ops::driver_program_note(program, self) == "");
  }

  TEST_CASE("another sopctl earlier on PATH makes the driver run this one by its absolute path")
  {
    Dirs dirs;
    auto self = dirs.program("it's here/sopctl");
    auto other = dirs.program("usr/bin/sopctl");
    auto program = ops::merge_driver_program(
      self, (dirs.root / "usr/bin").string() + ":" + self.parent_path().string());
    CHECK_FALSE(program.by_name);
    // Quoted for the shell git runs the driver through, the quote included.
    CHECK(program.command == "'" + dirs.root.string() + "/it'\\''s here/sopctl'");
    CHECK(program.on_path == other);
    CHECK(ops::driver_program_note(program, self) ==
          "note: the sopctl on PATH (" + other.string() +
            ") is another program, so git runs the merge driver by this program's absolute "
            "path, " +
            self.string() + "; after moving it, run: sopctl init --git-config\n");
  }

  TEST_CASE("with no sopctl on PATH the driver runs this one by its absolute path")
  {
    Dirs dirs;
    auto self = dirs.program("build/sopctl");
    auto program = ops::merge_driver_program(self, "");
    CHECK_FALSE(program.by_name);
    CHECK(program.command == "'" + self.string() + "'");
    CHECK_FALSE(program.on_path);
    CHECK(
      ops::driver_program_note(program, self) ==
      "note: no sopctl on PATH, so git runs the merge driver by this program's absolute path, " +
        self.string() + "; after moving it, run: sopctl init --git-config\n");
  }
}
