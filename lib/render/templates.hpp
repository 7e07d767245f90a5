#pragma once

#include <map>
#include <string>
#include <string_view>

namespace sopctl::render {

// Values for a template's `{{name}}` tags.
using Fields = std::map<std::string, std::string>;

// Renders a Mustache template whose output is YAML: every value is written
// as a YAML scalar (quoted where a reader could misread it), so no value can
// break the document. Throws model::Error naming `template_name` when the
// template itself is malformed.
std::string render_yaml(std::string_view template_text,
                        const Fields& fields,
                        std::string_view template_name);

} // namespace sopctl::render
