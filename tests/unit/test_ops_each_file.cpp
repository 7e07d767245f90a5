#include <algorithm>
#include <doctest/doctest.h>
#include <ops/each_file.hpp>
#include <stdexcept>
#include <vector>

using sopctl::ops::file_batch;
using sopctl::ops::read_in_parallel;

TEST_SUITE("ops::read_in_parallel")
{
  TEST_CASE("every file is read once and used in order, across batches")
  {
    size_t count = 2 * file_batch + 7;
    std::vector<int> read(count, 0);
    std::vector<size_t> used;
    read_in_parallel(
      count,
      [&](size_t i) { read[i] += 1; },
      [&](size_t i) {
        CHECK(read[i] == 1); // read before it is used
        used.push_back(i);
      });
    CHECK(std::count(read.begin(), read.end(), 1) == static_cast<long>(count));
    REQUIRE(used.size() == count);
    for (size_t i = 0; i < count; ++i) {
      CHECK(used[i] == i);
    }
  }

  TEST_CASE("an exception while reading reaches the caller, and its batch is not used")
  {
    std::vector<size_t> used;
    CHECK_THROWS_AS(read_in_parallel(
                      10,
                      [](size_t i) {
                        if (i == 3) {
                          throw std::runtime_error("unreadable");
                        }
                      },
                      [&](size_t i) { used.push_back(i); }),
                    std::runtime_error);
    CHECK(used.empty());
  }

  TEST_CASE("no files, no calls")
  {
    int calls = 0;
    read_in_parallel(
      0, [&](size_t) { ++calls; }, [&](size_t) { ++calls; });
    CHECK(calls == 0);
  }
}
