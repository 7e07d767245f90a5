#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <thread>
#include <vector>

namespace sopctl::ops {

// How many files a command reads at once before it uses what it read: the
// results of a batch are kept in memory, so a batch is bounded.
inline constexpr size_t file_batch = 512;

// Runs `read(i)` for every i in [0, count) on all the machine's cores and
// then `use(i)` for each i in order, a batch at a time. `read` must be
// safe to run in parallel (reading and checking one file, writing only to
// its own slot); `use` runs on the calling thread. `check` and `verify`
// read thousands of drafts, each on its own, so they scale with the cores.
// An exception from `read` is rethrown here, after its batch.
inline void read_in_parallel(size_t count,
                             const std::function<void(size_t)>& read,
                             const std::function<void(size_t)>& use)
{
  size_t threads = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 16);
  for (size_t begin = 0; begin < count; begin += file_batch) {
    size_t end = std::min(count, begin + file_batch);
    std::atomic<size_t> next = begin;
    std::vector<std::exception_ptr> failures(threads);
    auto worker = [&](size_t slot) {
      try {
        for (size_t i; (i = next.fetch_add(1)) < end;) {
          read(i);
        }
      } catch (...) {
        failures[slot] = std::current_exception();
        next = end; // the others stop at their next file
      }
    };
    std::vector<std::jthread> helpers;
    for (size_t slot = 1; slot < std::min(threads, end - begin); ++slot) {
      helpers.emplace_back(worker, slot);
    }
    worker(0);
    helpers.clear(); // joins
    for (const auto& failure : failures) {
      if (failure) {
        std::rethrow_exception(failure);
      }
    }
    for (size_t i = begin; i < end; ++i) {
      use(i);
    }
  }
}

} // namespace sopctl::ops
