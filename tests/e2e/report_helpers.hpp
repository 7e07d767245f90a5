#pragma once

// Helpers for the end-to-end tests of time standards and reports (issue 3):
// runs that must succeed, advances at explicit times, and tables read back
// cell by cell.

#include "seed_drafting.hpp"
#include "sopctl_runner.hpp"

#include <doctest/doctest.h>
#include <string>
#include <string_view>
#include <vector>

namespace e2e {

// Runs a command that must succeed (exit 0, nothing on stderr); its stdout.
inline std::string run_ok(const Sandbox& sandbox, const std::vector<std::string>& args)
{
  auto result = sandbox.run(args);
  std::string command;
  for (const auto& arg : args) {
    command += " " + arg;
  }
  INFO("sopctl", command, "\nstdout: ", result.out, "\nstderr: ", result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.err == "");
  return result.out;
}

// `sopctl start TITLE --id ID --by Budi --at AT`, which must succeed.
inline void start_at(const Sandbox& sandbox,
                     const std::string& id,
                     const std::string& title,
                     const std::string& at)
{
  run_ok(sandbox, {"start", title, "--id", id, "--by", "Budi", "--at", at});
}

// Completes (or, with a note, sends back) the active step of `id` as `role`
// at `at`, which must succeed.
inline void advance_at(const Sandbox& sandbox,
                       const std::string& id,
                       const std::string& role,
                       const std::string& at,
                       const std::string& reject_note = "")
{
  std::vector<std::string> args = {"advance", id, "--role", role, "--by", "Petugas", "--at", at};
  if (!reject_note.empty()) {
    args.insert(args.end(), {"--reject", "--note", reject_note});
  } else if (role == "kabid") {
    args.push_back("--yes"); // the seed's only decision, step 6
  }
  run_ok(sandbox, args);
}

// The lines of a text, without their newlines.
inline std::vector<std::string> lines_of(std::string_view text)
{
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    lines.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

// The cells of one line of a table: text separated by two or more spaces.
inline std::vector<std::string> cells_of(std::string_view line)
{
  std::vector<std::string> cells;
  size_t pos = 0;
  while (pos < line.size()) {
    auto gap = line.find("  ", pos);
    auto cell = line.substr(pos, gap == std::string_view::npos ? line.size() - pos : gap - pos);
    if (!cell.empty()) {
      cells.emplace_back(cell);
    }
    if (gap == std::string_view::npos) {
      break;
    }
    pos = line.find_first_not_of(' ', gap);
    if (pos == std::string_view::npos) {
      break;
    }
  }
  return cells;
}

// The cells of every line of a table, the header first.
inline std::vector<std::vector<std::string>> table_of(std::string_view text)
{
  std::vector<std::vector<std::string>> rows;
  for (const auto& line : lines_of(text)) {
    rows.push_back(cells_of(line));
  }
  return rows;
}

} // namespace e2e
