#pragma once

#include <model/letter.hpp>
#include <store/repository.hpp>
#include <string>
#include <vector>

namespace sopctl::ops {

// The letters a repository's drafts make, and the file that declares them.
struct DeclaredLetters
{
  std::string source; // as displayed: templates/outputs.yaml, or the procedure
  std::vector<model::LetterDefinition> letters;
};

// The repository's own templates/outputs.yaml when it has one (it replaces
// them all), else `procedure_letters`, declared in `procedure_source`.
// Throws model::InvalidFile for a malformed outputs.yaml.
DeclaredLetters declared_letters(const store::Repository& repository,
                                 const std::string& procedure_source,
                                 const std::vector<model::LetterDefinition>& procedure_letters);

// A letter as render writes it: `letter.template_name` the template that
// writes it (a letter still naming letter.html.mustache gets its own), or
// `problem` saying why no template can. check, --list-outputs and render
// all ask this, so they agree.
struct ResolvedLetter
{
  model::LetterDefinition letter;
  bool redirected = false; // it named letter.html.mustache
  std::string problem;
};

ResolvedLetter resolve_letter(const store::Repository& repository,
                              const model::LetterDefinition& letter);

} // namespace sopctl::ops
