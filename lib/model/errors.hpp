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
