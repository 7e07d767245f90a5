#pragma once

// Helpers for the unit tests of lib/ops/: a temporary repository made by
// ops::init_repository outside any git work tree (so nothing is committed),
// drafts of the embedded seed procedure driven through the ops functions,
// and the files of the repository read back to check what a command wrote.

#include "fixtures.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <git/git.hpp>
#include <iterator>
#include <map>
#include <model/errors.hpp>
#include <model/sop.hpp>
#include <model/timestamp.hpp>
#include <ops/advance.hpp>
#include <ops/init.hpp>
#include <ops/start.hpp>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <store/repository.hpp>
#include <string>
#include <unistd.h>

// Not sopctl::test: merge_fixtures.hpp defines its own at_hour there.
namespace sopctl::ops_test {

namespace fs = std::filesystem;

// 2026-11-24T09:00:00+07:00 plus `hours`.
inline model::Timestamp hour(int hours)
{
  return {1795485600 + hours * 3600, 7 * 60};
}

// A clock that always says `hour(hours)`.
inline ops::Clock clock_at(int hours)
{
  return [hours] { return hour(hours); };
}

inline std::string read_bytes(const fs::path& path)
{
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw std::runtime_error("cannot read " + path.string());
  }
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_bytes(const fs::path& path, const std::string& text)
{
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out) {
    throw std::runtime_error("cannot write " + path.string());
  }
}

// `text` with the only occurrence of `from` replaced by `to`.
inline std::string replace_once(std::string text, const std::string& from, const std::string& to)
{
  auto at = text.find(from);
  if (at == std::string::npos || text.find(from, at + 1) != std::string::npos) {
    throw std::runtime_error("not exactly once in the text: " + from);
  }
  return text.replace(at, from.size(), to);
}

// Every regular file below `root` (relative path -> bytes): equal
// snapshots mean a command changed nothing and left no temporary file.
inline std::map<std::string, std::string> snapshot(const fs::path& root)
{
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.is_regular_file()) {
      files[entry.path().lexically_relative(root).string()] = read_bytes(entry.path());
    }
  }
  return files;
}

// The message `action` is refused with, or a sentence saying it was not.
template<class Action>
std::string refusal(Action&& action)
{
  try {
    action();
  } catch (const model::Error& error) {
    return error.what();
  }
  return "the command was not refused";
}

// The seed procedure's role for step `number`.
inline std::string role_of(int number)
{
  static const auto procedure = test::seed();
  return procedure.find_step(number)->performers.front();
}

// A fresh `sopctl init` repository in the temporary directory, removed
// afterwards; opened from its root, so paths display as `sops/<id>.yaml`.
struct TempRepo
{
  fs::path root;
  store::Repository repository;

  TempRepo()
  {
    std::string pattern = (fs::temp_directory_path() / "sopctl-ops-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error("mkdtemp failed for " + pattern);
    }
    root = pattern;
    // Inside a work tree init and every command would commit.
    REQUIRE_FALSE(git::is_work_tree(root));
    std::ostringstream out;
    ops::init_repository(root, "sopctl", "", out);
    reopen();
  }
  ~TempRepo()
  {
    std::error_code ignored;
    fs::remove_all(root, ignored);
  }
  TempRepo(const TempRepo&) = delete;
  TempRepo& operator=(const TempRepo&) = delete;

  // Reads sopctl.yaml again, after a test changed it.
  void reopen() { repository = store::open_repository(root, std::nullopt); }

  fs::path draft(const std::string& id) const { return repository.draft_path(id); }
  std::string text(const std::string& id) const { return read_bytes(draft(id)); }

  // `sopctl start TITLE --by "Sekretaris Budi"` at hour 0; returns the id.
  std::string start(const std::string& title, const std::string& id = "") const
  {
    std::ostringstream out;
    return ops::start_draft(
      repository, {.title = title, .id = id, .by = "Sekretaris Budi", .at = hour(0)}, out);
  }

  // `sopctl advance ID --role ROLE --by BY --at hour(at)`, with --yes or
  // --no when `exit` is given; returns its output.
  std::string advance(const std::string& id,
                      const std::string& role,
                      const std::string& by,
                      int at,
                      std::optional<model::Exit> exit = std::nullopt) const
  {
    workflow::AdvanceRequest request;
    request.role = role;
    request.by = by;
    request.at = hour(at);
    request.exit = exit;
    request.exit_option = exit == model::Exit::ya ? "--yes" : "--no";
    std::ostringstream out;
    ops::advance_draft(repository, id, request, clock_at(at), out);
    return out.str();
  }

  // Completes the active steps with their own roles along the Ya path until
  // step `step` is active; step k is done at hour k by "Petugas k".
  void advance_until(const std::string& id, int step) const
  {
    static const auto procedure = test::seed();
    for (int k = 1; k < step; ++k) {
      auto exit = procedure.find_step(k)->decision ? std::optional(model::Exit::ya) : std::nullopt;
      advance(id, role_of(k), "Petugas " + std::to_string(k), k, exit);
    }
  }

  // Replaces sopctl.yaml's empty people list by `people` and reopens.
  void set_people(const std::string& people)
  {
    auto config = root / "sopctl.yaml";
    write_bytes(config, replace_once(read_bytes(config), "people: []\n", people));
    reopen();
  }
};

} // namespace sopctl::ops_test
