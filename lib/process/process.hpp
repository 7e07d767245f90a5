#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sopctl::process {

// Where a child's standard streams go.
enum class Streams
{
  capture, // stdin from `input`, stdout and stderr collected
  inherit, // sopctl's own terminal (an editor)
  to_file, // stdin from /dev/null, stdout and stderr to Request::output_file
};

// One program to run, never through a shell.
struct Request
{
  // The program and its arguments; a program without a `/` is looked up in
  // $PATH.
  std::vector<std::string> argv;
  std::string input; // fed on stdin (with Streams::capture)
  Streams streams = Streams::capture;
  std::filesystem::path output_file; // with Streams::to_file
  // Stopped (with its whole process group) when it runs longer; none: waits.
  // With a limit, the child runs in a process group of its own, killed when
  // SIGINT, SIGTERM or SIGHUP reaches sopctl (run then throws Interrupted).
  std::optional<std::chrono::milliseconds> time_limit;
  // Variables set (or replaced) in the child's environment, NAME and value;
  // the rest of sopctl's environment is passed on unchanged.
  std::vector<std::pair<std::string, std::string>> environment;
};

// What the program did.
struct Result
{
  // Its exit status; 128 + N when killed by signal N; 127 when it could not
  // be run at all.
  int status = 127;
  bool timed_out = false; // stopped after Request::time_limit
  std::string out;
  std::string err;
};

// Runs `request` and waits for it. Every descriptor sopctl holds is
// close-on-exec, so the child inherits only its three standard streams.
Result run(const Request& request);

// The executable `program` in the first directory of `search_path` (a $PATH
// value, `:`-separated) that has one; nullopt when none does.
std::optional<std::filesystem::path> find_program(std::string_view program,
                                                  std::string_view search_path);

} // namespace sopctl::process
