// libFuzzer harness for rendering (issue 10, section 7): any SOP file the
// strict loader accepts is laid out and printed to HTML and Markdown without
// a crash or a hang, and no text of the file can open markup in the page:
// the printed HTML never holds a script, a frame, an object or an event
// handler (the template has none, so any would come from the file).
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
  for (std::string_view markup :
       {"<script", "<iframe", "<object", "<embed", " onload=", " onerror="}) {
    if (html.find(markup) != std::string::npos) {
      __builtin_trap(); // text from the file became markup
    }
  }
  (void)sopctl::render::sop_markdown(
    *sop, approval, template_text(sopctl::render::sop_markdown_template));
  return 0;
}
