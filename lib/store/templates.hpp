#pragma once

#include <filesystem>
#include <model/letter.hpp>
#include <string>
#include <string_view>

namespace sopctl::store {

// The text of template `name` (such as `draft.yaml`): the repository's own
// `templates/<name>` when it has one, else the copy compiled into sopctl.
std::string load_template(const std::filesystem::path& repository_root, std::string_view name);

// Whether template `name` exists: the repository's own or an embedded one.
bool template_exists(const std::filesystem::path& repository_root, std::string_view name);

// The one template all letters shared before each had its own; no longer
// built in.
inline constexpr std::string_view shared_letter_template = "letter.html.mustache";

// The template that writes a letter.
struct LetterTemplate
{
  std::string name;
  // The letter names shared_letter_template, which the repository has no
  // copy of, so its own built-in `<letter name>.html.mustache` writes it.
  bool redirected = false;
  // Why no template can write the letter, and what to write; empty when
  // one can.
  std::string problem;
};

// Which template writes `letter`: the one it names. A letter that still
// names shared_letter_template is written with the repository's own copy
// of it when there is one, else with its own `<name>.html.mustache`; when
// neither exists, `problem` says so.
LetterTemplate letter_template(const std::filesystem::path& repository_root,
                               const model::LetterDefinition& letter);

} // namespace sopctl::store
