#include <model/errors.hpp>

namespace sopctl::model {

InvalidFile::InvalidFile(std::vector<Diagnostic> diagnostics)
  : Error(format_all(diagnostics))
  , diagnostics_(std::move(diagnostics))
{}

} // namespace sopctl::model
