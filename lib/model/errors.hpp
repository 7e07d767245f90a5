#pragma once

#include <model/diagnostics.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace sopctl::model {

// A request sopctl refuses or cannot carry out; main prints it and exits 1.
// Every file is left as it was when one of these is thrown.
class Error : public std::runtime_error
{
public:
  using std::runtime_error::runtime_error;
};

// The command line itself is wrong (exit 2).
class UsageError : public Error
{
public:
  using Error::Error;
};

// The roster does not let this person do this: not on sopctl.yaml's people,
// without the role, or acting under another's name. Exit 1 like any Error;
// `sopctl serve` answers it with 403 Forbidden.
class NotPermitted : public Error
{
public:
  using Error::Error;
};

// The file changed since the person saw it (`sopctl serve`'s form carried
// the file's hash as the page was drawn, and the file now has another):
// nothing was written. `sopctl serve` answers it with 409 Conflict.
class FileChanged : public Error
{
public:
  using Error::Error;
};

// A file that does not load, with every problem found in it.
class InvalidFile : public Error
{
public:
  explicit InvalidFile(std::vector<Diagnostic> diagnostics);

  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
  std::vector<Diagnostic> diagnostics_;
};

} // namespace sopctl::model
