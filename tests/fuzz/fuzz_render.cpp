// libFuzzer harness for rendering (issue 10, section 7): any SOP file the
// strict loader accepts is laid out and printed to HTML and Markdown without
// a crash or a hang, and no text of the file can open markup in the page:
// the printed HTML never holds a script, a frame, an object, a meta refresh
// or an event handler attribute (the template has none, so any would come
// from the file); event-handler-like words in the text are fine.
#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <embedded/embedded.hpp>
#include <model/document_settings.hpp>
#include <model/errors.hpp>
#include <optional>
#include <render/approval.hpp>
#include <render/sop_document.hpp>
#include <string>
#include <string_view>
#include <yaml/sop_reader.hpp>

namespace {

std::string lower(std::string text)
{
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  return text;
}

// Whether `html` (lower case) has, inside a tag and outside its quoted
// attribute values, an event handler (` onload=`, ` onerror=`...). Text of
// the file is escaped, so any `<` in the page opens one of the template's
// own tags, and a quote in a value cannot close it early.
bool has_event_handler(const std::string& html)
{
  enum
  {
    text,
    tag,
    double_quoted,
    single_quoted
  } state = text;
  for (size_t i = 0; i < html.size(); ++i) {
    char c = html[i];
    switch (state) {
      case text:
        state = c == '<' ? tag : text;
        break;
      case tag:
        if (c == '>') {
          state = text;
        } else if (c == '"') {
          state = double_quoted;
        } else if (c == '\'') {
          state = single_quoted;
        } else if ((c == ' ' || c == '\t' || c == '\n' || c == '/') &&
                   html.compare(i + 1, 2, "on") == 0) {
          size_t j = i + 3;
          while (j < html.size() && std::isalpha(static_cast<unsigned char>(html[j]))) {
            ++j;
          }
          if (j > i + 3 && j < html.size() && html[j] == '=') {
            return true;
          }
        }
        break;
      case double_quoted:
        state = c == '"' ? tag : double_quoted;
        break;
      case single_quoted:
        state = c == '\'' ? tag : single_quoted;
        break;
    }
  }
  return false;
}

std::string_view template_text(std::string_view name)
{
  auto text = sopctl::embedded::embedded_file(std::string("templates/") + std::string(name));
  if (!text) {
    __builtin_trap(); // the embedded templates are missing
  }
  return *text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
  if (size > 16 * 1024) {
    return 0; // layout is quadratic in places; big inputs only slow the search
  }
  std::string text(reinterpret_cast<const char*>(data), size);
  std::optional<sopctl::model::Sop> sop;
  try {
    sop = sopctl::yaml::load_sop(text, "fuzz.yaml");
  } catch (const sopctl::model::Error&) {
    return 0;
  }
  auto approval = sopctl::render::approval_of(*sop, nullptr, sopctl::model::DocumentSettings{});
  auto html = lower(
    sopctl::render::sop_html(*sop, approval, "", template_text(sopctl::render::sop_html_template)));
  for (std::string_view markup : {"<script", "<iframe", "<object", "<embed", "<meta http"}) {
    if (html.find(markup) != std::string::npos) {
      __builtin_trap(); // text from the file became markup
    }
  }
  if (has_event_handler(html)) {
    __builtin_trap(); // text from the file became an attribute
  }
  (void)sopctl::render::sop_markdown(
    *sop, approval, template_text(sopctl::render::sop_markdown_template));
  return 0;
}
