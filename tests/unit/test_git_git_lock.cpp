// git's lock files as sopctl names them (issue 10, section 5): the lock git
// reports, whether a process holds it, what to do, and the leftovers of a
// killed git that sopctl may remove.
#include <chrono>
#include <doctest/doctest.h>
#include <fcntl.h>
#include <fstream>
#include <git/git.hpp>
#include <git/git_lock.hpp>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace sopctl::git;

namespace {

// A fresh directory under /tmp, removed at the end.
struct TempDir
{
  fs::path path;
  TempDir()
  {
    std::string pattern = "/tmp/sopctl-unit-XXXXXX";
    REQUIRE(::mkdtemp(pattern.data()));
    path = pattern;
  }
  ~TempDir()
  {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
};

void touch(const fs::path& path)
{
  std::ofstream(path).put('\n');
}

} // namespace

TEST_SUITE("git::git_lock")
{
  TEST_CASE("the lock git could not create is read from its message")
  {
    GitResult result;
    result.exit_code = 128;
    result.err = "fatal: cannot lock ref 'HEAD': Unable to create '/r/.git/HEAD.lock': File "
                 "exists.\n\nAnother git process seems to be running in this repository\n";
    CHECK(result.lock_in_the_way() == fs::path("/r/.git/HEAD.lock"));
    result.err = "fatal: Unable to create '/r/.git/index.lock': Permission denied\n";
    CHECK_FALSE(result.lock_in_the_way());
    result.err = "error: pre-commit hook refused\n";
    CHECK_FALSE(result.lock_in_the_way());
  }

  TEST_CASE("a lock no process holds is stale once it is old, and only then")
  {
    LockFile lock;
    lock.exists = true;
    lock.age = std::chrono::seconds(312);
    CHECK(explain_lock(lock, ".git/index.lock") ==
          "git's lock .git/index.lock is stale: no process has it open and it is 312 s old, so "
          "a git was interrupted (killed) while holding it; make sure no git is running in this "
          "repository, then remove it (rm .git/index.lock)");
    lock.age = std::chrono::seconds(3);
    CHECK(explain_lock(lock, ".git/index.lock") ==
          "git's lock .git/index.lock is in the way: no process has it open, but it is only 3 s "
          "old, so a git may still be finishing; try again in a moment, and if it stays and no "
          "git is running, remove it (rm .git/index.lock)");
  }

  TEST_CASE("a lock a process holds is never to be removed")
  {
    LockFile lock;
    lock.exists = true;
    lock.age = std::chrono::seconds(900);
    lock.holders = {"pid 4242 (git)"};
    auto text = explain_lock(lock, ".git/index.lock");
    CHECK(text == "git's lock .git/index.lock is held by a running process (pid 4242 (git)): let "
                  "it finish (do not remove the lock while it runs)");
    CHECK(text.find("rm ") == std::string::npos);
  }

  TEST_CASE("inspecting a lock finds the processes that have it open")
  {
    TempDir dir;
    auto path = dir.path / "index.lock";
    CHECK_FALSE(inspect_lock(path).exists);
    int fd = ::open(path.c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
    REQUIRE(fd >= 0);
    // Its own process is left out: sopctl never holds git's locks.
    CHECK(inspect_lock(path).holders.empty());
    ::close(fd);
    auto lock = inspect_lock(path);
    CHECK(lock.exists);
    CHECK(lock.holders.empty());
    CHECK(lock.age < std::chrono::seconds(5));
  }

  TEST_CASE("a killed git's partial index and old maintenance lock are removed, a live pid's and a "
            "fresh lock kept")
  {
    TempDir dir;
    fs::create_directories(dir.path / "objects");
    // pid 1 runs as long as the machine does; a pid past pid_max never ran.
    touch(dir.path / "next-index-1.lock");
    touch(dir.path / "next-index-99999999.lock");
    touch(dir.path / "index.lock");
    touch(dir.path / "objects" / "maintenance.lock");
    // Fresh, it may belong to another user's git the /proc scan cannot see.
    CHECK(remove_abandoned_locks(dir.path, dir.path).size() == 1);
    CHECK(fs::exists(dir.path / "objects" / "maintenance.lock"));
    touch(dir.path / "next-index-99999999.lock");
    fs::last_write_time(dir.path / "objects" / "maintenance.lock",
                        fs::file_time_type::clock::now() - std::chrono::minutes(11));
    auto removed = remove_abandoned_locks(dir.path, dir.path);
    CHECK(removed.size() == 2);
    CHECK(fs::exists(dir.path / "next-index-1.lock"));
    CHECK_FALSE(fs::exists(dir.path / "next-index-99999999.lock"));
    CHECK(fs::exists(dir.path / "index.lock")); // never removed: it blocks, so it is named
    CHECK_FALSE(fs::exists(dir.path / "objects" / "maintenance.lock"));
  }
}
