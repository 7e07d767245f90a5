#include <fmt/format.h>
#include <i18n/tr.hpp>
#include <ops/letter_list.hpp>
#include <store/files.hpp>
#include <store/templates.hpp>
#include <yaml/letter_definitions.hpp>

namespace sopctl::ops {

DeclaredLetters declared_letters(const store::Repository& repository,
                                 const std::string& procedure_source,
                                 const std::vector<model::LetterDefinition>& procedure_letters)
{
  auto own = repository.root / "templates" / yaml::outputs_file;
  if (!std::filesystem::exists(own)) {
    return {procedure_source, procedure_letters};
  }
  auto display = repository.display(own);
  return {display, yaml::read_letter_definitions(store::read_file(own, display), display)};
}

ResolvedLetter resolve_letter(const store::Repository& repository,
                              const model::LetterDefinition& letter)
{
  ResolvedLetter resolved{letter, false, ""};
  auto chosen = store::letter_template(repository.root, letter);
  if (!chosen.problem.empty()) {
    resolved.problem = chosen.problem;
    return resolved;
  }
  if (!store::template_exists(repository.root, chosen.name)) {
    resolved.problem = trf("letter \"{}\" uses template \"{}\", which is neither in "
                           "templates/ nor built in; write templates/{} or name a "
                           "built-in one",
                           letter.name,
                           chosen.name,
                           chosen.name);
    return resolved;
  }
  resolved.letter.template_name = chosen.name;
  resolved.redirected = chosen.redirected;
  return resolved;
}

} // namespace sopctl::ops
