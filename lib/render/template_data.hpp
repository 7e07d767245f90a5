#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sopctl::render {

// The values a Mustache template is rendered with: a text, a yes/no that
// opens or skips a section, a list that repeats one, or a record of named
// values. Kept apart from the engine, so only template_data.cpp includes it.
class TemplateData
{
public:
  // An empty record.
  TemplateData() = default;
  TemplateData(std::string text);
  TemplateData(const char* text);

  // A yes/no for `{{#name}}` and `{{^name}}`.
  static TemplateData flag(bool value);
  // A list of records for `{{#name}}...{{/name}}`.
  static TemplateData list(std::vector<TemplateData> items);

  // Sets field `name` of a record; returns the record, for chaining.
  TemplateData& set(std::string name, TemplateData value);

  // What a value is, and its parts, for the engine.
  enum class Kind
  {
    record,
    text,
    flag,
    list,
  };
  Kind kind() const { return kind_; }
  const std::string& text() const { return text_; }
  bool flag_value() const { return flag_; }
  const std::vector<TemplateData>& items() const { return items_; }
  const std::vector<std::pair<std::string, TemplateData>>& fields() const { return fields_; }

private:
  Kind kind_ = Kind::record;
  std::string text_;
  bool flag_ = false;
  std::vector<TemplateData> items_;
  std::vector<std::pair<std::string, TemplateData>> fields_;
};

// How `{{name}}` escapes a value (`{{{name}}}` never does).
enum class Escape
{
  html,     // html_escape
  markdown, // markdown_escape
  odf,      // odf_escape: OpenDocument XML
};

// Renders a Mustache template. Throws model::Error naming `template_name`
// when the template is malformed.
std::string render_template(std::string_view template_text,
                            const TemplateData& data,
                            Escape escape,
                            std::string_view template_name);

} // namespace sopctl::render
