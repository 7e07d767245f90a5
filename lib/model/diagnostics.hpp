#pragma once

#include <string>
#include <vector>

namespace sopctl::model {

// Where something was written in a file: 1-based line and column, 0 when
// unknown (the value did not come from a file).
struct Position
{
  int line = 0;
  int column = 0;
};

// One problem found in a file, printed as `path:line:col: message`.
struct Diagnostic
{
  std::string path;
  Position where;
  std::string message;

  // The problem as one line, in the form compilers and editors understand.
  std::string format() const;
};

// Formats every diagnostic, one per line.
std::string format_all(const std::vector<Diagnostic>& diagnostics);

// Collects the problems found in one file, each tagged with its path, so a
// loader can report every problem at once instead of the first.
class Diagnostics
{
public:
  explicit Diagnostics(std::string path)
    : path_(std::move(path))
  {}

  void add(Position where, std::string message);
  const std::string& path() const { return path_; }
  const std::vector<Diagnostic>& list() const { return list_; }
  bool empty() const { return list_.empty(); }
  // Throws model::InvalidFile when any problem was added.
  void throw_if_any() const;

private:
  std::string path_;
  std::vector<Diagnostic> list_;
};

} // namespace sopctl::model
