#include <model/diagnostics.hpp>
#include <model/errors.hpp>

namespace sopctl::model {

std::string Diagnostic::format() const
{
  std::string text = path;
  if (where.line > 0) {
    text += ':' + std::to_string(where.line) + ':' + std::to_string(where.column);
  }
  return text + ": " + message;
}

std::string format_all(const std::vector<Diagnostic>& diagnostics)
{
  std::string text;
  for (const auto& diagnostic : diagnostics) {
    if (!text.empty()) {
      text += '\n';
    }
    text += diagnostic.format();
  }
  return text;
}

void Diagnostics::add(Position where, std::string message)
{
  list_.push_back({path_, where, std::move(message)});
}

void Diagnostics::throw_if_any() const
{
  if (!list_.empty()) {
    throw InvalidFile(list_);
  }
}

} // namespace sopctl::model
