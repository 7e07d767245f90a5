#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>

namespace sopctl::render {

// Values for a template's `{{name}}` tags.
using Fields = std::map<std::string, std::string>;

// The text of template `name` (such as `draft.yaml`): the repository's own
// `templates/<name>` when it has one, else the copy compiled into sopctl.
std::string load_template(const std::filesystem::path& repository_root, std::string_view name);

// Renders a Mustache template whose output is YAML: every value is written
// as a YAML scalar (quoted where a reader could misread it), so no value can
// break the document. Throws model::Error naming `template_name` when the
// template itself is malformed.
std::string render_yaml(std::string_view template_text,
                        const Fields& fields,
                        std::string_view template_name);

} // namespace sopctl::render
